package io.github.anjian.bench;

import io.github.anjian.catalog.RulePack;
import io.github.anjian.engine.CheckOptions;
import io.github.anjian.engine.internal.Evaluation;
import io.github.anjian.engine.internal.RuleBase;
import io.github.anjian.facts.Facts;
import io.github.anjian.rules.AnjianRules;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drools alone, without our consequences: the ten requirements' rules of {@link OverheadBenchmark}
 * with every consequence emptied, compiled as DRL under several KieBase and session settings, each
 * timed for new session, insert of the facts {@code Engine.check} inserts, {@code fireAllRules} and
 * dispose; interleaved rounds in one JVM (see {@link OverheadVariants}).
 *
 * <p>{@code java -cp benchmarks.jar io.github.anjian.bench.DroolsOnlyVariants DEVICES ROUNDS WARMUP}
 */
public final class DroolsOnlyVariants {

    private static final Logger LOG = LoggerFactory.getLogger(DroolsOnlyVariants.class);

    private DroolsOnlyVariants() {
    }

    /** Runs the variants. */
    public static void main(String[] args) throws Exception {
        int devices = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        int warmup = Integer.parseInt(args[2]);
        RulePack all = AnjianRules.pack();
        RulePack only = all.only(PlainEvaluator.IDS);
        List<RulePack.RuleSource> empty = new ArrayList<>();
        for (RulePack.RuleSource s : only.rules()) {
            empty.add(new RulePack.RuleSource(s.path(), s.text().replaceAll("(?s)\\nthen\\b.*?\\nend\\b", "\nthen\nend")));
        }
        RulePack stripped = new RulePack(only.name(), only.version(), only.catalog(), empty);
        Path file = Files.createTempFile("anjian-drools-only-", ".yaml");
        Facts facts;
        try {
            facts = BodyGenerator.load(BodyGenerator.write(file, "overhead", devices, 7), all.catalog());
        } finally {
            Files.deleteIfExists(file);
        }
        Evaluation evaluation = new Evaluation(only, RuleBase.compile(only), facts, CheckOptions.defaults());
        Method insertable = Evaluation.class.getDeclaredMethod("insertable", java.util.Map.class);
        insertable.setAccessible(true);
        @SuppressWarnings("unchecked")
        List<Object> inserted = (List<Object>) insertable.invoke(evaluation, new java.util.IdentityHashMap<>());

        Map<String, Supplier<Integer>> variants = new LinkedHashMap<>();
        io.github.anjian.engine.Engine engine = io.github.anjian.engine.Anjian.engine(only);
        java.time.LocalDate asOf = facts.asOf().orElseThrow();
        Map<String, java.math.BigDecimal> parameters = PlainEvaluator.defaults(all.catalog());
        variants.put("plain Java (reference)", () -> PlainEvaluator.evaluate(facts, asOf, parameters).size());
        variants.put("Engine.check (reference)", () -> engine.check(facts, CheckOptions.defaults()).requirements().size());
        KieBase plainBase = base(stripped, Map.of());
        variants.put("stateful", () -> stateful(plainBase, inserted, false));
        variants.put("stateful+listener", () -> stateful(plainBase, inserted, true));
        variants.put("stateless+listener", () -> {
            Counter c = new Counter();
            org.kie.api.runtime.StatelessKieSession s = plainBase.newStatelessKieSession();
            s.addEventListener(c);
            s.execute(inserted);
            return c.n;
        });
        KieBase seq = base(stripped, Map.of("drools.sequential", "true"));
        variants.put("sequential stateless+listener", () -> {
            Counter c = new Counter();
            org.kie.api.runtime.StatelessKieSession s = seq.newStatelessKieSession();
            s.addEventListener(c);
            s.execute(inserted);
            return c.n;
        });
        KieBase noShare = base(stripped, Map.of("drools.shareAlphaNodes", "false"));
        variants.put("shareAlphaNodes=false", () -> stateful(noShare, inserted, false));
        KieBase thr = base(stripped, Map.of("drools.alphaNodeHashingThreshold", "2"));
        variants.put("alphaHashingThreshold=2", () -> stateful(thr, inserted, false));
        KieBase anc = base(stripped, Map.of());
        Class.forName("org.drools.ancompiler.KieBaseUpdaterANC").getMethod("generateAndSetInMemoryANC", KieBase.class)
                .invoke(null, anc);
        variants.put("alpha network compiler", () -> stateful(anc, inserted, false));

        Map<String, List<Long>> times = new LinkedHashMap<>();
        Map<String, Integer> fired = new TreeMap<>();
        variants.keySet().forEach(k -> times.put(k, new ArrayList<>()));
        List<String> names = new ArrayList<>(variants.keySet());
        for (int round = 0; round < warmup + rounds; round++) {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get((i + round) % names.size());
                long t0 = System.nanoTime();
                int n = variants.get(name).get();
                long t1 = System.nanoTime();
                fired.put(name, n);
                if (round >= warmup) {
                    times.get(name).add((t1 - t0) / 1_000);
                }
            }
        }
        StringBuilder out = new StringBuilder(String.format("%n%,d devices, %,d facts inserted, %d rounds after %d warm-up%n",
                devices, inserted.size(), rounds, warmup));
        out.append(String.format("%-30s %10s %10s %10s%n", "variant", "median ms", "min ms", "fired"));
        for (Map.Entry<String, List<Long>> e : times.entrySet()) {
            long[] a = e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
            out.append(String.format("%-30s %10.1f %10.1f %10d%n", e.getKey(), (a[(a.length - 1) / 2] + a[a.length / 2]) / 2000.0,
                    a[0] / 1000.0, fired.get(e.getKey())));
        }
        LOG.info("{}", out);
    }

    private static KieBase base(RulePack pack, Map<String, String> props) {
        props.forEach(System::setProperty);
        try {
            return RuleBase.compile(pack).kieBase();
        } finally {
            props.keySet().forEach(System::clearProperty);
        }
    }

    private static int stateful(KieBase base, List<Object> facts, boolean listener) {
        KieSession s = base.newKieSession();
        try {
            Counter c = new Counter();
            if (listener) {
                s.addEventListener(c);
            }
            for (Object f : facts) {
                s.insert(f);
            }
            int n = s.fireAllRules();
            return listener ? c.n : n;
        } finally {
            s.dispose();
        }
    }

    /** Counts fired matches per rule name like Evaluation's listener. */
    private static final class Counter extends DefaultAgendaEventListener {
        final Map<String, Integer> byRule = new TreeMap<>();
        int n;

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            byRule.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
            n++;
        }
    }
}

package io.github.anjian.bench;

import io.github.anjian.catalog.RulePack;
import io.github.anjian.engine.Anjian;
import io.github.anjian.engine.CheckOptions;
import io.github.anjian.engine.Engine;
import io.github.anjian.facts.Facts;
import io.github.anjian.report.Report;
import io.github.anjian.rules.AnjianRules;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Engine-configuration variants of {@link OverheadBenchmark} measured interleaved in one JVM, for a
 * noisy machine: every round runs the plain evaluator and each variant once, in rotating order, so
 * that each variant's ratio is taken against plain runs of the same minutes. Every variant's report
 * must equal the first variant's.
 *
 * <p>{@code java -cp benchmarks.jar io.github.anjian.bench.OverheadVariants DEVICES ROUNDS WARMUP
 * name=key=value;key=value ...}: a variant is a name and the system properties set while its engine
 * is built and while it runs (Drools' own {@code drools.*} properties are read when the KieBase is
 * built; {@code anjian.firedRules=true} checks with the fired-rule counts). Prints each variant's median and minimum ms per check and the ratio of medians to plain.
 */
public final class OverheadVariants {

    private static final Logger LOG = LoggerFactory.getLogger(OverheadVariants.class);
    /** A variant property that makes it count fired rules ({@code Engine.check} with a map). */
    static final String FIRED = "anjian.firedRules";

    private OverheadVariants() {
    }

    /** Runs the variants; see the class comment for the arguments. */
    public static void main(String[] args) throws IOException {
        int devices = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        int warmup = Integer.parseInt(args[2]);
        RulePack all = AnjianRules.pack();
        RulePack pack = all.only(PlainEvaluator.IDS);
        Map<String, Map<String, String>> variants = new LinkedHashMap<>();
        for (String spec : Arrays.asList(args).subList(3, args.length)) {
            int eq = spec.indexOf('=');
            Map<String, String> props = new LinkedHashMap<>();
            for (String kv : (eq < 0 ? "" : spec.substring(eq + 1)).split(";")) {
                if (kv.indexOf('=') > 0) {
                    props.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
                }
            }
            variants.put(eq < 0 ? spec : spec.substring(0, eq), props);
        }
        Map<String, Engine> engines = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, String>> v : variants.entrySet()) {
            set(v.getValue());
            try {
                engines.put(v.getKey(), Anjian.engine(pack));
            } finally {
                clear(v.getValue());
            }
        }
        Map<String, BigDecimal> parameters = PlainEvaluator.defaults(all.catalog());
        Path file = Files.createTempFile("anjian-variants-", ".yaml");
        Facts facts;
        try {
            facts = BodyGenerator.load(BodyGenerator.write(file, "overhead", devices, 7), all.catalog());
        } finally {
            Files.deleteIfExists(file);
        }
        LocalDate asOf = facts.asOf().orElseThrow();
        Map<String, List<Long>> times = new LinkedHashMap<>();
        times.put("plain", new ArrayList<>());
        engines.keySet().forEach(k -> times.put(k, new ArrayList<>()));
        Report first = null;
        List<String> names = new ArrayList<>(engines.keySet());
        for (int round = 0; round < warmup + rounds; round++) {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get((i + round) % names.size());
                long t0 = System.nanoTime();
                PlainEvaluator.evaluate(facts, asOf, parameters);
                long t1 = System.nanoTime();
                set(variants.get(name));
                Report r;
                try {
                    r = variants.get(name).containsKey(FIRED)
                            ? engines.get(name).check(facts, CheckOptions.defaults(), new java.util.TreeMap<>())
                            : engines.get(name).check(facts, CheckOptions.defaults());
                } finally {
                    clear(variants.get(name));
                }
                long t2 = System.nanoTime();
                if (first == null) {
                    first = r;
                } else if (!first.equals(r)) {
                    throw new IllegalStateException("variant " + name + " gives a different report");
                }
                if (round >= warmup) {
                    times.get("plain").add((t1 - t0) / 1_000);
                    times.get(name).add((t2 - t1) / 1_000);
                }
            }
        }
        double plain = median(times.get("plain"));
        StringBuilder out = new StringBuilder(String.format("%n%,d devices, %d rounds after %d warm-up%n", devices,
                rounds, warmup));
        out.append(String.format("%-28s %10s %10s %8s%n", "variant", "median ms", "min ms", "/plain"));
        for (Map.Entry<String, List<Long>> e : times.entrySet()) {
            double med = median(e.getValue());
            out.append(String.format("%-28s %10.1f %10.1f %7.1fx%n", e.getKey(), med / 1000,
                    e.getValue().stream().mapToLong(Long::longValue).min().orElse(0) / 1000.0, med / plain));
        }
        LOG.info("{}", out);
    }

    private static double median(List<Long> xs) {
        long[] a = xs.stream().mapToLong(Long::longValue).sorted().toArray();
        return a.length == 0 ? 0 : (a[(a.length - 1) / 2] + a[a.length / 2]) / 2.0;
    }

    private static void set(Map<String, String> props) {
        props.forEach(System::setProperty);
    }

    private static void clear(Map<String, String> props) {
        props.keySet().forEach(System::clearProperty);
    }
}

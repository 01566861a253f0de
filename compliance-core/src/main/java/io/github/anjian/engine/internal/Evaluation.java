package io.github.anjian.engine.internal;

import io.github.anjian.catalog.Parameter;
import io.github.anjian.catalog.Requirement;
import io.github.anjian.catalog.RulePack;
import io.github.anjian.engine.CheckException;
import io.github.anjian.engine.CheckOptions;
import io.github.anjian.engine.Judge;
import io.github.anjian.engine.Outcome;
import io.github.anjian.engine.Reason;
import io.github.anjian.engine.StaffMember;
import io.github.anjian.engine.Status;
import io.github.anjian.engine.Subject;
import io.github.anjian.facts.Contractor;
import io.github.anjian.facts.ContractorStaff;
import io.github.anjian.facts.Facts;
import io.github.anjian.facts.Items;
import io.github.anjian.facts.Organization;
import io.github.anjian.facts.OrgNetwork;
import io.github.anjian.facts.Origin;
import io.github.anjian.facts.ParameterSetting;
import io.github.anjian.facts.Value;
import io.github.anjian.facts.Wireless;
import io.github.anjian.engine.ReportStorage;
import io.github.anjian.report.Report;
import io.github.anjian.report.internal.OutcomeSpool;
import io.github.anjian.report.internal.SpooledOutcomes;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One check: parameters, a Drools session, completeness, then the report. Used once. */
public final class Evaluation {

    private static final Logger LOG = LoggerFactory.getLogger(Evaluation.class);

    private final RulePack pack;
    private final RuleBase rules;
    private final Facts facts;
    private final CheckOptions options;
    private final LocalDate asOf;
    private final Map<String, Integer> fired = new TreeMap<>();
    private boolean countFired;

    /** Prepares a check. */
    public Evaluation(RulePack pack, RuleBase rules, Facts facts, CheckOptions options) {
        this.pack = pack;
        this.rules = rules;
        this.facts = facts;
        this.options = options;
        this.asOf = options.asOf().or(facts::asOf).orElseGet(LocalDate::now);
        if (facts.organization().isAbsent()) {
            throw new CheckException("the facts have no organization: add an `organization:` section with id and name");
        }
    }

    /** Counts which rules fire in {@link #run} (an agenda listener, off unless asked for); returns this. */
    public Evaluation countFiredRules() {
        countFired = true;
        return this;
    }

    /** Which rules fired how often in {@link #run}; empty unless {@link #countFiredRules} was called. */
    public Map<String, Integer> firedRules() {
        return fired;
    }

    /** Runs the check. */
    public Report run() {
        long t0 = System.nanoTime();
        Map<String, BigDecimal> parameters = parameters();
        Map<List<?>, Integer> runs = new java.util.IdentityHashMap<>();
        List<Object> all = insertable(runs);
        boolean sliced = rules.oneFactPerRule() && all.size() > slice;
        // sliced, the registered facts are found by index (Decisions.register): no table of every fact
        Decisions decisions = sliced ? new Decisions() : new Decisions(all.size());
        Judge judge = new Judge(facts, asOf, parameters, rules.ruleIdLookup(), decisions);
        long t1 = System.nanoTime();
        List<io.github.anjian.facts.Waiver> waivers = waivers().map(Items::items).orElse(List.of());
        OutcomeSpool reportSpool = spooled(all.size()) ? OutcomeSpool.create(spoolDirectory()) : null;
        try {
            return check(all, runs, sliced, decisions, judge, waivers, reportSpool, t0, t1);
        } catch (RuntimeException | Error e) {
            if (reportSpool != null) {
                reportSpool.close(); // no report holds it
            }
            throw e;
        }
    }

    /** {@link #run} once the facts and the decisions' store are ready; {@code reportSpool} null: outcomes on the heap. */
    private Report check(List<Object> all, Map<List<?>, Integer> runs, boolean sliced, Decisions decisions, Judge judge,
                         List<io.github.anjian.facts.Waiver> waivers, OutcomeSpool reportSpool, long t0, long t1) {
        OutcomeSpool decisionSpool = sliced && reportSpool != null ? reportSpool.sibling(spoolDirectory()) : null;
        try {
            if (sliced) {
                // each rule judges one fact: check the facts slice by slice, so that the working memory and
                // agenda hold one slice at a time instead of every fact of a large body
                List<Object> waiverFacts = new ArrayList<>();
                decisions.register(all, runs);
                if (decisionSpool != null) {
                    // finished subjects' outcomes leave the heap slice by slice; the waivers' requirements keep
                    // their order of decision for the waivers' matches (insertUses)
                    java.util.Set<String> waived = new java.util.HashSet<>();
                    waivers.forEach(w -> waived.add(w.requirement()));
                    decisions.spoolTo(decisionSpool, waived);
                }
                for (int from = 0; from < all.size(); from += slice) {
                    KieSession session = session(judge);
                    List<Object> part = all.subList(from, Math.min(all.size(), from + slice));
                    decisions.beginSlice(all, from, Math.min(all.size(), from + slice));
                    try {
                        for (Object fact : part) {
                            if (fact instanceof io.github.anjian.facts.Waiver) {
                                waiverFacts.add(fact);
                            } else {
                                session.insert(fact);
                            }
                        }
                        fireAll(session, decisions);
                    } finally {
                        session.dispose();
                    }
                    decisions.finishSlice();
                }
                if (decisionSpool != null) {
                    decisionSpool.seal(); // the subjects' records are read in report order from here on
                }
                if (!waiverFacts.isEmpty()) {
                    // waivers and their uses together, once the other requirements are decided (WVR-01)
                    KieSession session = session(judge);
                    try {
                        for (Object w : waiverFacts) {
                            session.insert(w);
                        }
                        insertUses(session, waivers, decisions);
                        fireAll(session, decisions);
                    } finally {
                        session.dispose();
                    }
                }
            } else {
                KieSession session = session(judge);
                try {
                    for (Object fact : all) {
                        session.insert(fact);
                    }
                    fireAll(session, decisions);
                    // second round: waivers learn which violations they match (WVR-01 "still matches a violation")
                    insertUses(session, waivers, decisions);
                    fireAll(session, decisions);
                } finally {
                    session.dispose();
                }
            }
            if (LOG.isDebugEnabled()) {
                LOG.debug("facts {} ms, sessions and firing {} ms", ms(t0, t1), ms(t1, System.nanoTime()));
            }
            long t3 = System.nanoTime();
            Map<String, List<Outcome>> outcomes = complete(decisions, reportSpool);
            if (decisionSpool != null) {
                decisionSpool.close(); // its records are in the report's spool now
            }
            long t4 = System.nanoTime();
            Report report = new ReportAssembler(pack, facts, options, asOf, judge).assemble(outcomes, reportSpool);
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} requirements: complete {} ms, report {} ms; whole check {} ms{}", outcomes.size(), ms(t3, t4),
                        ms(t4, System.nanoTime()), ms(t0, System.nanoTime()),
                        reportSpool == null ? "" : "; outcomes spooled, " + (reportSpool.size() >> 20) + " MB");
            }
        return report;
        } finally {
            if (decisionSpool != null) {
                decisionSpool.close();
            }
        }
    }

    /**
     * Heap a large body's report takes per fact checked with the full catalog (measured: about 16
     * outcomes per fact at 145 bytes each, docs/performance.md).
     */
    static final long REPORT_BYTES_PER_FACT = 2_400;

    /** Whether this check's outcomes go to a temporary file ({@link ReportStorage}). */
    private boolean spooled(int factCount) {
        return spoolsReport(options.reportStorage(), factCount, Runtime.getRuntime().maxMemory());
    }

    /**
     * Whether a check of {@code factCount} facts keeps its outcomes in a temporary file: {@link
     * ReportStorage#AUTO} does when they would take more than a third of the largest heap.
     */
    static boolean spoolsReport(ReportStorage storage, int factCount, long maxHeap) {
        return switch (storage) {
            case HEAP -> false;
            case TEMPORARY_FILE -> true;
            case AUTO -> factCount * REPORT_BYTES_PER_FACT > maxHeap / 3;
        };
    }

    private static java.nio.file.Path spoolDirectory() {
        return java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
    }

    /**
     * Facts per session when rules judge one fact each: large enough that session set-up is negligible,
     * small enough that a slice's facts, decisions and Drools' memory stay in the processor's caches while
     * every rule goes over them (a 100,000-device check took a third less CPU than with slices of 20,000).
     */
    public static final int SLICE = 1_000;
    private int slice = SLICE;

    /** Checks at most this many facts per Drools session (see {@link RuleBase#oneFactPerRule}); returns this. */
    public Evaluation slice(int facts) {
        if (facts < 1) {
            throw new IllegalArgumentException("a slice holds at least one fact");
        }
        slice = facts;
        return this;
    }

    private KieSession session(Judge judge) {
        KieSession session = rules.kieBase().newKieSession();
        session.setGlobal("judge", judge);
        if (countFired) { // with no agenda listener Drools makes no match events at all
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
                }
            });
        }
        return session;
    }

    private static void insertUses(KieSession session, List<io.github.anjian.facts.Waiver> waivers, Decisions decisions) {
        if (waivers.isEmpty()) {
            return;
        }
        for (io.github.anjian.facts.Waiver w : waivers) {
            session.insert(new io.github.anjian.engine.WaiverUse(w, matched(w, decisions)));
        }
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /**
     * Fires the rules; a consequence that throws becomes an ERROR for its requirement and subject,
     * and firing goes on with the other activations.
     */
    private void fireAll(KieSession session, Decisions decisions) {
        while (true) {
            try {
                session.fireAllRules();
                return;
            } catch (RuntimeException e) {
                RuleFailure f = RuleFailure.from(e, rules.ruleIdLookup());
                if (f == null) {
                    throw e;
                }
                LOG.warn("rule {} failed on {}: {}", f.rule(), f.subject(), f.message());
                for (Object fact : f.facts()) {
                    try {
                        decisions.error(f.requirement(), fact, f.message());
                    } catch (IllegalArgumentException notASubject) {
                        // a derived or helper fact: the subject fact is among the others
                    }
                }
            }
        }
    }

    /** Every fact to insert; {@code runs} gets each subject list added whole, with the index of its first fact. */
    private List<Object> insertable(Map<List<?>, Integer> runs) {
        List<Object> out = new ArrayList<>();
        facts.organization().is(o -> out.add(o));
        addAll(out, facts.people(), runs);
        addAll(out, facts.policies(), runs);
        addAll(out, facts.systems(), runs);
        addAll(out, facts.devices(), runs);
        addAll(out, facts.media(), runs);
        addAll(out, facts.accounts(), runs);
        addAll(out, facts.maintenance(), runs);
        addAll(out, facts.contractors(), runs);
        addAll(out, facts.plans(), runs);
        addAll(out, facts.drills(), runs);
        addAll(out, facts.trainings(), runs);
        addAll(out, facts.inspections(), runs);
        addAll(out, facts.findings(), runs);
        addAll(out, facts.incidents(), runs);
        addAll(out, facts.facilities(), runs);
        addAll(out, facts.products(), runs);
        addAll(out, waivers(), runs);
        for (Contractor c : facts.contractors().orElse(Items.of(List.of()))) {
            for (ContractorStaff s : c.staff().orElse(Items.of(List.of()))) {
                out.add(new StaffMember(c, s));
            }
        }
        addAll(out, wireless(), runs);
        return out;
    }

    private static List<String> matched(io.github.anjian.facts.Waiver w, Decisions decisions) {
        List<String> keys = new ArrayList<>();
        decisions.forEachOutcome(java.util.Set.of(w.requirement()), o -> {
            if (o.status().isViolation() && ReportAssembler.matches(w, o)) {
                keys.add(o.subject().key());
            }
        });
        return keys;
    }

    private Value<Items<Wireless>> wireless() {
        return facts.organization().flatMap(Organization::network).flatMap(OrgNetwork::wireless);
    }

    private Value<Items<io.github.anjian.facts.Waiver>> waivers() {
        if (options.waivers().isEmpty()) {
            return facts.waivers();
        }
        List<io.github.anjian.facts.Waiver> all = new ArrayList<>(facts.waivers().map(Items::items).orElse(List.of()));
        all.addAll(options.waivers());
        return Value.of(Items.of(all));
    }

    private static <T> void addAll(List<Object> out, Value<Items<T>> list, Map<List<?>, Integer> runs) {
        if (list.isStated()) {
            runs.put(list.get().items(), out.size());
            out.addAll(list.get().items());
        }
    }

    /** Defaults, then the facts' {@code parameters:}, then the options' overrides; each checked. */
    private Map<String, BigDecimal> parameters() {
        Map<String, Parameter> known = pack.catalog().parameters();
        Map<String, BigDecimal> values = new HashMap<>();
        known.forEach((k, p) -> values.put(k, p.defaultValue()));
        List<String> problems = new ArrayList<>();
        for (ParameterSetting s : facts.parameters().values()) {
            set(values, known, s.name(), s.value(), s.location() + ": ", problems);
        }
        options.parameters().forEach((k, v) -> set(values, known, k, v, "", problems));
        if (!problems.isEmpty()) {
            throw new CheckException(String.join("\n", problems));
        }
        return Map.copyOf(values);
    }

    private static void set(Map<String, BigDecimal> values, Map<String, Parameter> known, String name,
                            BigDecimal value, String where, List<String> problems) {
        Parameter p = known.get(name);
        if (p == null) {
            String near = Suggest.nearest(name, known.keySet());
            problems.add(where + "unknown parameter '" + name + "'" + (near == null ? "" : " — did you mean '" + near + "'?"));
            return;
        }
        p.check(value).ifPresentOrElse(msg -> problems.add(where + msg), () -> values.put(name, value));
    }

    /**
     * Every applicable (requirement, subject) pair gets exactly one outcome: subjects no rule decided
     * become ERROR; absent subject lists add one UNKNOWN subject; open lists with no applicable
     * subject give UNKNOWN (SPEC §4, §8.16). Returns each requirement's outcomes in catalog order,
     * each list in report order (subject type, then key).
     */
    private Map<String, List<Outcome>> complete(Decisions decisions, OutcomeSpool spool) {
        Value<Items<io.github.anjian.facts.Waiver>> waivers = waivers();
        Value<Items<Wireless>> wireless = wireless();
        List<Requirement> requirements = pack.catalog().requirements();
        Map<String, List<Outcome>> byRequirement = new LinkedHashMap<>();
        List<List<SubjectSources.Source>> sourcesOf = new ArrayList<>();
        // requirements by the subject list they judge: each list is gone over once for all of them, and its
        // outcomes for each requirement go to a block of their own (in report order)
        Map<List<?>, List<Integer>> readers = new java.util.IdentityHashMap<>();
        Map<List<?>, List<List<Outcome>>> targets = new java.util.IdentityHashMap<>();
        List<List<?>> lists = new ArrayList<>();
        List<List<List<Outcome>>> blocks = new ArrayList<>();
        boolean[] sorted = new boolean[requirements.size()];
        for (int i = 0; i < requirements.size(); i++) {
            Requirement r = requirements.get(i);
            List<SubjectSources.Source> sources = SubjectSources.of(r.subjects(), facts, waivers, wireless);
            sourcesOf.add(sources);
            List<Outcome> outcomes = spool == null ? new ArrayList<>() : SpooledOutcomes.builder(spool);
            byRequirement.put(r.id(), outcomes);
            List<List<Outcome>> own = new ArrayList<>(sources.size());
            for (SubjectSources.Source s : sources) {
                if (s.absent()) {
                    outcomes.add(listUnknown(r.id(), s.path()));
                } else if (!s.items().isEmpty()) {
                    final int req = i;
                    List<Outcome> block = spool == null ? new ArrayList<>() : SpooledOutcomes.builder(spool);
                    own.add(block);
                    readers.computeIfAbsent(s.items(), l -> {
                        lists.add(l);
                        return new ArrayList<>();
                    }).add(req);
                    targets.computeIfAbsent(s.items(), l -> new ArrayList<>()).add(block);
                }
            }
            blocks.add(own);
        }
        for (List<?> items : lists) {
            List<Integer> rs = readers.get(items);
            String[] ids = new String[rs.size()];
            for (int k = 0; k < ids.length; k++) {
                ids[k] = requirements.get(rs.get(k)).id();
            }
            decisions.takeInto(items, ids, targets.get(items));
        }
        for (int i = 0; i < requirements.size(); i++) {
            sorted[i] = join(byRequirement.get(requirements.get(i).id()), blocks.get(i));
        }
        for (int i = 0; i < requirements.size(); i++) {
            Requirement r = requirements.get(i);
            List<Outcome> outcomes = byRequirement.get(r.id());
            List<SubjectSources.Source> sources = sourcesOf.get(i);
            boolean openOrAbsent = false;
            for (SubjectSources.Source s : sources) {
                openOrAbsent |= s.absent() || s.open();
            }
            if (openOrAbsent) {
                boolean applicable = false;
                for (Outcome o : outcomes) {
                    applicable |= o.status() != Status.NOT_APPLICABLE;
                }
                if (!applicable) {
                    for (SubjectSources.Source s : sources) {
                        if (s.open()) {
                            outcomes.add(listUnknown(r.id(), s.path()));
                            sorted[i] = false;
                        }
                    }
                }
            }
        }
        // decisions on facts outside the requirement's subject lists (a rule of a custom pack may judge anything)
        for (Outcome o : decisions.untaken()) {
            List<Outcome> l = byRequirement.get(o.requirement());
            if (l != null) {
                l.add(o);
                sorted[requirements.indexOf(pack.catalog().requirement(o.requirement()).orElseThrow())] = false;
            }
        }
        for (int i = 0; i < requirements.size(); i++) {
            if (!sorted[i]) {
                byRequirement.get(requirements.get(i).id()).sort(BY_SUBJECT);
            }
        }
        return byRequirement;
    }

    /**
     * Appends blocks of outcomes in report order ({@link Decisions#takeInto} makes them so) to {@code into},
     * which holds the UNKNOWNs of absent lists. When every block is of one subject type and no two share
     * one, ordering the blocks by type gives report order without a sort of every outcome. Returns whether
     * {@code into} is then in report order; if not, it holds the absent lists' outcomes and then each block
     * in source order, for the caller to sort.
     */
    private static boolean join(List<Outcome> into, List<List<Outcome>> blocks) {
        List<List<Outcome>> all = new ArrayList<>(blocks.size() + 1);
        boolean ordered = true;
        if (!into.isEmpty()) {
            List<Outcome> absent = new ArrayList<>(into);
            for (int k = 1; k < absent.size(); k++) {
                ordered &= BY_SUBJECT.compare(absent.get(k - 1), absent.get(k)) <= 0;
            }
            all.add(absent);
        }
        for (List<Outcome> b : blocks) {
            if (!b.isEmpty()) {
                all.add(b);
            }
        }
        for (List<Outcome> b : all) {
            // in report order, a block whose first and last subjects share a type is of that type only
            ordered &= b.get(0).subject().type().equals(b.get(b.size() - 1).subject().type());
        }
        if (ordered && all.size() > 1) {
            List<List<Outcome>> byType = new ArrayList<>(all);
            byType.sort((a, b) -> a.get(0).subject().type().compareTo(b.get(0).subject().type()));
            for (int k = 1; k < byType.size() && ordered; k++) {
                ordered = !byType.get(k - 1).get(0).subject().type().equals(byType.get(k).get(0).subject().type());
            }
            if (ordered) {
                all = byType;
            }
        }
        into.clear();
        for (List<Outcome> b : all) {
            into.addAll(b);
        }
        return ordered;
    }

    /** Outcomes in report order: by subject type, then key (stable: equal subjects keep their order). */
    private static final java.util.Comparator<Outcome> BY_SUBJECT =
            (a, b) -> Subject.REPORT_ORDER.compare(a.subject(), b.subject());

    private static Outcome listUnknown(String requirement, String path) {
        Subject subject = new Subject("list", path, path, Origin.synthetic(path), 1);
        return new Outcome(requirement, subject, Status.UNKNOWN, List.of(path), Map.of(), List.of(), "");
    }
}

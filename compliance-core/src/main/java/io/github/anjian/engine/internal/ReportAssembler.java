package io.github.anjian.engine.internal;

import io.github.anjian.catalog.Requirement;
import io.github.anjian.catalog.RulePack;
import io.github.anjian.catalog.Severity;
import io.github.anjian.engine.CheckOptions;
import io.github.anjian.engine.Judge;
import io.github.anjian.engine.Messages;
import io.github.anjian.engine.Outcome;
import io.github.anjian.engine.Status;
import io.github.anjian.facts.Facts;
import io.github.anjian.facts.Items;
import io.github.anjian.facts.Organization;
import io.github.anjian.facts.Waiver;
import io.github.anjian.rating.Counts;
import io.github.anjian.rating.Rating;
import io.github.anjian.rating.internal.Scoring;
import io.github.anjian.report.Report;
import io.github.anjian.report.RequirementResult;
import io.github.anjian.report.UnknownFact;
import io.github.anjian.report.Violation;
import io.github.anjian.report.WaiverInfo;
import io.github.anjian.report.internal.OutcomeSpool;
import io.github.anjian.report.internal.SpooledOutcomes;
import io.github.anjian.report.internal.SpooledView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns the outcomes of a check into the report: waivers, statuses, rating, violations, figures. */
final class ReportAssembler {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReportAssembler.class);

    private final RulePack pack;
    private final Facts facts;
    private final CheckOptions options;
    private final LocalDate asOf;
    private final Judge judge;
    private final Messages messages;

    ReportAssembler(RulePack pack, Facts facts, CheckOptions options, LocalDate asOf, Judge judge) {
        this.pack = pack;
        this.facts = facts;
        this.options = options;
        this.asOf = asOf;
        this.judge = judge;
        this.messages = Messages.of(options.lang());
    }

    /**
     * @param byRequirement every requirement's outcomes, catalog order, each list in report order
     *                      (subject type, then key)
     */
    Report assemble(Map<String, List<Outcome>> byRequirement, OutcomeSpool spool) {
        if (spool != null) {
            return assembleSpooled(byRequirement, spool);
        }
        long t0 = System.nanoTime();
        Map<Outcome, WaiverInfo> waived = new IdentityHashMap<>();
        List<Waiver> valid = waiversInForce();
        List<Scoring.Req> reqs = new ArrayList<>();
        List<RequirementResult> results = new ArrayList<>();
        int size = 0;
        for (Requirement r : pack.catalog().requirements()) {
            Severity sev = severity(r);
            List<Outcome> os = applyWaivers(byRequirement.get(r.id()), valid, waived);
            size += os.size();
            Scoring.Req req = new Scoring.Req(r.id(), r.area(), sev, os);
            reqs.add(req);
            results.add(new RequirementResult(r.id(), r.area(), r.title().in(options.lang()), sev, req.status(),
                    round4(req.value(true)), round4(req.value(false)), req.counts()));
        }
        long t1 = System.nanoTime();
        // one pass over every outcome: the report's lists, and the subjects the next-grade simulation may try
        Scoring.FixCandidates candidates = new Scoring.FixCandidates(reqs, true);
        BigDecimal den = candidates.denominator();
        List<Violation> violations = new ArrayList<>();
        List<UnknownFact> unknowns = new ArrayList<>();
        List<Outcome> ordered = new ArrayList<>(size);
        List<String> warnings = new ArrayList<>(options.warnings());
        for (int i = 0; i < reqs.size(); i++) {
            Scoring.Req req = reqs.get(i);
            Requirement r = null;
            Violation.Kind kind = null;
            for (Outcome o : req.outcomes()) {
                ordered.add(o);
                Status s = o.status();
                if (s == Status.PASS || s == Status.NOT_APPLICABLE) {
                    continue;
                }
                if (r == null) {
                    r = pack.catalog().requirement(req.id()).orElseThrow();
                    kind = kind(r, req.severity());
                }
                BigDecimal impact = candidates.offer(i, o);
                if (s.isViolation() || s == Status.WAIVED) {
                    violations.add(Violation.of(kind, o, Optional.ofNullable(waived.get(o)),
                            impact != null ? impact : Scoring.scoreImpact(req, o, den)));
                } else if (s == Status.UNKNOWN) {
                    unknowns.add(new UnknownFact(r.id(), req.severity(), o.subject(), o.missing()));
                } else if (s == Status.ERROR) {
                    warnings.add(o.requirement() + " " + o.subject().type() + " " + o.subject().key() + ": " + o.error());
                }
            }
        }
        long t2 = System.nanoTime();
        Rating rating = Scoring.rate(reqs, pack.catalog().areas().stream().map(a -> a.code()).toList(), candidates);
        Organization org = facts.organization().get();
        long t3 = System.nanoTime();
        var summary = SummaryFigures.of(facts, asOf);
        if (LOG.isDebugEnabled()) {
            long t4 = System.nanoTime();
            LOG.debug("report: waivers and sums {} ms, violations {} ms, rating {} ms, summary {} ms",
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000);
        }
        return new Report(Report.SCHEMA, org.id(), org.name(), asOf, pack.name(), pack.version(), options.lang(),
                summary, rating, results, violations, unknowns, warnings, ordered, Optional.empty());
    }

    /**
     * {@link #assemble} for outcomes in a spool: the same report, whose outcome, violation and unknown
     * lists are made when read from the spooled outcomes (one pass here for the sums, the rating's
     * candidates and the counts; no list of every violation on the heap).
     */
    private Report assembleSpooled(Map<String, List<Outcome>> byRequirement, OutcomeSpool spool) {
        List<Waiver> valid = waiversInForce();
        List<Scoring.Req> reqs = new ArrayList<>();
        List<RequirementResult> results = new ArrayList<>();
        List<SpooledOutcomes> lists = new ArrayList<>();
        for (Requirement r : pack.catalog().requirements()) {
            List<Outcome> given = byRequirement.get(r.id());
            SpooledOutcomes.Builder b;
            boolean waivable = valid.stream().anyMatch(w -> w.requirement().equals(r.id()));
            if (!waivable && given instanceof SpooledOutcomes.Builder spooled) {
                b = spooled;
            } else {
                b = SpooledOutcomes.builder(spool);
                for (Outcome o : given) {
                    b.add(waived(o, valid));
                }
            }
            lists.add(b.build());
        }
        // the report's records are read front to back (sums, candidates, renderings): through the channel's
        // window, not a memory map, whose pages would count in the process's resident memory
        for (int i = 0; i < lists.size(); i++) {
            Requirement r = pack.catalog().requirements().get(i);
            Severity sev = severity(r);
            SpooledOutcomes os = lists.get(i);
            Scoring.Sums sums = new Scoring.Sums();
            os.forEachStatus((status, subject) -> sums.add(status, subject.weight()));
            Scoring.Req req = new Scoring.Req(r.id(), r.area(), sev, os, sums);
            reqs.add(req);
            results.add(new RequirementResult(r.id(), r.area(), r.title().in(options.lang()), sev, req.status(),
                    round4(req.value(true)), round4(req.value(false)), req.counts()));
        }
        Scoring.FixCandidates candidates = new Scoring.FixCandidates(reqs, true);
        BigDecimal den = candidates.denominator();
        List<String> warnings = new ArrayList<>(options.warnings());
        int[] violationCounts = new int[reqs.size()];
        int[] unknownCounts = new int[reqs.size()];
        Violation.Kind[] kinds = new Violation.Kind[reqs.size()];
        for (int i = 0; i < reqs.size(); i++) {
            Scoring.Req req = reqs.get(i);
            Counts c = req.counts();
            violationCounts[i] = c.fail() + c.partial() + c.waived();
            unknownCounts[i] = c.unknown();
            if (violationCounts[i] + unknownCounts[i] + c.error() == 0) {
                continue; // nothing to offer: no pass over its outcomes
            }
            kinds[i] = kind(pack.catalog().requirement(req.id()).orElseThrow(), req.severity());
            for (Outcome o : lists.get(i).withStatus(OFFERED)) {
                Status s = o.status();
                candidates.offer(i, o);
                if (s == Status.ERROR) {
                    warnings.add(o.requirement() + " " + o.subject().type() + " " + o.subject().key() + ": " + o.error());
                }
            }
        }
        Rating rating = Scoring.rate(reqs, pack.catalog().areas().stream().map(a -> a.code()).toList(), candidates);
        Organization org = facts.organization().get();
        var summary = SummaryFigures.of(facts, asOf);
        List<Violation> violations = new SpooledView<>(lists, violationCounts,
                java.util.EnumSet.of(Status.FAIL, Status.PARTIAL, Status.WAIVED), (i, o) -> {
            Status s = o.status();
            if (!s.isViolation() && s != Status.WAIVED) {
                return null;
            }
            Scoring.Req req = reqs.get(i);
            BigDecimal impact;
            synchronized (req) { // its impacts are cached as they are asked for: a report may be read by several threads
                impact = Scoring.scoreImpact(req, o, den);
            }
            return Violation.of(kinds[i], o, s == Status.WAIVED ? waiverOf(o, valid) : Optional.empty(), impact);
        });
        List<UnknownFact> unknowns = new SpooledView<>(lists, unknownCounts, java.util.EnumSet.of(Status.UNKNOWN),
                (i, o) -> o.status() == Status.UNKNOWN
                ? new UnknownFact(o.requirement(), reqs.get(i).severity(), o.subject(), o.missing()) : null);
        return new Report(Report.SCHEMA, org.id(), org.name(), asOf, pack.name(), pack.version(), options.lang(),
                summary, rating, results, violations, unknowns, warnings, SpooledOutcomes.concat(spool, lists),
                Optional.empty());
    }

    /** What the rating's fix candidates and the warnings are made of: the statuses that are neither PASS nor NOT_APPLICABLE. */
    private static final java.util.Set<Status> OFFERED = java.util.EnumSet.complementOf(
            java.util.EnumSet.of(Status.PASS, Status.NOT_APPLICABLE));

    /** The outcome, WAIVED when a waiver in force matches its FAIL or PARTIAL (as {@link #applyWaivers}). */
    private static Outcome waived(Outcome o, List<Waiver> valid) {
        if (o.status().isViolation()) {
            for (Waiver w : valid) {
                if (matches(w, o)) {
                    return o.withStatus(Status.WAIVED);
                }
            }
        }
        return o;
    }

    /** The waiver that made a WAIVED outcome so: the first in force that matches it, as {@link #applyWaivers} chose. */
    private static Optional<WaiverInfo> waiverOf(Outcome o, List<Waiver> valid) {
        for (Waiver w : valid) {
            if (matches(w, o)) {
                return Optional.of(info(w));
            }
        }
        return Optional.empty();
    }

    private static WaiverInfo info(Waiver w) {
        return new WaiverInfo(w.justification().orElse(""), w.approvedBy().orElse(""), w.approved().orElse(null),
                w.expires().orElse(null));
    }

    private Severity severity(Requirement r) {
        if (r.severityIfOrgLevel3().isPresent() && orgLevel3()) {
            return r.severityIfOrgLevel3().get();
        }
        return r.severity();
    }

    /** Whether the organization is known to be at level 3 or above: asked once per report, not per requirement. */
    private boolean orgLevel3() {
        if (orgLevel3 == null) {
            orgLevel3 = judge.orgLevelAtLeast(3).passes();
        }
        return orgLevel3;
    }

    private Boolean orgLevel3;


    /** What a requirement's violations share; messages are the title, then the reasons in the report's language. */
    private Violation.Kind kind(Requirement r, Severity severity) {
        String title = r.title().in(options.lang());
        String separator = options.lang() == io.github.anjian.catalog.Lang.ZH ? "：" : ": ";
        Messages texts = messages; // the report keeps this function: it must not keep the assembler and its check
        return new Violation.Kind(r.id(), severity, r.area(), r.remediation().in(options.lang()),
                reasons -> texts.render(title, separator, reasons));
    }

    private static BigDecimal round4(BigDecimal v) {
        return v == null ? null : v.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** The waivers of the facts and the options that are approved and unexpired on the evaluation date. */
    private List<Waiver> waiversInForce() {
        List<Waiver> all = new ArrayList<>(facts.waivers().map(Items::items).orElse(List.of()));
        all.addAll(options.waivers());
        return all.stream().filter(this::inForce).toList();
    }

    /** FAIL and PARTIAL matched by a waiver in force become WAIVED (SPEC §5, §8.30); the order is kept. */
    private static List<Outcome> applyWaivers(List<Outcome> outcomes, List<Waiver> valid, Map<Outcome, WaiverInfo> waived) {
        if (valid.isEmpty()) {
            return outcomes;
        }
        List<Outcome> out = new ArrayList<>(outcomes.size());
        for (Outcome o : outcomes) {
            Outcome result = o;
            if (o.status().isViolation()) {
                for (Waiver w : valid) {
                    if (matches(w, o)) {
                        result = o.withStatus(Status.WAIVED);
                        waived.put(result, info(w));
                        break;
                    }
                }
            }
            out.add(result);
        }
        return out;
    }

    private boolean inForce(Waiver w) {
        return w.justification().is(s -> !s.isBlank()) && w.approvedBy().is(s -> !s.isBlank())
                && w.approved().is(d -> !d.isAfter(asOf))
                && !w.expires().is(d -> d.isBefore(asOf));
    }

    static boolean matches(Waiver w, Outcome o) {
        if (!w.requirement().equals(o.requirement())) {
            return false;
        }
        return w.subjects().map(Items::items).map(l -> l.contains(o.subject().key())).orElse(true);
    }
}

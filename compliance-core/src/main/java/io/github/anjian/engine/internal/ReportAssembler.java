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
import io.github.anjian.rating.Rating;
import io.github.anjian.rating.internal.Scoring;
import io.github.anjian.report.Report;
import io.github.anjian.report.RequirementResult;
import io.github.anjian.report.UnknownFact;
import io.github.anjian.report.Violation;
import io.github.anjian.report.WaiverInfo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
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
    private final MessageDigest sha256 = sha256();

    /** Outcomes of a requirement in report order: by subject type, then key. */
    private static final Comparator<Outcome> BY_SUBJECT = (a, b) -> {
        int c = a.subject().type().compareTo(b.subject().type());
        return c != 0 ? c : a.subject().key().compareTo(b.subject().key());
    };

    ReportAssembler(RulePack pack, Facts facts, CheckOptions options, LocalDate asOf, Judge judge) {
        this.pack = pack;
        this.facts = facts;
        this.options = options;
        this.asOf = asOf;
        this.judge = judge;
        this.messages = Messages.of(options.lang());
    }

    Report assemble(List<Outcome> raw) {
        long t0 = System.nanoTime();
        Map<Outcome, WaiverInfo> waived = new IdentityHashMap<>();
        List<Outcome> outcomes = applyWaivers(raw, waived);
        Map<String, List<Outcome>> byReq = new LinkedHashMap<>();
        for (Requirement r : pack.catalog().requirements()) {
            byReq.put(r.id(), new ArrayList<>());
        }
        for (Outcome o : outcomes) {
            byReq.get(o.requirement()).add(o);
        }
        for (List<Outcome> l : byReq.values()) {
            l.sort(BY_SUBJECT);
        }

        List<Scoring.Req> reqs = new ArrayList<>();
        List<RequirementResult> results = new ArrayList<>();
        Map<String, Severity> severities = new HashMap<>();
        for (Requirement r : pack.catalog().requirements()) {
            Severity sev = severity(r);
            severities.put(r.id(), sev);
            List<Outcome> os = byReq.get(r.id());
            Scoring.Req req = new Scoring.Req(r.id(), r.area(), sev, os);
            reqs.add(req);
            results.add(new RequirementResult(r.id(), r.area(), r.title().in(options.lang()), sev, req.status(),
                    round4(req.value(true)), round4(req.value(false)), Scoring.counts(os)));
        }
        long t1 = System.nanoTime();
        Rating rating = Scoring.rate(reqs, pack.catalog().areas().stream().map(a -> a.code()).toList());
        long t2 = System.nanoTime();

        BigDecimal den = Scoring.denominator(reqs);
        List<Violation> violations = new ArrayList<>();
        List<UnknownFact> unknowns = new ArrayList<>();
        List<Outcome> ordered = new ArrayList<>();
        for (Scoring.Req req : reqs) {
            Requirement r = pack.catalog().requirement(req.id()).orElseThrow();
            for (Outcome o : req.outcomes()) {
                ordered.add(o);
                if (o.status().isViolation() || o.status() == Status.WAIVED) {
                    violations.add(violation(r, req, o, Optional.ofNullable(waived.get(o)), den));
                } else if (o.status() == Status.UNKNOWN) {
                    unknowns.add(new UnknownFact(r.id(), req.severity(), o.subject(), o.missing()));
                }
            }
        }
        Organization org = facts.organization().get();
        List<String> warnings = new ArrayList<>(options.warnings());
        for (Outcome o : ordered) {
            if (o.status() == Status.ERROR) {
                warnings.add(o.requirement() + " " + o.subject().type() + " " + o.subject().key() + ": " + o.error());
            }
        }
        long t3 = System.nanoTime();
        var summary = SummaryFigures.of(facts, asOf);
        if (LOG.isDebugEnabled()) {
            long t4 = System.nanoTime();
            LOG.debug("report: group and sort {} ms, rating {} ms, violations {} ms, summary {} ms",
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000);
        }
        return new Report(Report.SCHEMA, org.id(), org.name(), asOf, pack.name(), pack.version(), options.lang(),
                summary, rating, results, violations, unknowns, warnings, ordered, Optional.empty());
    }

    private Severity severity(Requirement r) {
        if (r.severityIfOrgLevel3().isPresent() && judge.orgLevelAtLeast(3).passes()) {
            return r.severityIfOrgLevel3().get();
        }
        return r.severity();
    }

    private Violation violation(Requirement r, Scoring.Req req, Outcome o, Optional<WaiverInfo> waiver,
                                BigDecimal den) {
        Severity sev = req.severity();
        String reasons = messages.render(o.reasons());
        String title = r.title().in(options.lang());
        String message = reasons.isEmpty() ? title : title + (options.lang() == io.github.anjian.catalog.Lang.ZH ? "：" : ": ") + reasons;
        return new Violation(fingerprint(r.id(), o.subject().type(), o.subject().key()), r.id(), sev, r.area(),
                o.subject(), o.status() == Status.PARTIAL, message, o.evidence(), r.remediation().in(options.lang()),
                waiver, Scoring.scoreImpact(req, o, den));
    }

    /** SPEC §8.34: the first 16 lower-case hex of SHA-256 over {@code ID|type|key}. */
    private String fingerprint(String id, String type, String key) {
        // one digest per report (an assembler serves one check on one thread); digest() resets it
        byte[] h = sha256.digest((id + "|" + type + "|" + key).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(h, 0, 8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    private static BigDecimal round4(BigDecimal v) {
        return v == null ? null : v.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** FAIL and PARTIAL matched by an approved, unexpired waiver become WAIVED (SPEC §5, §8.30). */
    private List<Outcome> applyWaivers(List<Outcome> outcomes, Map<Outcome, WaiverInfo> waived) {
        List<Waiver> all = new ArrayList<>(facts.waivers().map(Items::items).orElse(List.of()));
        all.addAll(options.waivers());
        List<Waiver> valid = all.stream().filter(this::inForce).toList();
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
                        waived.put(result, new WaiverInfo(w.justification().orElse(""), w.approvedBy().orElse(""),
                                w.approved().orElse(null), w.expires().orElse(null)));
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

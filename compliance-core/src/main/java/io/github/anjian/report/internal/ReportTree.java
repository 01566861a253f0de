package io.github.anjian.report.internal;

import io.github.anjian.engine.Subject;
import io.github.anjian.facts.SourceLocation;
import io.github.anjian.rating.Counts;
import io.github.anjian.rating.Fix;
import io.github.anjian.rating.GroupScore;
import io.github.anjian.rating.Rating;
import io.github.anjian.report.Figure;
import io.github.anjian.report.Report;
import io.github.anjian.report.RequirementResult;
import io.github.anjian.report.Summary;
import io.github.anjian.report.UnknownFact;
import io.github.anjian.report.Violation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report as an ordered tree of maps and lists with SPEC §6's field names: what the YAML rendering
 * writes. {@link JsonRenderer} writes the same fields in the same order straight to the generator,
 * without the tree (its tests hold it to the bytes of writing this tree), so a field added here is
 * added there too.
 */
public final class ReportTree {

    private ReportTree() {
    }

    /** The whole report. */
    public static Map<String, Object> of(Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", r.schema());
        m.put("organization", map("id", r.organizationId(), "name", r.organizationName()));
        m.put("asOf", r.asOf().toString());
        m.put("rulePack", map("name", r.rulePackName(), "version", r.rulePackVersion()));
        m.put("lang", r.lang().name().toLowerCase(Locale.ROOT));
        m.put("summary", summary(r.summary()));
        m.put("rating", rating(r.rating()));
        List<Object> reqs = new ArrayList<>();
        for (RequirementResult q : r.requirements()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", q.id());
            x.put("area", q.area());
            x.put("title", q.title());
            x.put("severity", lower(q.severity()));
            x.put("status", q.status().name());
            x.put("value", q.value());
            x.put("valueWithoutWaivers", q.valueWithoutWaivers());
            x.put("subjects", counts(q.subjects()));
            reqs.add(x);
        }
        m.put("requirements", reqs);
        List<Object> violations = new ArrayList<>();
        java.util.Set<String> fresh = r.baseline().map(ReportTree::newFingerprints).orElse(null);
        for (Violation v : r.violations()) {
            Map<String, Object> x = violation(v);
            if (fresh != null) {
                x.put("baseline", fresh.contains(v.fingerprint()) ? "new" : "existing");
            }
            violations.add(x);
        }
        m.put("violations", violations);
        List<Object> unknowns = new ArrayList<>();
        for (UnknownFact u : r.unknowns()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("requirement", u.requirement());
            x.put("severity", lower(u.severity()));
            x.put("subject", subject(u.subject()));
            x.put("missing", u.missing());
            unknowns.add(x);
        }
        m.put("unknowns", unknowns);
        r.baseline().ifPresent(c -> m.put("baseline", baseline(c)));
        m.put("warnings", r.warnings());
        return m;
    }

    /** Fingerprints of the violations that are new against the baseline (or whose waiver expired). */
    static java.util.Set<String> newFingerprints(io.github.anjian.report.diff.Comparison c) {
        java.util.Set<String> s = new java.util.HashSet<>();
        for (io.github.anjian.report.diff.Comparison.Entry e : c.changes()) {
            switch (e.change()) {
                case NEW, NEW_WAIVED, EXPIRED -> s.add(e.item().fingerprint());
                default -> { }
            }
        }
        return s;
    }

    private static Map<String, Object> baseline(io.github.anjian.report.diff.Comparison c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("asOf", c.before().asOf());
        m.put("rulePack", c.before().rulePack());
        m.put("score", c.before().score());
        m.put("grade", c.before().grade());
        List<Object> fixed = new ArrayList<>();
        for (io.github.anjian.report.diff.Comparison.Entry e : c.of(io.github.anjian.report.diff.Change.FIXED)) {
            fixed.add(map("fingerprint", e.item().fingerprint(), "requirement", e.item().requirement(),
                    "subject", map("type", e.item().subjectType(), "id", e.item().subjectId()), "message", e.item().message()));
        }
        m.put("fixed", fixed);
        m.put("requirementsAdded", new ArrayList<>(c.requirementsAdded()));
        m.put("requirementsRemoved", new ArrayList<>(c.requirementsRemoved()));
        return m;
    }

    /** One violation. */
    public static Map<String, Object> violation(Violation v) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("fingerprint", v.fingerprint());
        x.put("requirement", v.requirement());
        x.put("severity", lower(v.severity()));
        x.put("area", v.area());
        x.put("status", v.waived() ? "WAIVED" : v.partial() ? "PARTIAL" : "FAIL");
        x.put("subject", subject(v.subject()));
        x.put("message", v.message());
        x.put("evidence", new LinkedHashMap<>(v.evidence()));
        x.put("location", location(v.subject().origin().location()));
        x.put("remediation", v.remediation());
        x.put("waived", v.waived());
        v.waiver().ifPresent(w -> {
            Map<String, Object> wm = new LinkedHashMap<>();
            wm.put("justification", w.justification());
            wm.put("approvedBy", w.approvedBy());
            wm.put("approved", w.approved() == null ? null : w.approved().toString());
            wm.put("expires", w.expires() == null ? null : w.expires().toString());
            x.put("waiver", wm);
        });
        x.put("scoreImpact", v.scoreImpact());
        return x;
    }

    private static Map<String, Object> location(SourceLocation l) {
        return map("file", l.file(), "line", l.line(), "column", l.column());
    }

    private static Map<String, Object> subject(Subject s) {
        return map("type", s.type(), "id", s.key(), "name", s.name());
    }

    private static Map<String, Object> rating(Rating r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("score", r.score());
        m.put("scoreWithoutWaivers", r.scoreWithoutWaivers());
        m.put("scoreOfKnown", r.scoreOfKnown());
        m.put("coverage", r.coverage());
        m.put("grade", r.grade().name());
        m.put("conclusion", r.conclusion().name());
        Map<String, Object> sev = new LinkedHashMap<>();
        r.bySeverity().forEach((k, g) -> sev.put(k, group(g)));
        m.put("bySeverity", sev);
        Map<String, Object> area = new LinkedHashMap<>();
        r.byArea().forEach((k, g) -> area.put(k, group(g)));
        m.put("byArea", area);
        m.put("nextGrade", r.nextGrade().map(Enum::name).orElse(null));
        List<Object> fixes = new ArrayList<>();
        for (Fix f : r.fixes()) {
            fixes.add(map("requirement", f.requirement(), "subject", map("type", f.subjectType(), "id", f.subjectId()),
                    "scoreImpact", f.scoreImpact()));
        }
        m.put("fixes", fixes);
        return m;
    }

    private static Map<String, Object> group(GroupScore g) {
        return map("score", g.score(), "requirements", counts(g.requirements()));
    }

    private static Map<String, Object> counts(Counts c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", c.total());
        m.put("pass", c.pass());
        m.put("fail", c.fail());
        m.put("partial", c.partial());
        m.put("unknown", c.unknown());
        m.put("notApplicable", c.notApplicable());
        m.put("error", c.error());
        m.put("waived", c.waived());
        return m;
    }

    private static Map<String, Object> summary(Summary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> systems = new LinkedHashMap<>();
        systems.put("total", fig(s.systemsTotal()));
        systems.put("publicFacing", fig(s.systemsPublicFacing()));
        systems.put("contractorOperated", fig(s.systemsContractorOperated()));
        Map<String, Object> byLevel = new LinkedHashMap<>();
        s.systemsByLevel().forEach((k, f) -> byLevel.put(k, fig(f)));
        systems.put("byLevel", byLevel);
        systems.put("filed", fig(s.systemsFiled()));
        systems.put("assessedThisYear", fig(s.systemsAssessedThisYear()));
        systems.put("withRealtimeBackup", fig(s.systemsWithRealtimeBackup()));
        systems.put("withoutBackup", fig(s.systemsWithoutBackup()));
        m.put("systems", systems);
        Map<String, Object> terminals = new LinkedHashMap<>();
        terminals.put("total", fig(s.terminals()));
        terminals.put("withAntivirus", fig(s.terminalsWithAntivirus()));
        terminals.put("withDomesticCpu", fig(s.terminalsWithDomesticCpu()));
        terminals.put("withDomesticOs", fig(s.terminalsWithDomesticOs()));
        terminals.put("withDomesticOfficeSuite", fig(s.terminalsWithDomesticOfficeSuite()));
        terminals.put("withUsbStorageBlocked", fig(s.terminalsWithUsbStorageBlocked()));
        m.put("terminals", terminals);
        m.put("classifiedDevices", fig(s.classifiedDevices()));
        m.put("removableMedia", fig(s.removableMedia()));
        m.put("wirelessNetworks", fig(s.wirelessNetworks()));
        m.put("facilities", fig(s.facilities()));
        m.put("trainingsThisYear", fig(s.trainingsThisYear()));
        m.put("peopleTrainedThisYear", fig(s.peopleTrainedThisYear()));
        Map<String, Object> incidents = new LinkedHashMap<>();
        s.incidentsThisYear().forEach((k, f) -> incidents.put(k, fig(f)));
        m.put("incidentsThisYear", incidents);
        Map<String, Object> vulns = new LinkedHashMap<>();
        vulns.put("found", fig(s.vulnerabilitiesFound()));
        vulns.put("fixed", fig(s.vulnerabilitiesFixed()));
        vulns.put("fixRate", s.vulnerabilityFixRate());
        vulns.put("meanDaysToFix", s.meanDaysToFix());
        m.put("vulnerabilities", vulns);
        return m;
    }

    /** A figure: a number, {@code {"atLeast": n}}, or null (SPEC §8.32). */
    public static Object fig(Figure f) {
        if (f.isUnknown()) {
            return null;
        }
        return f.atLeast() ? map("atLeast", f.value()) : f.value();
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}

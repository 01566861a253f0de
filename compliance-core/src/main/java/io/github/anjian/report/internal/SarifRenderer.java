package io.github.anjian.report.internal;

import io.github.anjian.catalog.Reference;
import io.github.anjian.catalog.Requirement;
import io.github.anjian.catalog.Severity;
import io.github.anjian.facts.SourceLocation;
import io.github.anjian.report.RenderContext;
import io.github.anjian.report.Renderer;
import io.github.anjian.report.Report;
import io.github.anjian.report.RequirementResult;
import io.github.anjian.report.Violation;
import io.github.anjian.report.WaiverInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as SARIF 2.1.0 (OASIS): one rule per requirement of the catalog (or of the report when the
 * context has no catalog) with its help text and level, one result per violation located at the subject
 * in its fact file, so that code-review tools annotate the YAML line. Waived violations carry an
 * external, accepted suppression with the waiver's justification. Deterministic: no clock, no host.
 */
public final class SarifRenderer implements Renderer {

    /** The schema URI written in {@code $schema}. */
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** The key of Anjian's fingerprint in {@code partialFingerprints}. */
    public static final String FINGERPRINT_KEY = "anjianFingerprint/v1";

    private final RenderContext context;

    /** A renderer with a context (the catalog gives descriptions, remediation and references). */
    public SarifRenderer(RenderContext context) {
        this.context = context;
    }

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        List<String> ids = ruleIds(report);
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "Anjian");
        driver.put("fullName", "Anjian " + report.rulePackName() + " " + report.rulePackVersion());
        driver.put("version", report.rulePackVersion());
        List<Object> rules = new ArrayList<>();
        for (String id : ids) {
            rules.add(rule(report, id));
        }
        driver.put("rules", rules);
        List<Object> results = new ArrayList<>();
        for (Violation v : report.violations()) {
            Map<String, Object> result = result(v, ids.indexOf(v.requirement()));
            // with --baseline: SARIF's own new/unchanged marking, so review tools can show only new ones
            report.baseline().ifPresent(c -> result.put("baselineState", c.isNew(v.fingerprint()) ? "new" : "unchanged"));
            results.add(result);
        }
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Interop.map("driver", driver));
        run.put("automationDetails", Interop.map("id", "anjian/" + report.organizationId() + "/" + report.asOf()));
        run.put("columnKind", "unicodeCodePoints");
        run.put("results", results);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("organization", Interop.map("id", report.organizationId(), "name", report.organizationName()));
        props.put("asOf", report.asOf().toString());
        props.put("score", report.rating().score());
        props.put("grade", report.rating().grade().name());
        props.put("coverage", report.rating().coverage());
        run.put("properties", props);
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        Interop.writeJson(log, out);
    }

    private List<String> ruleIds(Report report) {
        List<String> ids = new ArrayList<>(context.catalog()
                .map(c -> c.requirements().stream().map(Requirement::id).toList())
                .orElseGet(() -> report.requirements().stream().map(RequirementResult::id).toList()));
        for (Violation v : report.violations()) {
            if (!ids.contains(v.requirement())) {
                ids.add(v.requirement());
            }
        }
        return ids;
    }

    private Map<String, Object> rule(Report report, String id) {
        String title = Interop.title(report, context, id);
        String description = Interop.description(report, context, id);
        String remediation = Interop.remediation(report, context, id);
        List<Reference> refs = Interop.references(context, id);
        Severity severity = Interop.severity(report, context, id);
        String area = report.requirement(id).map(RequirementResult::area)
                .or(() -> Interop.requirement(context, id).map(Requirement::area)).orElse("");
        StringBuilder text = new StringBuilder(description);
        StringBuilder md = new StringBuilder("**").append(md(title)).append("**\n\n").append(md(description));
        if (!remediation.isBlank()) {
            text.append("\n\nRemediation: ").append(remediation);
            md.append("\n\n**Remediation:** ").append(md(remediation));
        }
        if (!refs.isEmpty()) {
            text.append("\n\nReferences:");
            md.append("\n\n**References:**\n");
            for (Reference r : refs) {
                text.append("\n- ").append(r);
                md.append("\n- ").append(md(r.toString()));
            }
        }
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("id", id);
        rule.put("name", id.replace("-", ""));
        rule.put("shortDescription", Interop.map("text", title));
        rule.put("fullDescription", Interop.map("text", description));
        Map<String, Object> help = new LinkedHashMap<>();
        help.put("text", text.toString());
        help.put("markdown", md.toString());
        rule.put("help", help);
        rule.put("defaultConfiguration", Interop.map("level", level(severity)));
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("security-severity", securitySeverity(severity));
        props.put("severity", Interop.lower(severity));
        props.put("area", area);
        props.put("tags", List.of("security", "compliance", area, Interop.lower(severity)));
        rule.put("properties", props);
        return rule;
    }

    private static Map<String, Object> result(Violation v, int ruleIndex) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("ruleId", v.requirement());
        r.put("ruleIndex", ruleIndex);
        r.put("kind", "fail");
        r.put("level", level(v.severity()));
        r.put("message", Interop.map("text", v.message()));
        Map<String, Object> loc = new LinkedHashMap<>();
        SourceLocation l = v.subject().origin().location();
        if (Interop.inFile(l)) {
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("startLine", l.line());
            if (l.column() > 0) {
                region.put("startColumn", l.column());
            }
            Map<String, Object> physical = new LinkedHashMap<>();
            physical.put("artifactLocation", Interop.map("uri", Interop.uri(l.file())));
            physical.put("region", region);
            loc.put("physicalLocation", physical);
        }
        Map<String, Object> logical = new LinkedHashMap<>();
        logical.put("name", v.subject().key());
        logical.put("fullyQualifiedName", v.subject().origin().path());
        logical.put("kind", v.subject().type());
        loc.put("logicalLocations", List.of(logical));
        r.put("locations", List.of(loc));
        r.put("partialFingerprints", Interop.map(FINGERPRINT_KEY, v.fingerprint()));
        v.waiver().ifPresent(w -> r.put("suppressions", List.of(suppression(w))));
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("status", v.waived() ? "WAIVED" : v.partial() ? "PARTIAL" : "FAIL");
        props.put("severity", Interop.lower(v.severity()));
        props.put("subject", Interop.map("type", v.subject().type(), "id", v.subject().key(), "name", v.subject().name()));
        props.put("evidence", new LinkedHashMap<>(v.evidence()));
        props.put("remediation", v.remediation());
        props.put("scoreImpact", v.scoreImpact());
        r.put("properties", props);
        return r;
    }

    private static Map<String, Object> suppression(WaiverInfo w) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("kind", "external");
        s.put("status", "accepted");
        s.put("justification", w.justification() == null ? "" : w.justification());
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("approvedBy", w.approvedBy());
        props.put("approved", w.approved() == null ? null : w.approved().toString());
        props.put("expires", w.expires() == null ? null : w.expires().toString());
        s.put("properties", props);
        return s;
    }

    /** SARIF level of a severity: high error, medium warning, low note. */
    static String level(Severity s) {
        return switch (s) {
            case HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW -> "note";
        };
    }

    /** GitHub code scanning's numeric severity (high 7.0–8.9, medium 4.0–6.9, low 0.1–3.9). */
    static String securitySeverity(Severity s) {
        return switch (s) {
            case HIGH -> "8.0";
            case MEDIUM -> "5.0";
            case LOW -> "2.0";
        };
    }

    private static String md(String s) {
        return s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("<", "&lt;")
                .replace("[", "\\[").replace("]", "\\]").replace("`", "\\`");
    }
}

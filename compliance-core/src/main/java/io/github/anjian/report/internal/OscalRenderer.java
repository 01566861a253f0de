package io.github.anjian.report.internal;

import io.github.anjian.engine.Subject;
import io.github.anjian.facts.SourceLocation;
import io.github.anjian.report.RenderContext;
import io.github.anjian.report.Renderer;
import io.github.anjian.report.Report;
import io.github.anjian.report.RequirementResult;
import io.github.anjian.report.Violation;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The report as an OSCAL 1.1 assessment-results document (JSON). One result for the check, reviewing
 * every requirement of the report as a control; per violation an observation (the evidence, the subject,
 * a link to the fact file line), a risk ({@code open}, or {@code deviation-approved} when waived) and a
 * finding ({@code not-satisfied}) that ties them together. The subjects of violations are local
 * inventory items. Every UUID is a name-based version 5 UUID of the organization id, the as-of date
 * and the violation fingerprint, and all times are midnight of the as-of date in China Standard Time,
 * so the same facts give byte-identical output. Anjian's own properties carry the namespace {@link #NS}.
 */
public final class OscalRenderer implements Renderer {

    /** The OSCAL version written in {@code metadata.oscal-version}. */
    public static final String OSCAL_VERSION = "1.1.3";
    /** The namespace of Anjian's OSCAL properties. */
    public static final String NS = "urn:io.github.anjian:oscal";

    private final RenderContext context;

    /** A renderer with a context (the catalog gives titles, descriptions and remediation). */
    public OscalRenderer(RenderContext context) {
        this.context = context;
    }

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        String time = report.asOf() + "T00:00:00+08:00";
        String base = report.organizationId() + "|" + report.asOf() + "|";
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("title", line("Anjian assessment results: " + report.organizationName() + " as of " + report.asOf()));
        metadata.put("last-modified", time);
        metadata.put("version", report.asOf().toString());
        metadata.put("oscal-version", OSCAL_VERSION);
        metadata.put("props", props("organization-id", report.organizationId(), "rule-pack",
                report.rulePackName() + " " + report.rulePackVersion(), "language", Interop.lower(report.lang())));
        Map<String, Object> party = new LinkedHashMap<>();
        party.put("uuid", uuid(report.organizationId() + "|party"));
        party.put("type", "organization");
        party.put("name", line(report.organizationName()));
        metadata.put("parties", List.of(party));

        Map<String, Object> importAp = new LinkedHashMap<>();
        importAp.put("href", "urn:io.github.anjian:rule-pack:" + token(report.rulePackName()) + ":" + token(report.rulePackVersion()));
        importAp.put("remarks", "No OSCAL assessment plan: the assessment followed the rule pack named here.");

        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("uuid", uuid(base + "assessment-results|" + report.rulePackName() + "|" + report.rulePackVersion()));
        doc.put("metadata", metadata);
        doc.put("import-ap", importAp);
        doc.put("results", List.of(result(report, base, time)));
        Interop.writeJson(Interop.map("assessment-results", doc), out);
    }

    private Map<String, Object> result(Report report, String base, String time) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("uuid", uuid(base + "result"));
        r.put("title", line("Anjian check of " + report.organizationName() + " as of " + report.asOf()));
        r.put("description", "Information security check of " + report.organizationName() + " ("
                + report.organizationId() + ") against " + report.rulePackName() + " " + report.rulePackVersion()
                + ": grade " + report.rating().grade() + ", score " + report.rating().score() + ", coverage "
                + report.rating().coverage() + "%.");
        r.put("start", time);
        r.put("end", time);
        r.put("props", props("score", String.valueOf(report.rating().score()), "grade", report.rating().grade().name(),
                "conclusion", report.rating().conclusion().name(), "coverage", String.valueOf(report.rating().coverage())));

        Map<String, Subject> subjects = new LinkedHashMap<>();
        report.violations().forEach(v -> subjects.putIfAbsent(subjectKey(v.subject()), v.subject()));
        if (!subjects.isEmpty()) {
            List<Object> items = new ArrayList<>();
            for (Subject s : subjects.values()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("uuid", subjectUuid(report, s));
                item.put("description", s.type() + " " + s.key() + (s.name().equals(s.key()) ? "" : " (" + s.name() + ")")
                        + (Interop.inFile(s.origin().location()) ? ", stated at " + s.origin().location() : ""));
                item.put("props", props("asset-id", s.key(), "subject-type", s.type(), "fact-path", s.origin().path()));
                items.add(item);
            }
            r.put("local-definitions", Interop.map("inventory-items", items));
        }

        List<Object> include = new ArrayList<>();
        for (RequirementResult q : report.requirements()) {
            include.add(Interop.map("control-id", token(q.id())));
        }
        Map<String, Object> selection = new LinkedHashMap<>();
        selection.put("description", "The requirements of " + report.rulePackName() + " " + report.rulePackVersion() + ".");
        if (include.isEmpty()) {
            selection.put("include-all", new LinkedHashMap<>());
        } else {
            selection.put("include-controls", include);
        }
        r.put("reviewed-controls", Interop.map("control-selections", List.of(selection)));

        List<Object> observations = new ArrayList<>();
        List<Object> risks = new ArrayList<>();
        List<Object> findings = new ArrayList<>();
        for (Violation v : report.violations()) {
            String id = base + v.fingerprint() + "|";
            String observation = uuid(id + "observation");
            String risk = uuid(id + "risk");
            observations.add(observation(report, v, observation, time));
            risks.add(risk(report, v, risk, observation));
            findings.add(finding(report, v, uuid(id + "finding"), observation, risk));
        }
        if (!observations.isEmpty()) {
            r.put("observations", observations);
            r.put("risks", risks);
            r.put("findings", findings);
        }
        return r;
    }

    private Map<String, Object> observation(Report report, Violation v, String uuid, String time) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("uuid", uuid);
        o.put("title", line(v.requirement() + " " + Interop.title(report, context, v.requirement()) + ": "
                + v.subject().type() + " " + v.subject().key()));
        o.put("description", v.message());
        o.put("props", props("fingerprint", v.fingerprint(), "requirement", v.requirement(), "status", status(v),
                "severity", Interop.lower(v.severity())));
        o.put("methods", List.of("TEST"));
        o.put("types", List.of("finding"));
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("subject-uuid", subjectUuid(report, v.subject()));
        subject.put("type", "inventory-item");
        subject.put("title", line(v.subject().type() + " " + v.subject().key()));
        o.put("subjects", List.of(subject));
        List<Object> evidence = new ArrayList<>();
        SourceLocation l = v.subject().origin().location();
        for (Map.Entry<String, String> e : v.evidence().entrySet()) {
            Map<String, Object> ev = new LinkedHashMap<>();
            if (Interop.inFile(l)) {
                ev.put("href", Interop.uri(l.file()) + "#L" + l.line());
            }
            ev.put("description", e.getKey() + " = " + e.getValue());
            ev.put("props", props("field", e.getKey(), "value", e.getValue()));
            evidence.add(ev);
        }
        if (evidence.isEmpty()) {
            Map<String, Object> ev = new LinkedHashMap<>();
            if (Interop.inFile(l)) {
                ev.put("href", Interop.uri(l.file()) + "#L" + l.line());
            }
            ev.put("description", "The subject " + v.subject().origin().path() + " as stated"
                    + (Interop.inFile(l) ? " at " + l : "") + ".");
            evidence.add(ev);
        }
        o.put("relevant-evidence", evidence);
        o.put("collected", time);
        return o;
    }

    private Map<String, Object> risk(Report report, Violation v, String uuid, String observation) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("uuid", uuid);
        r.put("title", line(v.requirement() + " " + Interop.title(report, context, v.requirement())));
        r.put("description", v.message());
        String remediation = v.remediation() == null || v.remediation().isBlank()
                ? Interop.remediation(report, context, v.requirement()) : v.remediation();
        r.put("statement", remediation.isBlank() ? v.message() : remediation);
        List<Object> props = props("severity", Interop.lower(v.severity()), "score-impact", String.valueOf(v.scoreImpact()),
                "fingerprint", v.fingerprint());
        v.waiver().ifPresent(w -> props.addAll(props("waiver-justification", w.justification(), "waiver-approved-by",
                w.approvedBy(), "waiver-approved", w.approved() == null ? null : w.approved().toString(),
                "waiver-expires", w.expires() == null ? "never" : w.expires().toString())));
        r.put("props", props);
        r.put("status", v.waived() ? "deviation-approved" : "open");
        r.put("related-observations", List.of(Interop.map("observation-uuid", observation)));
        return r;
    }

    private Map<String, Object> finding(Report report, Violation v, String uuid, String observation, String risk) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("uuid", uuid);
        f.put("title", line(v.requirement() + " " + Interop.title(report, context, v.requirement()) + ": "
                + v.subject().type() + " " + v.subject().key()));
        f.put("description", v.message());
        f.put("props", props("fingerprint", v.fingerprint(), "status", status(v)));
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("type", "objective-id");
        target.put("target-id", token(v.requirement()));
        target.put("description", Interop.description(report, context, v.requirement()));
        target.put("status", Interop.map("state", "not-satisfied", "reason", v.waived() ? "other" : "fail"));
        f.put("target", target);
        f.put("related-observations", List.of(Interop.map("observation-uuid", observation)));
        f.put("related-risks", List.of(Interop.map("risk-uuid", risk)));
        v.waiver().ifPresent(w -> f.put("remarks", "Waived: " + w.justification() + " (approved by " + w.approvedBy()
                + (w.approved() == null ? "" : " on " + w.approved()) + ", expires "
                + (w.expires() == null ? "never" : w.expires().toString()) + ")."));
        return f;
    }

    private static String status(Violation v) {
        return v.waived() ? "WAIVED" : v.partial() ? "PARTIAL" : "FAIL";
    }

    private static String subjectKey(Subject s) {
        return s.type() + "|" + s.key();
    }

    private static String subjectUuid(Report report, Subject s) {
        return uuid(report.organizationId() + "|subject|" + subjectKey(s));
    }

    private static String uuid(String name) {
        UUID u = Interop.uuid(name);
        return u.toString();
    }

    /** Anjian properties from name, value pairs; blank values are left out, values are one trimmed line. */
    private static List<Object> props(String... kv) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < kv.length; i += 2) {
            String value = kv[i + 1] == null ? "" : kv[i + 1].replaceAll("\\s+", " ").trim();
            if (!value.isEmpty()) {
                out.add(Interop.map("name", kv[i], "ns", NS, "value", value));
            }
        }
        return out;
    }

    /** A single-line, non-empty text (OSCAL markup-line). */
    private static String line(String s) {
        String l = s == null ? "" : s.replaceAll("[\\r\\n]+", " ").trim();
        return l.isEmpty() ? "-" : l;
    }

    /** An OSCAL token (XML NCName): other characters become '_'. */
    static String token(String s) {
        String t = s.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return t.isEmpty() || !Character.isLetter(t.codePointAt(0)) && t.charAt(0) != '_' ? "_" + t : t;
    }
}

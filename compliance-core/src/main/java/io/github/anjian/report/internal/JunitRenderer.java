package io.github.anjian.report.internal;

import io.github.anjian.catalog.Area;
import io.github.anjian.engine.Outcome;
import io.github.anjian.engine.Subject;
import io.github.anjian.report.RenderContext;
import io.github.anjian.report.Renderer;
import io.github.anjian.report.Report;
import io.github.anjian.report.Violation;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as JUnit XML for CI test tabs: {@code <testsuites>} with one {@code <testsuite>} per area
 * (catalog order) and one {@code <testcase>} per (requirement, subject) outcome. Classname is
 * {@code "ID title"}, name is {@code "type/key"}. FAIL and PARTIAL are {@code <failure>} with the message,
 * evidence, location and remediation; ERROR is {@code <error>}; UNKNOWN is {@code <skipped>} naming the
 * missing facts; NOT_APPLICABLE is {@code <skipped>} too (so every pair is listed); WAIVED passes with a
 * {@code <system-out>} note. Each {@code <testsuite>} is valid under Maven Surefire's
 * {@code surefire-test-report.xsd}. Deterministic: times are 0 and no clock or host is written.
 */
public final class JunitRenderer implements Renderer {

    private final RenderContext context;

    /** A renderer with a context (the catalog gives area names and titles). */
    public JunitRenderer(RenderContext context) {
        this.context = context;
    }

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        Map<String, List<Outcome>> byArea = new LinkedHashMap<>();
        context.catalog().ifPresent(c -> c.areas().stream().map(Area::code).forEach(a -> byArea.put(a, new ArrayList<>())));
        Map<String, String> areaOf = new LinkedHashMap<>();
        report.requirements().forEach(r -> areaOf.put(r.id(), r.area()));
        for (Outcome o : report.outcomes()) {
            String area = areaOf.getOrDefault(o.requirement(), o.requirement().replaceAll("-.*", ""));
            byArea.computeIfAbsent(area, k -> new ArrayList<>()).add(o);
        }
        byArea.values().removeIf(List::isEmpty);
        int[] total = new int[4];
        StringBuilder suites = new StringBuilder();
        Map<String, Map<SubjectKey, Violation>> violations = violationsByKey(report);
        for (Map.Entry<String, List<Outcome>> e : byArea.entrySet()) {
            suite(report, violations, e.getKey(), e.getValue(), suites, total);
        }
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<testsuites name=\"").append(attr("Anjian " + report.organizationName() + " (" + report.organizationId()
                        + ") as of " + report.asOf())).append('"')
                .append(" tests=\"").append(total[0]).append("\" failures=\"").append(total[1])
                .append("\" errors=\"").append(total[2]).append("\" skipped=\"").append(total[3])
                .append("\" time=\"0\">\n");
        b.append(suites);
        b.append("</testsuites>\n");
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void suite(Report report, Map<String, Map<SubjectKey, Violation>> violations, String area,
                       List<Outcome> outcomes, StringBuilder b, int[] total) {
        int failures = 0;
        int errors = 0;
        int skipped = 0;
        StringBuilder cases = new StringBuilder();
        for (Outcome o : outcomes) {
            switch (o.status()) {
                case FAIL, PARTIAL -> failures++;
                case ERROR -> errors++;
                case UNKNOWN, NOT_APPLICABLE -> skipped++;
                default -> {
                }
            }
            testcase(report, violations, o, cases);
        }
        total[0] += outcomes.size();
        total[1] += failures;
        total[2] += errors;
        total[3] += skipped;
        b.append("  <testsuite name=\"").append(attr(area + " " + context.areaName(area, report.lang()))).append('"')
                .append(" tests=\"").append(outcomes.size()).append("\" failures=\"").append(failures)
                .append("\" errors=\"").append(errors).append("\" skipped=\"").append(skipped)
                .append("\" time=\"0\">\n");
        b.append("    <properties>\n");
        property(b, "organization.id", report.organizationId());
        property(b, "organization.name", report.organizationName());
        property(b, "asOf", report.asOf().toString());
        property(b, "rulePack", report.rulePackName() + " " + report.rulePackVersion());
        report.rating().byArea().entrySet().stream().filter(g -> g.getKey().equals(area)).findFirst()
                .ifPresent(g -> property(b, "score", String.valueOf(g.getValue().score())));
        b.append("    </properties>\n");
        b.append(cases);
        b.append("  </testsuite>\n");
    }

    private void testcase(Report report, Map<String, Map<SubjectKey, Violation>> violations, Outcome o, StringBuilder b) {
        Subject s = o.subject();
        String classname = o.requirement() + " " + Interop.title(report, context, o.requirement());
        b.append("    <testcase name=\"").append(attr(s.type() + "/" + s.key())).append("\" classname=\"")
                .append(attr(classname)).append("\" time=\"0\"");
        Violation v = violation(violations, o);
        switch (o.status()) {
            case FAIL, PARTIAL -> {
                String message = v != null ? v.message() : o.status().name();
                b.append(">\n      <failure message=\"").append(attr(message)).append("\" type=\"")
                        .append(o.status().name()).append("\">").append(text(details(o, v))).append("</failure>\n")
                        .append("    </testcase>\n");
            }
            case ERROR -> b.append(">\n      <error message=\"").append(attr(o.error())).append("\" type=\"ERROR\">")
                    .append(text(details(o, v))).append("</error>\n    </testcase>\n");
            case UNKNOWN -> b.append(">\n      <skipped message=\"")
                    .append(attr("UNKNOWN: missing " + String.join(", ", o.missing()))).append("\"/>\n")
                    .append("    </testcase>\n");
            case NOT_APPLICABLE -> b.append(">\n      <skipped message=\"NOT_APPLICABLE\"/>\n    </testcase>\n");
            case WAIVED -> {
                StringBuilder note = new StringBuilder("WAIVED");
                if (v != null) {
                    note.append(": ").append(v.message());
                    v.waiver().ifPresent(w -> note.append("\nwaiver: ").append(w.justification())
                            .append("\napproved by: ").append(w.approvedBy())
                            .append(w.approved() == null ? "" : " on " + w.approved())
                            .append("\nexpires: ").append(w.expires() == null ? "never" : w.expires().toString()));
                    note.append("\nlocation: ").append(s.origin().location());
                }
                b.append(">\n      <system-out>").append(text(note.toString())).append("</system-out>\n    </testcase>\n");
            }
            default -> b.append("/>\n");
        }
    }

    private static String details(Outcome o, Violation v) {
        StringBuilder d = new StringBuilder();
        d.append("status: ").append(o.status().name()).append('\n');
        d.append("subject: ").append(o.subject().type()).append(' ').append(o.subject().key());
        if (!o.subject().name().equals(o.subject().key())) {
            d.append(" (").append(o.subject().name()).append(')');
        }
        d.append('\n');
        d.append("location: ").append(o.subject().origin().location()).append('\n');
        if (v != null) {
            d.append("fingerprint: ").append(v.fingerprint()).append('\n');
        }
        Map<String, String> evidence = v != null ? v.evidence() : o.evidence();
        if (!evidence.isEmpty()) {
            d.append("evidence:\n");
            evidence.forEach((k, val) -> d.append("  ").append(k).append(" = ").append(val).append('\n'));
        }
        if (v != null && v.remediation() != null && !v.remediation().isBlank()) {
            d.append("remediation: ").append(v.remediation()).append('\n');
        }
        if (o.error() != null && !o.error().isBlank()) {
            d.append("error: ").append(o.error()).append('\n');
        }
        return d.toString();
    }

    /**
     * The report's violations by requirement and subject, the first of each as a scan would find it:
     * looked up for each test case (a scan of every violation per test case made a 100,000-device
     * report's JUnit XML take more than ten minutes).
     */
    private static Map<String, Map<SubjectKey, Violation>> violationsByKey(Report report) {
        Map<String, Map<SubjectKey, Violation>> byKey = new HashMap<>();
        for (Violation v : report.violations()) {
            byKey.computeIfAbsent(v.requirement(), r -> new HashMap<>())
                    .putIfAbsent(new SubjectKey(v.subject().type(), v.subject().key()), v);
        }
        return byKey;
    }

    private static Violation violation(Map<String, Map<SubjectKey, Violation>> violations, Outcome o) {
        Map<SubjectKey, Violation> ofRequirement = violations.get(o.requirement());
        return ofRequirement == null ? null : ofRequirement.get(new SubjectKey(o.subject().type(), o.subject().key()));
    }

    private record SubjectKey(String type, String key) {
    }

    private static void property(StringBuilder b, String name, String value) {
        b.append("      <property name=\"").append(attr(name)).append("\" value=\"").append(attr(value)).append("\"/>\n");
    }

    /** Escapes element text; drops characters XML 1.0 cannot hold. */
    static String text(String s) {
        return escape(s, false);
    }

    /** Escapes an attribute value, keeping line breaks and tabs as character references. */
    static String attr(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                case '\n' -> b.append(attribute ? "&#10;" : "\n");
                case '\r' -> b.append("&#13;");
                case '\t' -> b.append(attribute ? "&#9;" : "\t");
                default -> {
                    boolean legal = c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
                    if (legal) {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }
}

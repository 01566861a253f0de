package io.github.anjian.report.internal;

import static io.github.anjian.report.internal.Html.esc;

import io.github.anjian.rating.Fix;
import io.github.anjian.rating.GroupScore;
import io.github.anjian.rating.Rating;
import io.github.anjian.report.RenderContext;
import io.github.anjian.report.Renderer;
import io.github.anjian.report.Report;
import io.github.anjian.report.RequirementResult;
import io.github.anjian.report.UnknownFact;
import io.github.anjian.report.Violation;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One self-contained HTML file (no external scripts, fonts or images) for screen and print: score
 * gauge and area bars as inline SVG, the form figures, violations filterable by severity and area,
 * facts to collect and the fixes to the next grade. All text from facts is escaped.
 */
public final class HtmlRenderer implements Renderer {

    private static final String CSS = Html.resource("report.css");
    private static final String JS = Html.resource("report.js");

    private final RenderContext context;

    /** A renderer with a context (catalog for area names). */
    public HtmlRenderer(RenderContext context) {
        this.context = context;
    }

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        ReportView v = new ReportView(report, context);
        Labels l = v.labels;
        Rating g = report.rating();
        StringBuilder b = new StringBuilder();
        String title = l.get("report.title") + " — " + report.organizationName();
        b.append("<!DOCTYPE html>\n<html lang=\"").append(report.lang().name().toLowerCase(Locale.ROOT))
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
        b.append("<header><div><h1>").append(esc(l.get("report.title"))).append("</h1><div>")
                .append(esc(report.organizationName())).append(" · <code>").append(esc(report.organizationId()))
                .append("</code></div></div><div class=\"meta\">").append(esc(l.get("asOf"))).append(" <b>")
                .append(report.asOf()).append("</b><br>").append(esc(l.get("rulePack"))).append(' ')
                .append(esc(report.rulePackName() + " " + report.rulePackVersion())).append("</div></header>\n");
        b.append("<section class=\"top\">").append(Svg.gauge(g.score(), g.grade(), v.grade(), l.get("score")))
                .append("<div class=\"cards\">");
        card(b, v.grade(), l.get("grade"));
        card(b, v.conclusion(), l.get("conclusion"));
        card(b, ReportView.num(g.score()), l.get("score"));
        card(b, ReportView.num(g.scoreWithoutWaivers()), l.get("scoreWithoutWaivers"));
        card(b, ReportView.num(g.scoreOfKnown()), l.get("scoreOfKnown"));
        card(b, ReportView.percent(g.coverage()), l.get("coverage"));
        b.append("</div></section>\n");
        List<RequirementResult> errors = v.errors();
        if (!errors.isEmpty()) {
            b.append("<p class=\"note\">").append(esc(l.format("errors.note", errors.size()))).append("</p>\n");
        }
        b.append("<h2>").append(esc(l.get("bySeverity"))).append("</h2>\n<table><tr><th>").append(esc(l.get("severity")))
                .append("</th><th class=\"n\">").append(esc(l.get("score"))).append("</th><th>")
                .append(esc(l.get("requirementStatus"))).append("</th></tr>\n");
        for (Map.Entry<String, GroupScore> e : g.bySeverity().entrySet()) {
            String sev = e.getKey().toLowerCase(Locale.ROOT);
            b.append("<tr><td><span class=\"sev sev-").append(esc(sev)).append("\">")
                    .append(esc(l.get("severity." + sev.toUpperCase(Locale.ROOT)))).append("</span></td><td class=\"n\">")
                    .append(ReportView.num(e.getValue().score())).append("</td><td>")
                    .append(esc(v.counts(e.getValue().requirements()))).append("</td></tr>\n");
        }
        b.append("</table>\n<h2>").append(esc(l.get("byArea"))).append("</h2>\n")
                .append(Svg.bars(g.byArea(), v::area)).append('\n');
        figures(b, v);
        violations(b, v);
        unknowns(b, v);
        fixes(b, v, g);
        requirements(b, v);
        if (!report.warnings().isEmpty()) {
            b.append("<h2>").append(esc(l.get("warnings"))).append(" (").append(report.warnings().size())
                    .append(")</h2>\n<ul>\n");
            report.warnings().forEach(w -> b.append("<li>").append(esc(w)).append("</li>\n"));
            b.append("</ul>\n");
        }
        b.append("<footer>").append(esc(l.get("report.generated"))).append("</footer>\n</main>\n<script>\n").append(JS)
                .append("</script>\n</body>\n</html>\n");
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void card(StringBuilder b, String value, String label) {
        b.append("<div class=\"card\"><b>").append(esc(value)).append("</b><span>").append(esc(label))
                .append("</span></div>");
    }

    private static void figures(StringBuilder b, ReportView v) {
        List<ReportView.Row> rows = v.figures();
        int half = (rows.size() + 1) / 2;
        b.append("<h2>").append(esc(v.labels.get("summary"))).append("</h2>\n<div class=\"figs\">");
        for (List<ReportView.Row> part : List.of(rows.subList(0, half), rows.subList(half, rows.size()))) {
            b.append("<table>");
            for (ReportView.Row r : part) {
                b.append("<tr><td>").append(esc(r.label())).append("</td><td class=\"n\">").append(esc(r.value()))
                        .append("</td></tr>");
            }
            b.append("</table>");
        }
        b.append("</div>\n");
    }

    private static void violations(StringBuilder b, ReportView v) {
        Labels l = v.labels;
        List<String> areaOrder = new ArrayList<>(v.report.rating().byArea().keySet());
        List<Violation> all = new ArrayList<>(v.worstFirst());
        all.sort(Comparator.comparingInt((Violation x) -> areaOrder.indexOf(x.area())).thenComparing(Violation::waived)
                .thenComparing(Violation::severity));
        b.append("<h2>").append(esc(l.get("violations"))).append(" (").append(all.size()).append(")</h2>\n");
        if (all.isEmpty()) {
            b.append("<p>").append(esc(l.get("violations.none"))).append("</p>\n");
            return;
        }
        Set<String> areas = new LinkedHashSet<>();
        all.forEach(x -> areas.add(x.area()));
        b.append("<div class=\"filters\">").append(esc(l.get("filter"))).append(": <select id=\"f-sev\" onchange=\"anjianFilter()\"><option value=\"\">")
                .append(esc(l.get("severity"))).append(": ").append(esc(l.get("all"))).append("</option>");
        for (String s : List.of("high", "medium", "low")) {
            b.append("<option value=\"").append(s).append("\">").append(esc(l.get("severity." + s.toUpperCase(Locale.ROOT))))
                    .append("</option>");
        }
        b.append("</select> <select id=\"f-area\" onchange=\"anjianFilter()\"><option value=\"\">").append(esc(l.get("area")))
                .append(": ").append(esc(l.get("all"))).append("</option>");
        areas.forEach(a -> b.append("<option value=\"").append(esc(a)).append("\">").append(esc(a + " " + v.area(a)))
                .append("</option>"));
        b.append("</select></div>\n<table id=\"violations\"><thead><tr><th>").append(esc(l.get("severity")))
                .append("</th><th>").append(esc(l.get("requirement"))).append("</th><th>").append(esc(l.get("subject")))
                .append("</th><th>").append(esc(l.get("message"))).append("</th><th class=\"n\">").append(esc(l.get("scoreImpact"))).append("</th></tr></thead>\n");
        String area = null;
        for (Violation x : all) {
            if (!x.area().equals(area)) {
                if (area != null) {
                    b.append("</tbody>\n");
                }
                area = x.area();
                b.append("<tbody><tr class=\"grp\"><td colspan=\"5\">").append(esc(area + " " + v.area(area)))
                        .append("</td></tr>\n");
            }
            violation(b, v, x);
        }
        b.append("</tbody></table>\n");
    }

    private static void violation(StringBuilder b, ReportView v, Violation x) {
        Labels l = v.labels;
        String sev = x.severity().name().toLowerCase(Locale.ROOT);
        String status = x.waived() ? "WAIVED" : x.partial() ? "PARTIAL" : "FAIL";
        b.append("<tr class=\"v\" data-sev=\"").append(sev).append("\" data-area=\"").append(esc(x.area()))
                .append("\"><td><span class=\"sev sev-").append(sev).append("\">").append(esc(v.severity(x.severity())))
                .append("</span></td><td><b>").append(esc(x.requirement())).append("</b> ")
                .append(esc(v.title(x.requirement()))).append("<br><span class=\"st-").append(status).append("\">")
                .append(esc(v.statusOf(x))).append("</span></td><td>").append(esc(v.subject(x.subject())))
                .append("<br><code>").append(esc(ReportView.location(x))).append("</code></td><td>").append(esc(x.message()));
        if (!x.evidence().isEmpty()) {
            b.append("<br>");
            x.evidence().forEach((k, val) -> b.append("<code>").append(esc(k)).append(" = ").append(esc(val))
                    .append("</code> "));
        }
        x.waiver().ifPresent(w -> b.append("<br><i>").append(esc(l.format("waivedBy", w.justification(), w.approvedBy())))
                .append("</i>"));
        b.append("<div class=\"fix\">→ ").append(esc(x.remediation())).append("</div></td><td class=\"n\">")
                .append(ReportView.num(x.scoreImpact())).append("</td></tr>\n");
    }

    private static void unknowns(StringBuilder b, ReportView v) {
        Labels l = v.labels;
        List<UnknownFact> u = v.toCollect();
        b.append("<h2>").append(esc(l.get("unknowns"))).append(" (").append(u.size()).append(")</h2>\n");
        if (u.isEmpty()) {
            b.append("<p>").append(esc(l.get("unknowns.none"))).append("</p>\n");
            return;
        }
        b.append("<table><tr><th>").append(esc(l.get("severity"))).append("</th><th>").append(esc(l.get("requirement")))
                .append("</th><th>").append(esc(l.get("subject"))).append("</th><th>").append(esc(l.get("missing")))
                .append("</th></tr>\n");
        for (UnknownFact x : u) {
            String sev = x.severity().name().toLowerCase(Locale.ROOT);
            b.append("<tr><td><span class=\"sev sev-").append(sev).append("\">").append(esc(v.severity(x.severity())))
                    .append("</span></td><td><b>").append(esc(x.requirement())).append("</b> ")
                    .append(esc(v.title(x.requirement()))).append("</td><td>").append(esc(v.subject(x.subject())))
                    .append("<br><code>").append(esc(ReportView.location(x))).append("</code></td><td>");
            x.missing().forEach(m -> b.append("<code>").append(esc(m)).append("</code> "));
            b.append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private static void fixes(StringBuilder b, ReportView v, Rating g) {
        if (g.nextGrade().isEmpty() || g.fixes().isEmpty()) {
            return;
        }
        Labels l = v.labels;
        b.append("<h2>").append(esc(l.format("fixes", l.word("grade", g.nextGrade().get())))).append("</h2>\n<ol>\n");
        for (Fix f : g.fixes()) {
            b.append("<li><b>").append(esc(f.requirement())).append("</b> ").append(esc(v.title(f.requirement())))
                    .append(" — ").append(esc(v.subject(f.subjectType(), f.subjectId()))).append(" <span class=\"fix\">")
                    .append(esc(l.format("points", ReportView.num(f.scoreImpact())))).append("</span></li>\n");
        }
        b.append("</ol>\n");
    }

    private static void requirements(StringBuilder b, ReportView v) {
        Labels l = v.labels;
        b.append("<h2>").append(esc(l.get("requirements"))).append(" (").append(v.report.requirements().size())
                .append(")</h2>\n<table><tr><th>").append(esc(l.get("requirement"))).append("</th><th>")
                .append(esc(l.get("area"))).append("</th><th>").append(esc(l.get("severity"))).append("</th><th>")
                .append(esc(l.get("status"))).append("</th><th class=\"n\">").append(esc(l.get("value")))
                .append("</th></tr>\n");
        for (RequirementResult q : v.report.requirements()) {
            b.append("<tr><td><b>").append(esc(q.id())).append("</b> ").append(esc(q.title())).append("</td><td>")
                    .append(esc(v.area(q.area()))).append("</td><td>").append(esc(v.severity(q.severity())))
                    .append("</td><td class=\"st-").append(q.status().name()).append("\">").append(esc(v.status(q.status())))
                    .append("</td><td class=\"n\">").append(ReportView.num(q.value())).append("</td></tr>\n");
        }
        b.append("</table>\n");
    }
}

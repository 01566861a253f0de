package io.github.anjian.report.internal;

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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The report as GitHub-flavoured Markdown: rating, form figures, violations, facts to collect, fixes. */
public final class MarkdownRenderer implements Renderer {

    private final RenderContext context;

    /** A renderer with a context (catalog for area names). */
    public MarkdownRenderer(RenderContext context) {
        this.context = context;
    }

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        ReportView v = new ReportView(report, context);
        StringBuilder b = new StringBuilder();
        Labels l = v.labels;
        Rating g = report.rating();
        b.append("# ").append(esc(l.get("report.title") + " — " + report.organizationName())).append("\n\n");
        b.append("- ").append(l.get("organization")).append(": ").append(esc(report.organizationName()))
                .append(" (`").append(report.organizationId().replace("`", "'")).append("`)\n");
        b.append("- ").append(l.get("asOf")).append(": ").append(report.asOf()).append('\n');
        b.append("- ").append(l.get("rulePack")).append(": ").append(esc(report.rulePackName())).append(' ')
                .append(esc(report.rulePackVersion())).append("\n\n");
        b.append("## ").append(l.get("rating")).append("\n\n");
        row(b, l.get("grade"), l.get("conclusion"), l.get("score"), l.get("scoreWithoutWaivers"),
                l.get("scoreOfKnown"), l.get("coverage"));
        row(b, "---", "---", "---:", "---:", "---:", "---:");
        row(b, "**" + v.grade() + "**", v.conclusion(), ReportView.num(g.score()),
                ReportView.num(g.scoreWithoutWaivers()), ReportView.num(g.scoreOfKnown()),
                ReportView.percent(g.coverage()));
        b.append('\n');
        row(b, l.get("severity"), l.get("score"), l.get("requirementStatus"));
        row(b, "---", "---:", "---");
        for (Map.Entry<String, GroupScore> e : g.bySeverity().entrySet()) {
            row(b, l.get("severity." + e.getKey().toUpperCase(java.util.Locale.ROOT)),
                    ReportView.num(e.getValue().score()), v.counts(e.getValue().requirements()));
        }
        b.append("\n### ").append(l.get("byArea")).append("\n\n");
        row(b, l.get("area"), l.get("score"), l.get("requirementStatus"));
        row(b, "---", "---:", "---");
        for (Map.Entry<String, GroupScore> e : g.byArea().entrySet()) {
            row(b, e.getKey() + " " + esc(v.area(e.getKey())), ReportView.num(e.getValue().score()),
                    v.counts(e.getValue().requirements()));
        }
        b.append("\n## ").append(l.get("summary")).append("\n\n");
        row(b, l.get("summary"), l.get("count"));
        row(b, "---", "---:");
        for (ReportView.Row r : v.figures()) {
            row(b, esc(r.label()), r.value());
        }
        violations(b, v);
        unknowns(b, v);
        fixes(b, v, g);
        requirements(b, v);
        if (!report.warnings().isEmpty()) {
            b.append("\n## ").append(l.get("warnings")).append(" (").append(report.warnings().size()).append(")\n\n");
            report.warnings().forEach(w -> b.append("- ").append(esc(w)).append('\n'));
        }
        b.append("\n---\n\n").append(esc(l.get("report.generated"))).append('\n');
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void violations(StringBuilder b, ReportView v) {
        Labels l = v.labels;
        List<Violation> all = v.worstFirst();
        b.append("\n## ").append(l.get("violations")).append(" (").append(all.size()).append(")\n\n");
        if (all.isEmpty()) {
            b.append(l.get("violations.none")).append('\n');
            return;
        }
        row(b, l.get("severity"), l.get("requirement"), l.get("status"), l.get("subject"), l.get("message"),
                l.get("evidence"), l.get("location"), l.get("remediation"), l.get("scoreImpact"));
        row(b, "---", "---", "---", "---", "---", "---", "---", "---", "---:");
        for (Violation x : all) {
            String evidence = x.evidence().entrySet().stream().map(e -> "`" + code(e.getKey()) + "` = " + esc(e.getValue()))
                    .collect(Collectors.joining("<br>"));
            String status = v.statusOf(x) + x.waiver().map(w -> " (" + esc(w.justification()) + ")").orElse("");
            row(b, v.severity(x.severity()), x.requirement() + " " + esc(v.title(x.requirement())), status,
                    esc(v.subject(x.subject())), esc(x.message()), evidence,
                    "`" + code(ReportView.location(x)) + "`", esc(x.remediation()), ReportView.num(x.scoreImpact()));
        }
    }

    private static void unknowns(StringBuilder b, ReportView v) {
        Labels l = v.labels;
        List<UnknownFact> u = v.toCollect();
        b.append("\n## ").append(l.get("unknowns")).append(" (").append(u.size()).append(")\n\n");
        if (u.isEmpty()) {
            b.append(l.get("unknowns.none")).append('\n');
            return;
        }
        row(b, l.get("severity"), l.get("requirement"), l.get("subject"), l.get("missing"), l.get("location"));
        row(b, "---", "---", "---", "---", "---");
        for (UnknownFact x : u) {
            row(b, v.severity(x.severity()), x.requirement() + " " + esc(v.title(x.requirement())),
                    esc(v.subject(x.subject())),
                    x.missing().stream().map(m -> "`" + code(m) + "`").collect(Collectors.joining(", ")),
                    "`" + code(ReportView.location(x)) + "`");
        }
    }

    private static void fixes(StringBuilder b, ReportView v, Rating g) {
        if (g.nextGrade().isEmpty() || g.fixes().isEmpty()) {
            return;
        }
        Labels l = v.labels;
        b.append("\n## ").append(l.format("fixes", l.word("grade", g.nextGrade().get()))).append("\n\n");
        int i = 1;
        for (Fix f : g.fixes()) {
            b.append(i++).append(". ").append(f.requirement()).append(' ').append(esc(v.title(f.requirement())))
                    .append(" — ").append(esc(v.subject(f.subjectType(), f.subjectId()))).append(" (")
                    .append(l.format("points", ReportView.num(f.scoreImpact()))).append(")\n");
        }
    }

    private static void requirements(StringBuilder b, ReportView v) {
        Labels l = v.labels;
        b.append("\n## ").append(l.get("requirements")).append(" (").append(v.report.requirements().size())
                .append(")\n\n");
        List<RequirementResult> errors = v.errors();
        if (!errors.isEmpty()) {
            b.append("> ").append(l.format("errors.note", errors.size())).append("\n\n");
        }
        row(b, l.get("requirement"), l.get("area"), l.get("severity"), l.get("status"), l.get("value"));
        row(b, "---", "---", "---", "---", "---:");
        for (RequirementResult q : v.report.requirements()) {
            row(b, q.id() + " " + esc(q.title()), esc(v.area(q.area())), v.severity(q.severity()), v.status(q.status()),
                    ReportView.num(q.value()));
        }
    }

    private static void row(StringBuilder b, String... cells) {
        b.append('|');
        for (String c : cells) {
            b.append(' ').append(c).append(" |");
        }
        b.append('\n');
    }

    /** Escapes text for a Markdown table cell: markup characters, pipes, HTML, line breaks. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '|', '#', '!' -> b.append('\\').append(c);
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '\n', '\r' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Text inside a code span: no backticks, pipes escaped, one line. */
    private static String code(String s) {
        return s == null ? "" : s.replace('`', '\'').replace("|", "\\|").replace('\n', ' ');
    }
}

package io.github.anjian.report.internal;

import io.github.anjian.catalog.Severity;
import io.github.anjian.rating.Fix;
import io.github.anjian.rating.Grade;
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

/**
 * The terminal summary: rating, counts, the worst violations, the top facts to collect and the
 * fixes to the next grade. Plain text, or with ANSI colour when the context asks for it.
 */
public final class TextRenderer implements Renderer {

    static final int TOP = 10;

    private final RenderContext context;

    /** A renderer with a context (colour, catalog). */
    public TextRenderer(RenderContext context) {
        this.context = context;
    }

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        ReportView v = new ReportView(report, context);
        StringBuilder b = new StringBuilder();
        new Writer(v, new Ansi(context.color()), b).write();
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** ANSI escapes, or nothing. */
    record Ansi(boolean on) {
        String bold(String s) {
            return wrap("1", s);
        }

        String dim(String s) {
            return wrap("2", s);
        }

        String severity(Severity s, String text) {
            return wrap(s == Severity.HIGH ? "31" : s == Severity.MEDIUM ? "33" : "36", text);
        }

        String grade(Grade g, String text) {
            return wrap(g == Grade.POOR ? "1;31" : g == Grade.FAIR ? "1;33" : "1;32", text);
        }

        private String wrap(String code, String s) {
            return on ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
        }
    }

    private record Writer(ReportView v, Ansi a, StringBuilder b) {

        void write() {
            Report r = v.report;
            Labels l = v.labels;
            Rating g = r.rating();
            line(a.bold(l.get("report.title") + " — " + r.organizationName()) + " (" + r.organizationId() + ")");
            line(l.get("asOf") + " " + r.asOf() + " · " + l.get("rulePack") + " " + r.rulePackName() + " "
                    + r.rulePackVersion());
            line("");
            pair(l.get("grade"), a.grade(g.grade(), v.grade()), l.get("conclusion"), v.conclusion());
            pair(l.get("score"), ReportView.num(g.score()), l.get("scoreWithoutWaivers"),
                    ReportView.num(g.scoreWithoutWaivers()));
            pair(l.get("scoreOfKnown"), ReportView.num(g.scoreOfKnown()), l.get("coverage"),
                    ReportView.percent(g.coverage()));
            line(pad(l.get("requirements"), 24) + r.requirements().size() + ": " + v.counts(total(r)));
            for (Map.Entry<String, GroupScore> e : g.bySeverity().entrySet()) {
                Severity s = Severity.valueOf(e.getKey().toUpperCase(java.util.Locale.ROOT));
                line("  " + pad(a.severity(s, v.severity(s)), 8, v.severity(s)) + pad(ReportView.num(e.getValue().score()), 7)
                        + a.dim(v.counts(e.getValue().requirements())));
            }
            violations(l);
            unknowns(l);
            fixes(l, g);
            errors(l);
        }

        private void violations(Labels l) {
            int total = v.report.violations().size();
            heading(l.get("violations") + " (" + total + ")");
            if (total == 0) {
                line("  " + l.get("violations.none"));
            }
            for (Violation x : v.worstFirst(TOP)) {
                String sev = "[" + v.severity(x.severity()) + "]";
                line("  " + a.severity(x.severity(), sev) + " " + a.bold(x.requirement()) + " " + v.statusOf(x) + "  "
                        + v.subject(x.subject()) + "  " + l.format("points", ReportView.num(x.scoreImpact())));
                line("      " + x.message());
                line("      " + a.dim(ReportView.location(x)));
                line("      → " + x.remediation());
            }
            more(l, total);
        }

        private void unknowns(Labels l) {
            int total = v.report.unknowns().size();
            heading(l.get("unknowns") + " (" + total + ")");
            if (total == 0) {
                line("  " + l.get("unknowns.none"));
            }
            for (UnknownFact x : v.toCollect(TOP)) {
                line("  " + a.severity(x.severity(), "[" + v.severity(x.severity()) + "]") + " " + x.requirement() + "  "
                        + v.subject(x.subject()) + ": " + String.join(", ", x.missing()));
            }
            more(l, total);
        }

        private void fixes(Labels l, Rating g) {
            if (g.nextGrade().isEmpty() || g.fixes().isEmpty()) {
                return;
            }
            heading(l.format("fixes", l.word("grade", g.nextGrade().get())) + " (" + g.fixes().size() + ")");
            for (Fix f : g.fixes().subList(0, Math.min(TOP, g.fixes().size()))) {
                line("  " + f.requirement() + "  " + v.subject(f.subjectType(), f.subjectId()) + "  "
                        + l.format("points", ReportView.num(f.scoreImpact())));
            }
            more(l, g.fixes().size());
        }

        private void errors(Labels l) {
            List<RequirementResult> errors = v.errors();
            if (errors.isEmpty()) {
                return;
            }
            heading(l.get("errors") + " (" + errors.size() + ")");
            line("  " + l.format("errors.note", errors.size()));
            StringBuilder ids = new StringBuilder("  ");
            for (RequirementResult q : errors) {
                if (ids.length() > 90) {
                    line(ids.toString().stripTrailing());
                    ids = new StringBuilder("  ");
                }
                ids.append(q.id()).append(' ');
            }
            line(ids.toString().stripTrailing());
        }

        private static io.github.anjian.rating.Counts total(Report r) {
            io.github.anjian.rating.Counts c = io.github.anjian.rating.Counts.ZERO;
            for (RequirementResult q : r.requirements()) {
                c = c.plus(q.status());
            }
            return c;
        }

        private void more(Labels l, int size) {
            if (size > TOP) {
                line("  " + a.dim(l.format("more", size - TOP)));
            }
        }

        private void heading(String s) {
            line("");
            line(a.bold(s));
        }

        private void pair(String k1, String v1, String k2, String v2) {
            line(pad(k1, 24) + pad(v1, 16, strip(v1)) + pad(k2, 24) + v2);
        }

        private void line(String s) {
            b.append(s).append('\n');
        }

        private static String strip(String s) {
            return s.replaceAll("\u001b\\[[0-9;]*m", "");
        }

        private static String pad(String s, int width) {
            return pad(s, width, s);
        }

        /** Pads {@code s} to a display width measured on {@code visible} (CJK counts two). */
        private static String pad(String s, int width, String visible) {
            int w = 0;
            for (int i = 0; i < visible.length(); i++) {
                char c = visible.charAt(i);
                w += c >= 0x2E80 && c <= 0xFFEF ? 2 : 1;
            }
            return s + " ".repeat(Math.max(1, width - w));
        }
    }
}

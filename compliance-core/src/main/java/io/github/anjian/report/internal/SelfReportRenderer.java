package io.github.anjian.report.internal;

import io.github.anjian.report.RenderContext;
import io.github.anjian.report.Renderer;
import io.github.anjian.report.Report;
import io.github.anjian.report.selfreport.SelfReport;
import io.github.anjian.report.selfreport.SelfReport.Block;
import io.github.anjian.report.selfreport.SelfReport.NumberedList;
import io.github.anjian.report.selfreport.SelfReport.Paragraph;
import io.github.anjian.report.selfreport.SelfReport.Section;
import io.github.anjian.report.selfreport.SelfReport.Subheading;
import io.github.anjian.report.selfreport.SelfReport.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The self-inspection report (自查报告) as Markdown, written from the facts in the context. */
public final class SelfReportRenderer implements Renderer {

    private final RenderContext context;

    /**
     * A renderer with a context that carries the facts.
     *
     * @throws IllegalArgumentException when the context has no facts
     */
    public SelfReportRenderer(RenderContext context) {
        if (context.facts().isEmpty()) {
            throw new IllegalArgumentException("the self-inspection report is written from facts: use RenderContext.withFacts");
        }
        this.context = context;
    }

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        SelfReport doc = SelfReport.of(report, context.facts().orElseThrow(), context);
        out.write(markdown(doc).getBytes(StandardCharsets.UTF_8));
    }

    /** The document as Markdown. */
    public static String markdown(SelfReport doc) {
        boolean zh = doc.lang() == io.github.anjian.catalog.Lang.ZH;
        StringBuilder b = new StringBuilder();
        b.append("# ").append(esc(doc.title())).append("\n\n");
        b.append(zh ? "单位：" : "Unit: ").append(esc(doc.unit())).append("  \n");
        b.append(zh ? "日期：" : "Date: ").append(doc.dateText()).append("\n\n");
        b.append(esc(doc.intro())).append("\n");
        for (Section s : doc.sections()) {
            b.append("\n## ").append(esc(s.heading())).append("\n");
            for (Block k : s.blocks()) {
                b.append('\n');
                if (k instanceof Paragraph p) {
                    b.append(esc(p.text())).append('\n');
                } else if (k instanceof Subheading h) {
                    b.append("### ").append(esc(h.text())).append('\n');
                } else if (k instanceof NumberedList l) {
                    int i = 1;
                    for (String item : l.items()) {
                        b.append(i++).append(". ").append(esc(item)).append('\n');
                    }
                } else if (k instanceof Table t) {
                    if (!t.caption().isEmpty()) {
                        b.append("**").append(esc(t.caption())).append("**\n\n");
                    }
                    row(b, t.header());
                    b.append('|');
                    t.header().forEach(h -> b.append(" --- |"));
                    b.append('\n');
                    t.rows().forEach(r -> row(b, r));
                }
            }
        }
        b.append("\n---\n\n").append(esc(doc.footer())).append('\n');
        return b.toString();
    }

    private static void row(StringBuilder b, List<String> cells) {
        b.append('|');
        for (String c : cells) {
            b.append(' ').append(esc(c)).append(" |");
        }
        b.append('\n');
    }

    private static String esc(String s) {
        return MarkdownRenderer.esc(s);
    }
}

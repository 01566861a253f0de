package io.github.anjian.report.selfreport;

import io.github.anjian.catalog.Lang;
import io.github.anjian.facts.Facts;
import io.github.anjian.report.RenderContext;
import io.github.anjian.report.Report;
import io.github.anjian.report.internal.SelfReportBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * The self-inspection report (自查报告) of one check, as a document: a title, the unit, the date and
 * numbered sections of paragraphs, numbered lists and tables, in the inspection's structure
 * (一、基本情况 … 九、整改措施和计划, then the facts to be confirmed and the form's figures).
 *
 * <p>Every sentence is drawn from a stated fact or an outcome: a fact stated {@code none} is written as
 * an absence ("未设立…"), a fact that is absent is never written as done but listed among the facts to
 * be confirmed (待核实事项). The Markdown rendering ({@link io.github.anjian.report.Format#SELFREPORT})
 * and the runner's Word rendering both write this model, so they say the same.
 *
 * <pre>{@code
 * SelfReport doc = SelfReport.of(report, facts, RenderContext.of(pack.catalog()));
 * doc.sections().forEach(s -> log.info("{}", s.heading()));
 * }</pre>
 *
 * @param lang the language the report is written in (the report's)
 * @param title the title, e.g. {@code 某局信息安全自查报告}
 * @param unit the name of the organization
 * @param date the evaluation date (the report's {@code asOf})
 * @param intro the opening paragraph
 * @param sections the numbered sections, in order
 * @param footer a closing note on how the report was made
 */
public record SelfReport(Lang lang, String title, String unit, LocalDate date, String intro,
                         List<Section> sections, String footer) {

    /** Copies the list. */
    public SelfReport {
        sections = List.copyOf(sections);
    }

    /**
     * Writes the self-inspection report of a check from its report and the facts it was made from.
     *
     * @param report the result of the check (its language is the document's)
     * @param facts the facts the check read
     * @param context the catalog, for area names; colour is ignored
     * @return the document; deterministic for the same report and facts
     */
    public static SelfReport of(Report report, Facts facts, RenderContext context) {
        return SelfReportBuilder.build(report, facts, context);
    }

    /** The date as written in the document: {@code 2025年12月31日} or {@code 31 December 2025}. */
    public String dateText() {
        return lang == Lang.ZH ? date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日"
                : date.getDayOfMonth() + " " + date.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                        java.util.Locale.ENGLISH) + " " + date.getYear();
    }

    /**
     * One numbered section.
     *
     * @param heading the heading with its number, e.g. {@code 一、基本情况}
     * @param blocks the content, in order
     */
    public record Section(String heading, List<Block> blocks) {

        /** Copies the list. */
        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    /** A piece of a section's content. */
    public sealed interface Block permits Paragraph, Subheading, NumberedList, Table {
    }

    /**
     * A paragraph of running text.
     *
     * @param text the text, plain (no markup)
     */
    public record Paragraph(String text) implements Block {
    }

    /**
     * A heading below the section's, e.g. {@code （一）门户网站}.
     *
     * @param text the heading text with its number
     */
    public record Subheading(String text) implements Block {
    }

    /**
     * A numbered list; the numbers are the renderer's.
     *
     * @param items the items, plain text
     */
    public record NumberedList(List<String> items) implements Block {

        /** Copies the list. */
        public NumberedList {
            items = List.copyOf(items);
        }
    }

    /**
     * A table with a header row.
     *
     * @param caption the caption above the table, may be empty
     * @param header the column headings
     * @param rows the rows, each as wide as the header
     */
    public record Table(String caption, List<String> header, List<List<String>> rows) implements Block {

        /** Copies the lists. */
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}

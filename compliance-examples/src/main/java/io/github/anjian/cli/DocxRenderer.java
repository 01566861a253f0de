package io.github.anjian.cli;

import io.github.anjian.catalog.Lang;
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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The self-inspection report (自查报告) as a Word document ({@code --format docx}), written with Apache
 * POI from the same {@link SelfReport} as the Markdown rendering: a title, the unit and date, the
 * numbered sections as real Word headings (Heading 1 and 2, so the navigation pane lists them), the
 * problems and measures as numbered lists, and the tables.
 *
 * <p>The output is deterministic: the document's dates are the report's {@code asOf}, no random ids
 * are written, and the ZIP entries carry a fixed time, so the same facts give the same bytes.
 */
final class DocxRenderer implements Renderer {

    /** Fonts: body 仿宋, headings 黑体, title 宋体 bold, with Latin fallbacks. */
    private static final String BODY_CJK = "仿宋";
    private static final String HEADING_CJK = "黑体";
    private static final String TITLE_CJK = "宋体";
    private static final String LATIN = "Times New Roman";

    private final RenderContext context;

    DocxRenderer(RenderContext context) {
        this.context = context;
    }

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        SelfReport doc = SelfReport.of(report, context.facts().orElseThrow(
                () -> new IllegalArgumentException("the self-inspection report is written from facts")), context);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (XWPFDocument d = new XWPFDocument()) {
            write(doc, d);
            d.write(raw);
        }
        normalize(raw.toByteArray(), out);
    }

    static void write(SelfReport doc, XWPFDocument d) {
        styles(d);
        POIXMLProperties.CoreProperties core = d.getProperties().getCoreProperties();
        Date when = Date.from(doc.date().atStartOfDay().toInstant(ZoneOffset.UTC));
        core.setCreated(Optional.of(when));
        core.setModified(Optional.of(when));
        core.setCreator("Anjian");
        core.setLastModifiedByUser("Anjian");
        core.setTitle(doc.title());
        core.setSubjectProperty(doc.unit());

        XWPFParagraph title = d.createParagraph();
        title.setStyle("Title");
        title.setAlignment(ParagraphAlignment.CENTER);
        title.createRun().setText(doc.title());

        boolean zh = doc.lang() == Lang.ZH;
        XWPFParagraph meta = d.createParagraph();
        meta.setAlignment(ParagraphAlignment.CENTER);
        meta.createRun().setText((zh ? "单位：" : "Unit: ") + doc.unit());
        meta.createRun().addBreak();
        meta.createRun().setText((zh ? "日期：" : "Date: ") + doc.dateText());

        body(d, doc.intro());
        XWPFNumbering numbering = d.createNumbering();
        int lists = 0;
        for (Section s : doc.sections()) {
            XWPFParagraph h = d.createParagraph();
            h.setStyle("Heading1");
            h.createRun().setText(s.heading());
            for (Block b : s.blocks()) {
                if (b instanceof Paragraph p) {
                    body(d, p.text());
                } else if (b instanceof Subheading sh) {
                    XWPFParagraph h2 = d.createParagraph();
                    h2.setStyle("Heading2");
                    h2.createRun().setText(sh.text());
                } else if (b instanceof NumberedList l) {
                    BigInteger num = newList(numbering, lists++);
                    for (String item : l.items()) {
                        XWPFParagraph p = d.createParagraph();
                        p.setStyle("ListParagraph");
                        p.setNumID(num);
                        p.setNumILvl(BigInteger.ZERO);
                        p.createRun().setText(item);
                    }
                } else if (b instanceof Table t) {
                    table(d, t);
                }
            }
        }
        XWPFParagraph foot = d.createParagraph();
        foot.setStyle("Footnote");
        foot.createRun().setText(doc.footer());
    }

    private static void body(XWPFDocument d, String text) {
        XWPFParagraph p = d.createParagraph();
        p.setStyle("BodyText");
        p.createRun().setText(text);
    }

    private static void table(XWPFDocument d, Table t) {
        if (!t.caption().isEmpty()) {
            XWPFParagraph c = d.createParagraph();
            c.setStyle("Caption");
            c.setAlignment(ParagraphAlignment.CENTER);
            c.createRun().setText(t.caption());
        }
        XWPFTable table = d.createTable(t.rows().size() + 1, t.header().size());
        table.setWidth("100%");
        fill(table.getRow(0), t.header(), true);
        for (int i = 0; i < t.rows().size(); i++) {
            fill(table.getRow(i + 1), t.rows().get(i), false);
        }
        table.getRow(0).setRepeatHeader(true);
        d.createParagraph();
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean header) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFTableCell cell = row.getCell(i);
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setStyle("TableText");
            XWPFRun r = p.createRun();
            r.setText(cells.get(i));
            r.setBold(header);
        }
    }

    /** A decimal list "1." that starts at one: its own abstract numbering (ids by order: deterministic). */
    private static BigInteger newList(XWPFNumbering numbering, int n) {
        CTAbstractNum an = CTAbstractNum.Factory.newInstance();
        an.setAbstractNumId(BigInteger.valueOf(n));
        CTLvl lvl = an.addNewLvl();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
        lvl.addNewLvlText().setVal("%1.");
        lvl.addNewLvlJc().setVal(STJc.LEFT);
        var ind = lvl.addNewPPr().addNewInd();
        ind.setLeft(BigInteger.valueOf(840));
        ind.setHanging(BigInteger.valueOf(420));
        BigInteger abs = numbering.addAbstractNum(new XWPFAbstractNum(an, numbering));
        return numbering.addNum(abs);
    }

    // ------------------------------------------------------------------ styles

    private static void styles(XWPFDocument d) {
        XWPFStyles styles = d.createStyles();
        styles.addStyle(style(styles, "Normal", "Normal", null, -1, BODY_CJK, 24, false, 0, 0, false));
        styles.addStyle(style(styles, "Title", "Title", "Normal", -1, TITLE_CJK, 44, true, 240, 240, false));
        styles.addStyle(style(styles, "Heading1", "heading 1", "Normal", 0, HEADING_CJK, 32, false, 240, 120, false));
        styles.addStyle(style(styles, "Heading2", "heading 2", "Normal", 1, "楷体", 28, true, 120, 60, false));
        styles.addStyle(style(styles, "BodyText", "Body Text", "Normal", -1, BODY_CJK, 24, false, 0, 60, true));
        styles.addStyle(style(styles, "ListParagraph", "List Paragraph", "Normal", -1, BODY_CJK, 24, false, 0, 60, false));
        styles.addStyle(style(styles, "Caption", "caption", "Normal", -1, HEADING_CJK, 22, false, 120, 60, false));
        styles.addStyle(style(styles, "TableText", "Table Text", "Normal", -1, TITLE_CJK, 21, false, 0, 0, false));
        styles.addStyle(style(styles, "Footnote", "Footer Note", "Normal", -1, BODY_CJK, 18, false, 240, 0, false));
    }

    private static XWPFStyle style(XWPFStyles styles, String id, String name, String basedOn, int outline, String cjk,
                                   int halfPoints, boolean bold, int before, int after, boolean indentFirst) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
            s.addNewNext().setVal(outline >= 0 || "Title".equals(id) ? "BodyText" : id);
        } else {
            s.setDefault(true);
        }
        s.addNewQFormat();
        CTPPrGeneral p = s.addNewPPr();
        CTSpacing sp = p.addNewSpacing();
        sp.setBefore(BigInteger.valueOf(before));
        sp.setAfter(BigInteger.valueOf(after));
        sp.setLine(BigInteger.valueOf(outline >= 0 || "Title".equals(id) || "TableText".equals(id) ? 240 : 360));
        sp.setLineRule(STLineSpacingRule.AUTO);
        if (outline >= 0) {
            p.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            p.addNewKeepNext();
        }
        if (indentFirst) {
            var ind = p.addNewInd();
            ind.setFirstLineChars(BigInteger.valueOf(200));
            ind.setFirstLine(BigInteger.valueOf(480));
        }
        CTRPr r = s.addNewRPr();
        CTFonts f = r.addNewRFonts();
        f.setAscii(LATIN);
        f.setHAnsi(LATIN);
        f.setEastAsia(cjk);
        if (bold) {
            r.addNewB();
        }
        r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        r.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        return new XWPFStyle(s, styles);
    }

    // ------------------------------------------------------------------ deterministic bytes

    /** Fixed time for every ZIP entry (1980-01-01, the earliest a ZIP can hold), so runs compare byte for byte. */
    private static final long ZIP_TIME = java.time.LocalDateTime.of(1980, 1, 1, 0, 0)
            .atZone(java.time.ZoneId.systemDefault()).toInstant().toEpochMilli();

    /** Copies a ZIP with every entry's time fixed and the entries in their written order. */
    static void normalize(byte[] zip, OutputStream out) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(buffer)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(ZIP_TIME);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        buffer.writeTo(out);
    }
}

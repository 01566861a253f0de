package io.github.anjian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The self-inspection report (自查报告) of the seed example: what it says, and the Word file. */
class SelfReportIT {

    static final String SEED = GoldenIT.SEED;

    static String zh() {
        Jar.Run r = Jar.run("check", SEED, "--as-of", "2025-12-31", "--fail-on", "none", "--format", "selfreport");
        assertThat(r.code()).as(r.stderr()).isZero();
        return r.out();
    }

    /** Every fact that shared/seed/self-inspection-report.txt states appears in the generated Chinese text. */
    @Test
    void the_report_covers_every_fact_of_the_original() {
        String md = zh();
        assertThat(md).as("Chinese by default, without --lang").startsWith("# 本局信息安全自查报告");
        List<String> facts = List.of(
                "本单位共有信息系统5个",                         // 5 systems
                "面向社会公众提供服务的2个",                     // 2 public-facing
                "委托第三方开展日常运维管理的1个（门户网站）",     // 1 run by a contractor
                "成立了信息安全工作领导小组，由副局长Yan Lu任组长", // the leading group headed by Yan Lu
                "成员包括办公室主任等",                          // heads of departments as members
                "确定局办公室为信息安全管理工作的具体承办部门",     // the office as the working body
                "由办公室主任具体负责",
                "配备了兼职信息安全员",                          // the part-time security officer
                "建立了信息安全责任制",
                "建立了责任追究制度",
                "软件安装使用管理制度",
                "门户网站委托昆明彩众科贸有限公司文山分公司运维管理，签订了服务协议，协议明确了相关安全事项",
                "实行集中安全管理",                              // centralized management
                "设置了登录口令，不定期更换",
                "上网实行实名登记",                              // real-name Internet access
                "绑定IP与MAC地址",                               // IP-MAC binding
                "指定固定IP地址",
                "安装了防病毒软件",                              // antivirus
                "定期开展漏洞扫描和病毒木马检测",
                "不用于处理涉密信息",
                "落实了网站信息发布审核制度，做到先审后发",        // the portal's approval workflow
                "边界防护（防火墙）",                             // border protection
                "防拒绝服务攻击",                                // anti-DoS
                "网页防篡改",                                    // anti-tamper
                "定期开展漏洞扫描和木马检测",
                "全部5个信息系统均定期备份安全日志，定期开展安全分析",
                "依据《云南省网络与信息安全事件应急预案》精神，制定了《信息安全应急预案》", // the plan based on Yunnan's
                "组织开展了相应的宣传培训",
                "明确昆明彩众科贸有限公司文山分公司为本单位应急技术支撑队伍", // contractor as technical support
                "未发生信息安全事件",                            // no incidents
                "全体领导干部和工作人员参加了信息安全教育培训",    // training of all staff
                "信息安全管理和技术人员参加了信息安全专业培训",
                "定期开展日常信息安全检查",
                "办公计算机的CPU非国产",                          // foreign CPUs as a risk
                "办公计算机的办公软件（Microsoft Word）非国产");   // Microsoft Word as a risk
        assertThat(facts).allSatisfy(f -> assertThat(md).contains(f));
    }

    @Test
    void the_report_has_the_sections_of_the_inspection_in_order() {
        String md = zh();
        List<String> headings = List.of("## 一、基本情况", "## 二、组织管理", "## 三、日常管理", "## 四、技术防护", "## 五、应急管理",
                "## 六、教育培训", "## 七、检查与整改", "## 八、存在的问题和风险", "## 九、整改措施和计划", "## 十、待核实事项",
                "## 附表：检查表主要数据");
        int at = -1;
        for (String h : headings) {
            int i = md.indexOf(h);
            assertThat(i).as(h).isGreaterThan(at);
            at = i;
        }
    }

    @Test
    void unknown_facts_are_to_be_confirmed_never_written_as_done() {
        String md = zh();
        String body = md.substring(0, md.indexOf("## 八、"));
        String toConfirm = md.substring(md.indexOf("## 十、"), md.indexOf("## 附表"));
        // backups, the MLPS level and log retention are not stated by the bureau
        assertThat(body).doesNotContain("本地备份").doesNotContain("异地备份").doesNotContain("第三级").doesNotContain("日志留存");
        assertThat(toConfirm).contains("安全保护等级：全部5个信息系统").contains("本地备份：全部5个信息系统")
                .contains("日志留存天数：全部5个信息系统").contains("分管网络与信息安全工作的领导：本单位");
        // a finding without an owner says so rather than inventing one
        assertThat(md).contains("责任人和整改时限尚未载明");
    }

    @Test
    void docx_reads_back_with_headings_lists_and_the_figures_table(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.docx");
        Jar.Run r = Jar.run("check", SEED, "--as-of", "2025-12-31", "--fail-on", "none", "--format", "docx", "--output",
                file.toString());
        assertThat(r.code()).as(r.stderr()).isZero();
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertThat(headings).startsWith("一、基本情况", "二、组织管理", "三、日常管理", "四、技术防护", "五、应急管理",
                    "六、教育培训", "七、检查与整改", "八、存在的问题和风险", "九、整改措施和计划");
            assertThat(doc.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal().intValue())
                    .as("a real heading: the navigation pane lists it").isZero();
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("本局信息安全自查报告");
            List<XWPFParagraph> numbered = doc.getParagraphs().stream().filter(p -> p.getNumID() != null).toList();
            assertThat(numbered).extracting(XWPFParagraph::getText)
                    .anyMatch(t -> t.contains("办公计算机的CPU非国产"))
                    .anyMatch(t -> t.startsWith("针对“终端采用国产办公软件”"));
            XWPFTable figures = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(figures.getRow(0).getCell(0).getText()).isEqualTo("项目");
            assertThat(figures.getRow(1).getCell(0).getText()).isEqualTo("信息系统总数");
            assertThat(figures.getRow(1).getCell(1).getText()).isEqualTo("5");
            assertThat(doc.getProperties().getCoreProperties().getCreated())
                    .isEqualTo(java.util.Date.from(java.time.Instant.parse("2025-12-31T00:00:00Z")));
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String xml = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(xml).contains("基本情况").doesNotContain("w:rsid");
        }
    }

    @Test
    void docx_is_byte_identical_between_runs_and_goes_to_a_redirected_stdout(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.docx");
        Jar.run("check", SEED, "--as-of", "2025-12-31", "--fail-on", "none", "--format", "docx", "-o", a.toString());
        Jar.Run piped = Jar.run("check", SEED, "--as-of", "2025-12-31", "--fail-on", "none", "--format", "docx");
        assertThat(piped.code()).as(piped.stderr()).isZero();
        assertThat(piped.stdout()).as("same bytes: fixed dates, no random ids").isEqualTo(Files.readAllBytes(a));
    }

    @Test
    void english_on_request() {
        Jar.Run r = Jar.run("check", SEED, "--as-of", "2025-12-31", "--fail-on", "none", "--format", "selfreport", "--lang", "en");
        assertThat(r.out()).startsWith("# Information Security Self-Inspection Report of")
                .contains("## 8. Problems and risks found").contains("Office computers: the CPU is not domestic");
    }
}

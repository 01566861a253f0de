package io.github.anjian.report.internal;

import io.github.anjian.catalog.Lang;
import io.github.anjian.catalog.Severity;
import io.github.anjian.engine.Outcome;
import io.github.anjian.engine.Reason;
import io.github.anjian.engine.Status;
import io.github.anjian.engine.Subject;
import io.github.anjian.facts.Facts;
import io.github.anjian.facts.FieldDocs;
import io.github.anjian.facts.Finding;
import io.github.anjian.facts.FindingStatus;
import io.github.anjian.facts.InfoSystem;
import io.github.anjian.facts.Items;
import io.github.anjian.facts.Organization;
import io.github.anjian.facts.Value;
import io.github.anjian.rating.Rating;
import io.github.anjian.report.Figure;
import io.github.anjian.report.RenderContext;
import io.github.anjian.report.Report;
import io.github.anjian.report.RequirementResult;
import io.github.anjian.report.Summary;
import io.github.anjian.report.UnknownFact;
import io.github.anjian.report.Violation;
import io.github.anjian.report.selfreport.SelfReport;
import io.github.anjian.report.selfreport.SelfReport.Block;
import io.github.anjian.report.selfreport.SelfReport.NumberedList;
import io.github.anjian.report.selfreport.SelfReport.Paragraph;
import io.github.anjian.report.selfreport.SelfReport.Section;
import io.github.anjian.report.selfreport.SelfReport.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes the {@link SelfReport} of a check: the sections of the inspection's self-inspection report,
 * each sentence from a stated fact ({@link FactText}) or an outcome of the report. Not thread-safe; one
 * instance per document.
 */
public final class SelfReportBuilder {

    private final Report report;
    private final Facts facts;
    private final FactText w;
    private final ReportView view;
    private final FieldDocs docs;
    private final Lang lang;

    private SelfReportBuilder(Report report, Facts facts, RenderContext context) {
        this.report = report;
        this.facts = facts;
        this.lang = report.lang();
        this.docs = FieldDocs.load();
        this.w = new FactText(facts, lang, docs);
        this.view = new ReportView(report, context);
    }

    /** The document of a check; see {@link SelfReport#of}. */
    public static SelfReport build(Report report, Facts facts, RenderContext context) {
        return new SelfReportBuilder(report, facts, context).build();
    }

    private String t(String zh, String en) {
        return lang == Lang.ZH ? zh : en;
    }

    private SelfReport build() {
        String unit = w.local(report.organizationName());
        String title = t(unit + "信息安全自查报告", "Information Security Self-Inspection Report of " + unit);
        int applicable = (int) report.requirements().stream().filter(q -> q.status() != Status.NOT_APPLICABLE).count();
        String intro = t("根据政府信息系统安全检查工作要求，本报告依据" + unit + "截至" + w.date(report.asOf())
                        + "的信息安全情况事实，对照“" + report.rulePackName() + "”（" + report.rulePackVersion() + "）的"
                        + report.requirements().size() + "项检查要求（适用" + applicable + "项）逐项检查后形成。现将自查情况报告如下。",
                "Following the requirements of the government information-system security inspection, this report was "
                        + "made from the facts of " + unit + " as of " + w.date(report.asOf()) + ", checked against the "
                        + report.requirements().size() + " requirements (" + applicable + " applicable) of "
                        + report.rulePackName() + " " + report.rulePackVersion() + ". The results are as follows.");
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(t("一、基本情况", "1. Overview"), overview()));
        sections.add(new Section(t("二、组织管理", "2. Organization and responsibility"), w.organization()));
        sections.add(new Section(t("三、日常管理", "3. Daily management"), w.daily()));
        sections.add(new Section(t("四、技术防护", "4. Technical protection"), w.technical()));
        sections.add(new Section(t("五、应急管理", "5. Emergency management"), w.emergency()));
        sections.add(new Section(t("六、教育培训", "6. Education and training"), w.training()));
        sections.add(new Section(t("七、检查与整改", "7. Inspection and remediation"), inspection()));
        sections.add(new Section(t("八、存在的问题和风险", "8. Problems and risks found"), problems()));
        sections.add(new Section(t("九、整改措施和计划", "9. Remediation measures and plan"), measures()));
        sections.add(new Section(t("十、待核实事项", "10. Facts to be confirmed"), toConfirm()));
        sections.add(new Section(t("附表：检查表主要数据", "Annex: figures of the inspection form"), figures()));
        String footer = view.labels.get("report.generated");
        return new SelfReport(lang, title, unit, report.asOf(), intro, sections, footer);
    }

    // ---------------------------------------------------------------- 一、基本情况

    private List<Block> overview() {
        List<Block> out = new ArrayList<>();
        Organization org = facts.organization().orElse(null);
        if (org != null) {
            List<String> c = new ArrayList<>();
            if (org.region().isStated()) {
                c.add(t("位于" + w.local(org.region().get()), "is located in " + w.local(org.region().get())));
            }
            if (org.staffCount().isStated()) {
                c.add(t("现有工作人员" + org.staffCount().get() + "人", "has " + org.staffCount().get() + " staff"));
            }
            if (!c.isEmpty()) {
                out.add(new Paragraph(t(w.local(org.name()) + String.join("，", c) + "。",
                        w.local(org.name()) + " " + String.join(" and ", c) + ".")));
            }
        }
        Summary s = report.summary();
        if (facts.systems().isStated()) {
            List<InfoSystem> systems = facts.systems().get().items();
            StringBuilder b = new StringBuilder();
            b.append(t("本单位共有信息系统" + w.fig(s.systemsTotal(), "个"),
                    "The organization has " + w.fig(s.systemsTotal(), "") + " information systems"));
            List<String> parts = new ArrayList<>();
            List<String> pub = systems.stream().filter(x -> x.publicFacing().isEqualTo(true)).map(w::system).toList();
            if (!s.systemsPublicFacing().isUnknown()) {
                parts.add(t("面向社会公众提供服务的" + w.fig(s.systemsPublicFacing(), "个") + names(pub),
                        w.fig(s.systemsPublicFacing(), "") + " serving the public" + names(pub)));
            }
            List<String> ctr = systems.stream().filter(x -> x.operations().flatMap(o -> o.by())
                    .isEqualTo(io.github.anjian.facts.OperatedBy.CONTRACTOR)).map(w::system).toList();
            if (!s.systemsContractorOperated().isUnknown()) {
                parts.add(t("委托第三方开展日常运维管理的" + w.fig(s.systemsContractorOperated(), "个") + names(ctr),
                        w.fig(s.systemsContractorOperated(), "") + " operated day to day by a third party" + names(ctr)));
            }
            if (!parts.isEmpty()) {
                b.append(t("，其中", ", of which ")).append(String.join(t("，", "; "), parts));
            }
            b.append(t("。", "."));
            out.add(new Paragraph(b.toString()));
            out.add(new Paragraph(mlps(s)));
            out.add(w.systemTable());
        }
        return out;
    }

    private String names(List<String> names) {
        return names.isEmpty() ? "" : t("（" + String.join("、", names) + "）", " (" + String.join("; ", names) + ")");
    }

    private String mlps(Summary s) {
        List<String> known = new ArrayList<>();
        int unknown = 0;
        for (Map.Entry<String, Figure> e : s.systemsByLevel().entrySet()) {
            Figure f = e.getValue();
            if ("unknown".equals(e.getKey())) {
                unknown = f.isUnknown() ? 0 : f.value();
            } else if (!f.isUnknown() && f.value() > 0) {
                known.add(t("第" + w.level(Integer.parseInt(e.getKey())) + "级" + w.fig(f, "个"),
                        w.fig(f, "") + " at level " + e.getKey()));
            }
        }
        StringBuilder b = new StringBuilder();
        if (!known.isEmpty()) {
            b.append(t("已确定安全保护等级的系统中，" + String.join("、", known) + "；",
                    "Of the systems with a security protection level, " + String.join(", ", known) + "; "));
            if (!s.systemsFiled().isUnknown() && (s.systemsFiled().value() > 0 || !s.systemsFiled().atLeast())) {
                b.append(t("已向公安机关备案的" + w.fig(s.systemsFiled(), "个") + "。",
                        w.fig(s.systemsFiled(), "") + " filed with the public-security organ. "));
            }
        }
        if (unknown > 0) {
            b.append(t(unknown + "个系统的安全保护等级和备案情况在事实中未载明，列入待核实事项。",
                    "The security protection level and filing of " + unknown
                            + " systems are not stated; they are listed among the facts to be confirmed."));
        }
        return b.toString().trim();
    }

    // ---------------------------------------------------------------- 七、检查与整改

    private List<Block> inspection() {
        List<Block> out = new ArrayList<>(w.inspections());
        List<String> passed = report.requirements().stream().filter(q -> q.status() == Status.PASS)
                .map(q -> t(q.title() + "（" + q.id() + "）", q.title() + " (" + q.id() + ")")).toList();
        if (!passed.isEmpty()) {
            out.add(new Paragraph(t("经自查，以下检查项符合要求：" + String.join("；", passed) + "。",
                    "These requirements are met: " + String.join("; ", passed) + ".")));
        }
        Map<Status, Integer> n = new LinkedHashMap<>();
        for (RequirementResult q : report.requirements()) {
            n.merge(q.status(), 1, Integer::sum);
        }
        Rating g = report.rating();
        out.add(new Paragraph(t("本次自查对照" + report.requirements().size() + "项检查要求：通过" + n.getOrDefault(Status.PASS, 0)
                        + "项，不通过" + n.getOrDefault(Status.FAIL, 0) + "项，部分符合" + n.getOrDefault(Status.PARTIAL, 0)
                        + "项，因事实不足暂无法判定" + n.getOrDefault(Status.UNKNOWN, 0) + "项，不适用"
                        + n.getOrDefault(Status.NOT_APPLICABLE, 0) + "项"
                        + (n.containsKey(Status.ERROR) ? "，判定出错" + n.get(Status.ERROR) + "项" : "") + "。得分"
                        + ReportView.num(g.score()) + "分（已判定部分得分" + ReportView.num(g.scoreOfKnown()) + "分，覆盖率"
                        + ReportView.percent(g.coverage()) + "），评级为“" + view.grade() + "”，结论为“" + view.conclusion()
                        + "”。得分仅反映已载明的事实，待核实事项核实后应重新评估。",
                "Against the " + report.requirements().size() + " requirements: " + n.getOrDefault(Status.PASS, 0)
                        + " passed, " + n.getOrDefault(Status.FAIL, 0) + " failed, " + n.getOrDefault(Status.PARTIAL, 0)
                        + " partly met, " + n.getOrDefault(Status.UNKNOWN, 0) + " could not be decided for lack of facts, "
                        + n.getOrDefault(Status.NOT_APPLICABLE, 0) + " not applicable"
                        + (n.containsKey(Status.ERROR) ? ", " + n.get(Status.ERROR) + " in error" : "") + ". Score "
                        + ReportView.num(g.score()) + " (score of the decided part " + ReportView.num(g.scoreOfKnown())
                        + ", coverage " + ReportView.percent(g.coverage()) + "), grade " + view.grade() + ", conclusion "
                        + view.conclusion() + ". The score reflects the stated facts only; it should be re-assessed once "
                        + "the facts to be confirmed are settled.")));
        return out;
    }

    // ---------------------------------------------------------------- 八、存在的问题和风险

    private List<Violation> open() {
        return view.worstFirst().stream().filter(v -> !v.waived()).toList();
    }

    private List<Block> problems() {
        List<Block> out = new ArrayList<>();
        List<Violation> open = open();
        if (open.isEmpty()) {
            out.add(new Paragraph(t("本次自查未发现不符合或部分符合的检查项。", "No requirement was found failed or partly met.")));
        } else {
            out.add(new Paragraph(t("经自查，发现以下" + open.size() + "项问题和风险：",
                    "The self-inspection found the following " + open.size() + " problems and risks:")));
            List<String> items = new ArrayList<>();
            for (Violation v : open) {
                items.add(problem(v));
            }
            out.add(new NumberedList(items));
        }
        List<Violation> waived = view.worstFirst().stream().filter(Violation::waived).toList();
        if (!waived.isEmpty()) {
            List<String> items = new ArrayList<>();
            for (Violation v : waived) {
                items.add(problem(v) + t("（已豁免：" + v.waiver().get().justification() + "）",
                        " (waived: " + v.waiver().get().justification() + ")"));
            }
            out.add(new Paragraph(t("以下问题经批准暂予豁免：", "The following problems are waived with approval:")));
            out.add(new NumberedList(items));
        }
        return out;
    }

    private String problem(Violation v) {
        String found = found(v);
        String status = v.partial() ? t("部分符合", "partly met") : t("不符合", "not met");
        return t(view.title(v.requirement()) + "（" + v.requirement() + "，" + view.severity(v.severity()) + "风险，" + status
                        + "）：" + found + "。",
                view.title(v.requirement()) + " (" + v.requirement() + ", " + view.severity(v.severity()).toLowerCase()
                        + " severity, " + status + "): " + found + ".");
    }

    /** What was found, in plain words: the subject and the failing parts of its outcome. */
    private String found(Violation v) {
        Optional<Outcome> o = report.outcomesOf(v.requirement()).stream()
                .filter(x -> x.subject().key().equals(v.subject().key()) && x.subject().type().equals(v.subject().type()))
                .findFirst();
        String subject = w.subject(v.subject());
        List<String> parts = new ArrayList<>();
        for (Reason r : o.map(Outcome::reasons).orElse(List.of())) {
            parts.add(w.reason(r));
        }
        if (parts.isEmpty()) {
            parts.add(v.message());
        }
        return w.joinSubject(subject, String.join(t("；", "; "), new LinkedHashSet<>(parts)));
    }

    // ---------------------------------------------------------------- 九、整改措施和计划

    private List<Block> measures() {
        List<Block> out = new ArrayList<>();
        List<Violation> open = open();
        List<Finding> findings = facts.findings().map(Items::items).orElse(List.of());
        Set<String> used = new LinkedHashSet<>();
        if (!open.isEmpty()) {
            out.add(new Paragraph(t("针对上述问题，拟采取以下整改措施：", "For the problems above, the following measures are planned:")));
            List<String> items = new ArrayList<>();
            Map<String, List<Violation>> byReq = new LinkedHashMap<>();
            open.forEach(v -> byReq.computeIfAbsent(v.requirement(), k -> new ArrayList<>()).add(v));
            for (Map.Entry<String, List<Violation>> e : byReq.entrySet()) {
                Violation v = e.getValue().get(0);
                List<String> subjects = e.getValue().stream().map(x -> w.subject(x.subject())).distinct().toList();
                StringBuilder b = new StringBuilder(t("针对“" + view.title(v.requirement()) + "”（" + String.join("、", subjects)
                                + "）：" + v.remediation(),
                        "On \"" + view.title(v.requirement()) + "\" (" + String.join("; ", subjects) + "): "
                                + v.remediation()));
                List<Finding> mine = findings.stream().filter(f -> f.requirement().isEqualTo(v.requirement()) && isOpen(f))
                        .toList();
                if (mine.isEmpty()) {
                    b.append(t("（责任人和整改时限尚未载明，见待核实事项）",
                            " (owner and due date not yet stated; see the facts to be confirmed)"));
                } else {
                    for (Finding f : mine) {
                        used.add(f.id());
                        b.append(findingTail(f));
                    }
                }
                items.add(b.toString());
            }
            out.add(new NumberedList(items));
        }
        List<Finding> rest = findings.stream().filter(f -> isOpen(f) && !used.contains(f.id())).toList();
        if (!rest.isEmpty()) {
            out.add(new Paragraph(t("此外，问题隐患台账中尚有以下问题正在整改：",
                    "In addition, these findings of the register are being remedied:")));
            out.add(new NumberedList(rest.stream().map(f -> f.title().map(w::local).orElse(f.id()) + findingTail(f)).toList()));
        }
        List<String> plans = w.remediationPlans();
        if (!plans.isEmpty()) {
            out.add(new Paragraph(String.join("", plans)));
        }
        if (open.isEmpty() && rest.isEmpty() && plans.isEmpty()) {
            out.add(new Paragraph(t("本次自查无需整改的问题。待核实事项核实后，如发现问题，将另行制定整改计划。",
                    "No problem calls for remediation. Should the facts to be confirmed reveal problems, a remediation plan will follow.")));
        }
        return out;
    }

    private static boolean isOpen(Finding f) {
        return !f.status().isEqualTo(FindingStatus.CLOSED) && !f.closed().isStated();
    }

    private String findingTail(Finding f) {
        List<String> c = new ArrayList<>();
        f.owner().map(w::person).map(p -> c.add(t("责任人：" + p, "owner: " + p)));
        if (f.due().isStated()) {
            c.add(t("整改时限：" + w.date(f.due().get()), "due: " + w.date(f.due().get())));
        } else if (f.due().isNone()) {
            c.add(t("未设定整改时限", "no due date set"));
        }
        return c.isEmpty() ? "" : t("（" + String.join("；", c) + "）", " (" + String.join("; ", c) + ")");
    }

    // ---------------------------------------------------------------- 十、待核实事项

    private List<Block> toConfirm() {
        List<Block> out = new ArrayList<>();
        List<UnknownFact> unknowns = view.toCollect();
        if (unknowns.isEmpty()) {
            out.add(new Paragraph(t("无。各检查项所需的事实均已载明。", "None: every fact the requirements need is stated.")));
            return out;
        }
        out.add(new Paragraph(t("以下事实在本次自查中未载明，相关检查项暂无法判定，未计入已开展的工作。请逐项核实后补充，重新生成本报告：",
                "These facts are not stated, so the requirements that need them could not be decided and nothing is "
                        + "claimed for them. Please confirm each and generate this report again:")));
        // one line per field (paths without list indices), most severe first, then first appearance
        record Group(Severity severity, Set<String> subjects, Set<String> requirements) {
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        for (UnknownFact u : unknowns) {
            for (String path : u.missing()) {
                String field = FactText.field(path);
                Group g = groups.computeIfAbsent(field, k -> new Group(u.severity(), new LinkedHashSet<>(),
                        new TreeSet<>(Comparator.comparingInt(this::catalogIndex).thenComparing(Comparator.naturalOrder()))));
                g.subjects().add(w.subjectOfPath(path));
                g.requirements().add(u.requirement());
            }
        }
        List<String> items = new ArrayList<>();
        for (Map.Entry<String, Group> e : groups.entrySet()) {
            Group g = e.getValue();
            String subjects = w.subjectsText(g.subjects());
            items.add(t(meaning(e.getKey()) + "：" + subjects + "。事实字段 " + e.getKey() + "，涉及检查项 "
                            + String.join("、", g.requirements()) + "。",
                    meaning(e.getKey()) + ": " + subjects + (subjects.endsWith(".") ? " " : ". ") + "Field " + e.getKey() + "; needed by "
                            + String.join(", ", g.requirements()) + "."));
        }
        out.add(new NumberedList(items));
        return out;
    }

    private int catalogIndex(String id) {
        for (int i = 0; i < report.requirements().size(); i++) {
            if (report.requirements().get(i).id().equals(id)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private String meaning(String field) {
        try {
            return FactText.plainMeaning(docs.meaning(field, lang));
        } catch (IllegalArgumentException e) {
            return field;
        }
    }

    // ---------------------------------------------------------------- 附表

    private List<Block> figures() {
        List<List<String>> rows = new ArrayList<>();
        for (ReportView.Row r : view.figures()) {
            String v = r.value().equals("?") || r.value().equals("≥ 0") ? t("待核实", "to be confirmed")
                    : r.value().replace("≥ ", t("至少", "at least "));
            rows.add(List.of(r.label(), v));
        }
        return List.of(new Paragraph(t("注：“至少”表示该数据来自未列全的清单；“待核实”表示相关清单未载明或未列全，无法得出确定数量。",
                        "Note: \"at least\" marks a figure drawn from a list that is not complete; \"to be confirmed\", one whose list "
                                + "is not stated or not complete enough to give a count.")),
                new Table("", List.of(t("项目", "Item"), t("数量", "Count")), rows));
    }

    /** The subject of an outcome, in the report's words (used by tests and renderers). */
    String subject(Subject s) {
        return w.subject(s);
    }
}

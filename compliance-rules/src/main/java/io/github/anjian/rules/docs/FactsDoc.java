package io.github.anjian.rules.docs;

import io.github.anjian.catalog.Catalog;
import io.github.anjian.catalog.Lang;
import io.github.anjian.catalog.Requirement;
import io.github.anjian.catalog.RulePack;
import io.github.anjian.facts.FieldDocs;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders {@code docs/facts.md}, the guide for people who write fact files: the general rules of the
 * format, then every section and key with its meaning in English and Chinese, type, an example, and
 * the requirements whose rules read it (found by {@link DrlReads}, an approximation the guide states).
 * A pure function of catalog, field docs and DRL sources; the same input gives the same bytes.
 */
public final class FactsDoc {

    private static final Map<String, String> REF_SECTIONS = Map.of(
            "person", "people", "system", "systems", "device", "devices", "contractor", "contractors",
            "product", "products", "plan", "plans");
    private static final Pattern REF = Pattern.compile("\\b(person|system|device|contractor|product|plan)-id\\b");

    private FactsDoc() {
    }

    /** The Markdown text. */
    public static String render(Catalog catalog, FieldDocs docs, List<RulePack.RuleSource> rules) {
        DrlReads reads = DrlReads.scan(catalog, docs, rules);
        StringBuilder out = new StringBuilder(Md.header("FactsDoc", "fields.yaml, the fact model, the catalog and the DRL rules"));
        out.append("# Writing fact files — 事实文件编写指南\n\n");
        out.append(GENERAL_EN).append('\n').append(GENERAL_ZH).append('\n');
        out.append(TYPES);
        readByNote(catalog, rules, out);
        List<String> sections = docs.paths().stream().filter(p -> !p.contains(".")).toList();
        out.append("## Sections — 章节\n\n");
        for (String s : sections) {
            out.append("- [`").append(s).append("`](#").append(Md.anchor(s)).append(") — ").append(docs.meaning(s, Lang.EN))
                    .append(" — ").append(docs.meaning(s, Lang.ZH)).append('\n');
        }
        out.append('\n');
        for (String s : sections) {
            section(s, catalog, docs, reads, out);
        }
        return out.toString();
    }

    private static void section(String s, Catalog catalog, FieldDocs docs, DrlReads reads, StringBuilder out) {
        out.append("<a id=\"").append(Md.anchor(s)).append("\"></a>\n\n## `").append(s).append("`\n\n");
        out.append(docs.meaning(s, Lang.EN)).append(". ").append(docs.meaning(s, Lang.ZH)).append("。\n\n");
        List<String> judged = catalog.requirements().stream()
                .filter(r -> r.subjects().stream().anyMatch(x -> x.equals(s) || x.startsWith(s + ".")))
                .map(Requirement::id).toList();
        if (!judged.isEmpty()) {
            out.append("Judged as subjects by — 作为检查对象: ").append(links(judged)).append("\n\n");
        }
        out.append("| Key 键 | Type 类型 | Meaning 含义 | Example 示例 | Read by 读取的要求 |\n|---|---|---|---|---|\n");
        for (String p : docs.paths()) {
            if (p.equals(s) || p.startsWith(s + ".")) {
                out.append("| `").append(p).append('`').append(docs.required(p) ? " (required 必填)" : "")
                        .append(" | ").append(type(docs.type(p)))
                        .append(" | ").append(Md.cell(docs.meaning(p, Lang.EN))).append("<br>").append(Md.cell(docs.meaning(p, Lang.ZH)))
                        .append(" | `").append(Md.cell(docs.example(p))).append('`')
                        .append(" | ").append(reads.readers(p).isEmpty() ? "—" : links(reads.readers(p))).append(" |\n");
            }
        }
        out.append('\n');
    }

    private static String type(String type) {
        StringBuilder refs = new StringBuilder();
        Set<String> seen = new LinkedHashSet<>();
        Matcher m = REF.matcher(type);
        while (m.find()) {
            String section = REF_SECTIONS.get(m.group(1));
            if (seen.add(section)) {
                refs.append(" → [").append(section).append("](#").append(Md.anchor(section)).append(')');
            }
        }
        return "`" + Md.cell(type) + "`" + refs;
    }

    private static String links(List<String> ids) {
        return String.join(", ", ids.stream().map(id -> Md.link(id, "requirements.md")).toList());
    }

    private static void readByNote(Catalog catalog, List<RulePack.RuleSource> rules, StringBuilder out) {
        Set<String> withRules = new LinkedHashSet<>();
        for (RulePack.RuleSource r : rules) {
            withRules.add(DrlReads.idOf(r.path()));
        }
        List<String> without = catalog.requirements().stream().map(Requirement::id).filter(id -> !withRules.contains(id)).toList();
        out.append("## Which requirements read a key — 哪些要求读取该键\n\n");
        out.append("The \"Read by\" column is found by scanning each requirement's rule text for the key's path in quotes ")
                .append("(`\"antivirus.signatureDate\"`), its accessor (`.antivirus()`, `Antivirus::installed`) and a few shared ")
                .append("helpers (`judge.active` reads `status`). It is an approximation: a key read only by shared Java code is missed, ")
                .append("and a key of the same name on another record the rule mentions may be listed. A mapping or list is read when a ")
                .append("key below it is. Leave a key out and the requirements that read it may be UNKNOWN, naming it as missing.\n\n");
        out.append("“读取的要求”一栏通过扫描各要求的规则文本得出：带引号的键路径、访问方法及少数公共辅助方法。这只是近似结果：")
                .append("只由公共 Java 代码读取的键会遗漏，规则涉及的其他记录上的同名键可能被列入。映射或列表下任一键被读取，即视为该映射或列表被读取。")
                .append("缺少某个键时，读取它的要求可能得出 UNKNOWN（未知），并指明缺少的键。\n\n");
        if (!without.isEmpty()) {
            out.append("Requirements whose rules are not written yet (not counted below) — 规则尚未编写的要求（下表未计入）: ")
                    .append(String.join(", ", without)).append("\n\n");
        }
    }

    private static final String GENERAL_EN = """
            ## General rules

            - Every file starts with `schema: anjian/v1`. Facts may be split over several files (an export of the asset \
            system, say); they are merged. JSON is accepted too.
            - **Absent means unknown; stated means stated.** A key left out is unknown: the requirements that need it give \
            UNKNOWN and name it as missing. `false`, `[]` and `0` are statements.
            - **`none`.** A section the organization does not have is written `none` (`leadingGroup: none`); so is the date \
            of an event that never happened (`filedOn: none`). An empty mapping (`leadingGroup: {}`) says the section exists \
            with every detail unknown. Every mapping, date and text key accepts `none`.
            - **A stated list is complete:** what is not in it is stated missing. Where the source names only some \
            (\"etc.\", \"等\"), write the list open, `{ complete: false, items: [...] }`; then a missing item is unknown. \
            An absent top-level list is unknown; `[]` states there is none (its requirements are NOT_APPLICABLE).
            - **Groups.** A device or medium entry with `count: N` describes N like things at once; every field holds for each.
            - **Practice versus record.** A dated record (`lastChanged`, `signatureDate`, a scan's `date`) decides. A recurring \
            practice alone (`frequency`, `changeFrequency`, `autoUpdate`, ...) gives at best PARTIAL when its period fits, \
            FAIL when it does not; `regular` (定期) gives UNKNOWN.
            - **Defaults only filter.** Which entities are judged uses defaults (active, not classified, not left); every \
            fact that decides an outcome stays unknown when absent.
            - Dates are `YYYY-MM-DD`. Ids are unique across all files; references (`person-id`, ...) must name an existing \
            id. An unknown key is an error with the nearest valid key suggested.
            """;

    private static final String GENERAL_ZH = """
            ## 基本规则

            - 每个文件以 `schema: anjian/v1` 开头。事实可分多个文件编写（如资产系统导出的设备清单），加载时合并；也接受 JSON。
            - **缺失即未知，写明即陈述。** 未写的键为未知：需要它的要求得出 UNKNOWN（未知），并指明缺少的键。`false`、`[]`、`0` 都是明确陈述。
            - **`none`。** 单位没有的部分写 `none`（如 `leadingGroup: none`）；从未发生的事件日期也写 `none`（如 `filedOn: none`，未备案）。\
            空映射（`leadingGroup: {}`）表示该部分存在但细节未知。所有映射、日期和文本键均可写 `none`。
            - **写明的列表是完整的：** 未列出的即为没有。来源只列出部分（“等”）时，写成开放列表 `{ complete: false, items: [...] }`，\
            未列出的为未知。顶层列表缺失为未知；`[]` 表示没有（相关要求为 NOT_APPLICABLE，不适用）。
            - **分组。** 设备或介质条目写 `count: N` 可一次描述 N 台（个）同类对象，各字段对每一台均成立。
            - **做法与记录。** 有日期的记录（`lastChanged`、`signatureDate`、扫描的 `date`）起决定作用。只写周期性做法\
            （`frequency`、`changeFrequency`、`autoUpdate` 等）时，周期满足要求最多为 PARTIAL（部分符合），否则为 FAIL；写 `regular`（定期）为 UNKNOWN。
            - **缺省值只用于筛选。** 判断检查哪些对象时采用缺省值（在用、非涉密、未离岗）；决定结果的事实缺失时一律为未知。
            - 日期格式 `YYYY-MM-DD`。标识在所有文件中唯一；引用（`person-id` 等）必须指向已有的标识。未知的键报错，并提示最接近的有效键。
            """;

    private static final String TYPES = """
            ## Types — 类型

            `bool` true/false; `int` whole number (`int 1..5`, `int >= 0` bounded); `number` decimal; `date` YYYY-MM-DD; \
            `text`; `person-id`, `system-id`, ... a reference to the `id` of an entry in that list; `[...]` a list (may be \
            written open); `a | b` one of these words; `mapping` keys below it. (required 必填) marks a key that must be \
            stated whenever its mapping or list item is.

            `bool` 是/否；`int` 整数；`number` 小数；`date` 日期；`text` 文本；`person-id` 等为对相应列表中某条目 `id` 的引用；\
            `[...]` 列表（可写成开放列表）；`a | b` 取其一；`mapping` 下含子键。标注“必填”的键在其所属映射或列表项出现时必须写明。

            """;
}

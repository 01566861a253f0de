package io.github.anjian.rules.docs;

import io.github.anjian.catalog.Area;
import io.github.anjian.catalog.Catalog;
import io.github.anjian.catalog.Parameter;
import io.github.anjian.catalog.Reference;
import io.github.anjian.catalog.Requirement;
import io.github.anjian.catalog.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the requirement catalog as {@code docs/requirements.md}: a table of contents, then per area
 * each requirement in English and Chinese side by side (ID, title, severity with its level-dependent
 * rule, subjects, scope, what passes, parameters, references, remediation), then an index of every
 * parameter. A pure function of the catalog; the same catalog gives the same bytes.
 */
public final class RequirementsDoc {

    private RequirementsDoc() {
    }

    /** The Markdown text. */
    public static String render(Catalog catalog) {
        StringBuilder out = new StringBuilder(Md.header("RequirementsDoc", "the requirement catalog (compliance-rules/.../catalog/*.yaml)"));
        out.append("# Requirements — 检查要求\n\n");
        out.append("Every requirement Anjian checks, in English and Chinese. Severity weights the rating (high 1.0, medium 0.5, low 0.2); ")
                .append("subjects are what a requirement is judged on, one outcome each. Parameters can be overridden under `parameters:` in a fact file. ")
                .append("See [facts.md](facts.md) for the keys each requirement reads.\n\n");
        out.append("Anjian 检查的全部要求（中英文对照）。严重程度决定评分权重（高 1.0、中 0.5、低 0.2）；检查对象为每项要求逐一评判的实体。")
                .append("参数可在事实文件的 `parameters:` 中覆盖。各项要求读取哪些事实，见 [facts.md](facts.md)。\n\n");
        toc(catalog, out);
        for (Area area : catalog.areas()) {
            List<Requirement> reqs = inArea(catalog, area);
            out.append("<a id=\"").append(Md.anchor(area.code())).append("\"></a>\n\n");
            out.append("## ").append(area.code()).append(" — ").append(area.name().en()).append(" — ").append(area.name().zh()).append("\n\n");
            if (reqs.isEmpty()) {
                out.append("_No requirement yet. 暂无要求。_\n\n");
            }
            for (Requirement r : reqs) {
                requirement(r, out);
            }
        }
        parameterIndex(catalog, out);
        return out.toString();
    }

    private static void toc(Catalog catalog, StringBuilder out) {
        out.append("## Contents — 目录\n\n");
        for (Area area : catalog.areas()) {
            out.append("- [").append(area.code()).append(" — ").append(area.name().en()).append(" — ").append(area.name().zh())
                    .append("](#").append(Md.anchor(area.code())).append(")\n");
            for (Requirement r : inArea(catalog, area)) {
                out.append("  - [").append(r.id()).append(" ").append(r.title().en()).append(" — ").append(r.title().zh())
                        .append("](#").append(Md.anchor(r.id())).append(")\n");
            }
        }
        out.append("- [Parameter index — 参数索引](#parameters)\n\n");
    }

    private static List<Requirement> inArea(Catalog catalog, Area area) {
        return catalog.requirements().stream().filter(r -> r.area().equals(area.code())).toList();
    }

    private static void requirement(Requirement r, StringBuilder out) {
        out.append("<a id=\"").append(Md.anchor(r.id())).append("\"></a>\n\n");
        out.append("### ").append(r.id()).append(" ").append(r.title().en()).append(" — ").append(r.title().zh()).append("\n\n");
        out.append("| | English | 中文 |\n|---|---|---|\n");
        out.append("| Severity 严重程度 | ").append(severityEn(r)).append(" | ").append(severityZh(r)).append(" |\n");
        String subjects = String.join(", ", r.subjects().stream().map(s -> "`" + s + "`").toList());
        out.append("| Subjects 检查对象 | ").append(subjects).append(" | ").append(subjects).append(" |\n");
        out.append("| Scope 范围 | ").append(Md.cell(r.scope().en())).append(" | ").append(Md.cell(r.scope().zh())).append(" |\n");
        out.append("| Passes when 通过条件 | ").append(Md.cell(r.description().en())).append(" | ").append(Md.cell(r.description().zh())).append(" |\n");
        out.append("| Remediation 整改建议 | ").append(Md.cell(r.remediation().en())).append(" | ").append(Md.cell(r.remediation().zh())).append(" |\n\n");
        if (!r.parameters().isEmpty()) {
            out.append("Parameters — 参数:\n\n");
            out.append("| Name 名称 | Type 类型 | Default 默认值 | Meaning | 含义 |\n|---|---|---|---|---|\n");
            for (Parameter p : r.parameters()) {
                out.append("| `").append(p.name()).append("` | ").append(type(p)).append(" | ").append(Md.number(p.defaultValue()))
                        .append(" | ").append(Md.cell(p.description().en())).append(" | ").append(Md.cell(p.description().zh())).append(" |\n");
            }
            out.append("\n");
        }
        out.append("References — 依据:\n\n");
        for (Reference ref : r.references()) {
            out.append("- ").append(ref).append("\n");
        }
        out.append("\n");
    }

    private static String severityEn(Requirement r) {
        String base = r.severity().name().toLowerCase(Locale.ROOT);
        return r.severityIfOrgLevel3().map(s -> base + "; " + s.name().toLowerCase(Locale.ROOT)
                + " if some in-scope system is level 3 or above").orElse(base);
    }

    private static String severityZh(Requirement r) {
        return r.severityIfOrgLevel3().map(s -> zh(r.severity()) + "；单位有三级及以上系统时为" + zh(s)).orElse(zh(r.severity()));
    }

    private static String zh(Severity s) {
        return switch (s) {
            case HIGH -> "高";
            case MEDIUM -> "中";
            case LOW -> "低";
        };
    }

    private static String type(Parameter p) {
        return p.type().name().toLowerCase(Locale.ROOT);
    }

    private static void parameterIndex(Catalog catalog, StringBuilder out) {
        Map<String, List<String>> users = new LinkedHashMap<>();
        for (Requirement r : catalog.requirements()) {
            for (Parameter p : r.parameters()) {
                users.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(r.id());
            }
        }
        out.append("<a id=\"parameters\"></a>\n\n## Parameter index — 参数索引\n\n");
        out.append("Every parameter, in catalog order. Override one under `parameters:` in a fact file, e.g. `parameters: { passwordMaxAgeDays: 60 }`.\n\n");
        out.append("全部参数（按目录顺序）。在事实文件的 `parameters:` 中按名称覆盖，例如 `parameters: { passwordMaxAgeDays: 60 }`。\n\n");
        out.append("| Name 名称 | Type 类型 | Default 默认值 | Meaning | 含义 | Used by 使用的要求 |\n|---|---|---|---|---|---|\n");
        for (Parameter p : catalog.parameters().values()) {
            out.append("| `").append(p.name()).append("` | ").append(type(p)).append(" | ").append(Md.number(p.defaultValue()))
                    .append(" | ").append(Md.cell(p.description().en())).append(" | ").append(Md.cell(p.description().zh())).append(" | ")
                    .append(String.join(", ", users.get(p.name()).stream().map(id -> "[" + id + "](#" + Md.anchor(id) + ")").toList()))
                    .append(" |\n");
        }
        if (catalog.parameters().isEmpty()) {
            out.append("| — | | | | | |\n");
        }
    }
}

package io.github.anjian.report.diff;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.anjian.catalog.Lang;
import io.github.anjian.report.Format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes a {@link Comparison} as text, JSON or Markdown, in English or Chinese. Deterministic. */
public final class ComparisonWriter {

    private static final Change[] ORDER = {Change.NEW, Change.EXPIRED, Change.STILL_OPEN, Change.NEWLY_WAIVED,
        Change.NEW_WAIVED, Change.STILL_WAIVED, Change.FIXED};

    private ComparisonWriter() {
    }

    /**
     * Writes the comparison.
     *
     * @throws IllegalArgumentException for a format other than text, json or markdown
     */
    public static void write(Comparison c, Format format, Lang lang, OutputStream out) throws IOException {
        switch (format) {
            case JSON -> out.write(json(c));
            case TEXT -> out.write(text(c, lang, false).getBytes(StandardCharsets.UTF_8));
            case MARKDOWN -> out.write(text(c, lang, true).getBytes(StandardCharsets.UTF_8));
            default -> throw new IllegalArgumentException("diff writes text, json or markdown, not " + format.id());
        }
    }

    static String label(Change c, Lang lang) {
        boolean zh = lang == Lang.ZH;
        return switch (c) {
            case NEW -> zh ? "新增问题" : "New";
            case EXPIRED -> zh ? "豁免已失效" : "Waiver expired";
            case STILL_OPEN -> zh ? "仍未整改" : "Still open";
            case NEWLY_WAIVED -> zh ? "新近豁免" : "Newly waived";
            case NEW_WAIVED -> zh ? "新增且已豁免" : "New and waived";
            case STILL_WAIVED -> zh ? "仍在豁免中" : "Still waived";
            case FIXED -> zh ? "已整改" : "Fixed";
        };
    }

    private static String text(Comparison c, Lang lang, boolean markdown) {
        boolean zh = lang == Lang.ZH;
        StringBuilder sb = new StringBuilder();
        String h1 = markdown ? "# " : "";
        String h2 = markdown ? "\n## " : "\n";
        sb.append(h1).append(zh ? "检查结果对比" : "Comparison of two reports").append('\n');
        if (markdown) {
            sb.append('\n');
        }
        sb.append(bullet(markdown)).append(zh ? "评价日期：" : "As of: ").append(c.before().asOf()).append(" → ")
                .append(c.after().asOf()).append('\n');
        sb.append(bullet(markdown)).append(zh ? "得分：" : "Score: ").append(c.before().score().toPlainString()).append(" → ")
                .append(c.after().score().toPlainString()).append(" (").append(signed(c)).append(")\n");
        sb.append(bullet(markdown)).append(zh ? "等级：" : "Grade: ").append(c.before().grade()).append(" → ")
                .append(c.after().grade()).append('\n');
        sb.append(bullet(markdown)).append(zh ? "结论：" : "Conclusion: ").append(c.before().conclusion()).append(" → ")
                .append(c.after().conclusion()).append('\n');
        if (!c.before().rulePack().equals(c.after().rulePack())) {
            sb.append(bullet(markdown)).append(zh ? "规则包：" : "Rule pack: ").append(c.before().rulePack()).append(" → ")
                    .append(c.after().rulePack()).append('\n');
        }
        if (!c.requirementsAdded().isEmpty()) {
            sb.append(bullet(markdown)).append(zh ? "新增要求：" : "Requirements added: ")
                    .append(String.join(", ", c.requirementsAdded())).append('\n');
        }
        if (!c.requirementsRemoved().isEmpty()) {
            sb.append(bullet(markdown)).append(zh ? "删除要求：" : "Requirements removed: ")
                    .append(String.join(", ", c.requirementsRemoved())).append('\n');
        }
        for (Change ch : ORDER) {
            List<Comparison.Entry> es = c.of(ch);
            if (es.isEmpty()) {
                continue;
            }
            sb.append(h2).append(label(ch, lang)).append(" (").append(es.size()).append(")\n");
            if (markdown) {
                sb.append('\n');
            }
            for (Comparison.Entry e : es) {
                Snapshot.Item v = e.item();
                sb.append(markdown ? "- " : "  ").append(v.requirement()).append(' ').append(v.severity()).append(' ')
                        .append(v.subjectType()).append(' ').append(v.subjectId()).append(": ").append(v.message())
                        .append('\n');
            }
        }
        return sb.toString();
    }

    private static String bullet(boolean markdown) {
        return markdown ? "- " : "";
    }

    private static String signed(Comparison c) {
        java.math.BigDecimal d = c.scoreChange();
        return (d.signum() >= 0 ? "+" : "") + d.toPlainString();
    }

    private static byte[] json(Comparison c) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", "anjian-diff/v1");
        m.put("before", side(c.before()));
        m.put("after", side(c.after()));
        m.put("scoreChange", c.scoreChange());
        m.put("requirementsAdded", new ArrayList<>(c.requirementsAdded()));
        m.put("requirementsRemoved", new ArrayList<>(c.requirementsRemoved()));
        Map<String, Object> counts = new LinkedHashMap<>();
        for (Change ch : ORDER) {
            counts.put(key(ch), c.of(ch).size());
        }
        m.put("counts", counts);
        for (Change ch : ORDER) {
            List<Object> items = new ArrayList<>();
            for (Comparison.Entry e : c.of(ch)) {
                Snapshot.Item v = e.item();
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("fingerprint", v.fingerprint());
                x.put("requirement", v.requirement());
                x.put("severity", v.severity());
                x.put("subject", Map.of("type", v.subjectType(), "id", v.subjectId()));
                x.put("message", v.message());
                items.add(x);
            }
            m.put(key(ch), items);
        }
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        byte[] b = new ObjectMapper().writer(pp).writeValueAsBytes(m);
        byte[] withNewline = java.util.Arrays.copyOf(b, b.length + 1);
        withNewline[b.length] = '\n';
        return withNewline;
    }

    private static Map<String, Object> side(Snapshot s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("asOf", s.asOf());
        m.put("rulePack", s.rulePack());
        m.put("score", s.score());
        m.put("grade", s.grade());
        m.put("conclusion", s.conclusion());
        return m;
    }

    private static String key(Change c) {
        String[] parts = c.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return sb.toString();
    }
}

package io.github.anjian.report.diff;

import io.github.anjian.catalog.Lang;
import io.github.anjian.catalog.Severity;
import io.github.anjian.report.Format;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each state transition of a violation between two reports. */
class ComparisonTest {

    static Snapshot.Item v(String fp, String req, String sev, boolean waived) {
        return new Snapshot.Item(fp, req, sev, "device", "d-" + fp, "d-" + fp, waived, req + " on d-" + fp);
    }

    static Snapshot snap(String score, String grade, Set<String> reqs, Snapshot.Item... items) {
        return new Snapshot("2025-12-31", "anjian-rules 0.1.0", new BigDecimal(score), grade, "BASICALLY_COMPLIANT", reqs, List.of(items));
    }

    static final Set<String> REQS = Set.of("PRT-05", "LOC-01", "LOC-02");

    @Test
    void each_violation_gets_exactly_one_change() {
        Snapshot before = snap("60.0", "POOR", REQS,
                v("a", "PRT-05", "high", false),   // fixed
                v("b", "LOC-01", "medium", false), // still open
                v("c", "LOC-01", "medium", false), // newly waived
                v("d", "LOC-02", "medium", true),  // expired
                v("e", "LOC-02", "medium", true)); // still waived
        Snapshot after = snap("72.5", "FAIR", REQS,
                v("b", "LOC-01", "medium", false),
                v("c", "LOC-01", "medium", true),
                v("d", "LOC-02", "medium", false),
                v("e", "LOC-02", "medium", true),
                v("f", "PRT-05", "high", false),   // new
                v("g", "PRT-05", "high", true));   // new and waived
        Comparison c = Comparison.of(before, after);
        assertThat(c.of(Change.FIXED)).extracting(e -> e.item().fingerprint()).containsExactly("a");
        assertThat(c.of(Change.STILL_OPEN)).extracting(e -> e.item().fingerprint()).containsExactly("b");
        assertThat(c.of(Change.NEWLY_WAIVED)).extracting(e -> e.item().fingerprint()).containsExactly("c");
        assertThat(c.of(Change.EXPIRED)).extracting(e -> e.item().fingerprint()).containsExactly("d");
        assertThat(c.of(Change.STILL_WAIVED)).extracting(e -> e.item().fingerprint()).containsExactly("e");
        assertThat(c.of(Change.NEW)).extracting(e -> e.item().fingerprint()).containsExactly("f");
        assertThat(c.of(Change.NEW_WAIVED)).extracting(e -> e.item().fingerprint()).containsExactly("g");
        assertThat(c.scoreChange()).isEqualByComparingTo("12.5");
        assertThat(c.hasNewAtOrAbove(Severity.HIGH)).isTrue();
    }

    @Test
    void only_new_problems_at_or_above_the_threshold_count() {
        Snapshot before = snap("80.0", "GOOD", REQS, v("d", "LOC-02", "medium", true));
        Snapshot after = snap("79.0", "FAIR", REQS, v("d", "LOC-02", "medium", false));
        Comparison c = Comparison.of(before, after);
        assertThat(c.hasNewAtOrAbove(Severity.HIGH)).isFalse();
        assertThat(c.hasNewAtOrAbove(Severity.MEDIUM)).isTrue();
        assertThat(c.hasNewAtOrAbove(null)).isFalse();
    }

    @Test
    void requirements_added_or_removed_between_rule_packs_are_listed() {
        Comparison c = Comparison.of(snap("1.0", "POOR", Set.of("A-01", "B-01")), snap("1.0", "POOR", Set.of("B-01", "C-01")));
        assertThat(c.requirementsAdded()).containsExactly("C-01");
        assertThat(c.requirementsRemoved()).containsExactly("A-01");
    }

    @Test
    void a_json_report_reads_back_and_anything_else_is_refused_with_a_reason() throws Exception {
        String json = "{\"schema\":\"anjian-report/v1\",\"asOf\":\"2025-12-31\",\"rulePack\":{\"name\":\"p\",\"version\":\"1\"},"
                + "\"rating\":{\"score\":61.5,\"grade\":\"POOR\",\"conclusion\":\"NON_COMPLIANT\"},"
                + "\"requirements\":[{\"id\":\"PRT-05\"}],\"violations\":[{\"fingerprint\":\"abc\",\"requirement\":\"PRT-05\","
                + "\"severity\":\"high\",\"subject\":{\"type\":\"device\",\"id\":\"d1\",\"name\":\"d1\"},\"waived\":false,\"message\":\"m\"}],"
                + "\"futureField\":1}";
        Snapshot s = Snapshot.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(s.violations()).extracting(Snapshot.Item::subjectId).containsExactly("d1");
        assertThat(s.score()).isEqualByComparingTo("61.5");
        assertThatThrownBy(() -> Snapshot.read(new ByteArrayInputStream("{\"schema\":\"x\"}".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an Anjian JSON report");
        assertThatThrownBy(() -> Snapshot.read(new ByteArrayInputStream("{oops".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not JSON");
    }

    @Test
    void writes_text_json_and_markdown_in_both_languages() throws Exception {
        Comparison c = Comparison.of(snap("60.0", "POOR", REQS, v("a", "PRT-05", "high", false)),
                snap("70.0", "FAIR", REQS, v("f", "LOC-01", "medium", false)));
        for (Format f : List.of(Format.TEXT, Format.JSON, Format.MARKDOWN)) {
            for (Lang l : Lang.values()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ComparisonWriter.write(c, f, l, out);
                String s = out.toString(StandardCharsets.UTF_8);
                assertThat(s).contains("PRT-05").contains("LOC-01");
                if (f != Format.JSON) {
                    assertThat(s).contains(l == Lang.ZH ? "已整改" : "Fixed");
                }
            }
        }
    }
}

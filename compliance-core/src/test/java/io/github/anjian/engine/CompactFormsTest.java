package io.github.anjian.engine;

import io.github.anjian.facts.Origin;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Outcomes, reasons and evidence keep what most of them hold in fewer objects than records and
 * collections would; each must still behave exactly as the plain form: same accessors, equality,
 * hash codes and text.
 */
class CompactFormsTest {

    private static final Origin D7 = Origin.ofItem("devices", "d-7", "f.yaml", 3, 5);
    private static final Origin D8 = Origin.ofItem("devices", "d-8", "f.yaml", 9, 5);
    private static final Subject SUBJECT = new Subject("device", "d-7", "d-7", D7, 1);

    @Test
    void evidence_at_a_field_of_a_fact_is_a_map_like_any_other() {
        Map<String, String> at = Part.passAt(new FieldRef(D7, "antivirus.installed"), true).evidence();
        Map<String, String> plain = Map.of("devices[d-7].antivirus.installed", "true");
        assertThat(at).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(plain).isEqualTo(at);
        assertThat(at.toString()).isEqualTo("{devices[d-7].antivirus.installed=true}");
        assertThat(at.get("devices[d-7].antivirus.installed")).isEqualTo("true");
        assertThat(at.containsValue("true")).isTrue();
        assertThat(at.keySet()).containsExactly("devices[d-7].antivirus.installed");
        assertThat(at.values()).containsExactly("true");
        assertThat(new HashMap<>(at)).isEqualTo(plain);
        assertThatThrownBy(() -> at.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> at.clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void two_fields_merge_in_reading_order_and_one_path_twice_keeps_the_later_value() {
        Part scope = Part.passAt(new FieldRef(D7, "status"), "active");
        Part condition = Part.failAt(Reason.of("not-true", new FieldRef(D7, "managed"), false),
                new FieldRef(D7, "managed"), false);
        Map<String, String> both = Part.all(scope, condition).evidence();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("devices[d-7].status", "active");
        expected.put("devices[d-7].managed", "false");
        assertThat(both).containsExactlyEntriesOf(expected).hasSameHashCodeAs(expected);
        assertThat(both.toString()).isEqualTo(expected.toString());

        // the same path from two objects of one fact: one entry, the later value
        Part again = Part.passAt(new FieldRef(D7, "managed"), true);
        assertThat(Part.mergeEvidence(condition.evidence(), again.evidence()))
                .containsExactly(Map.entry("devices[d-7].managed", "true"));
        // one field of two facts: two entries
        Part other = Part.passAt(new FieldRef(D8, "managed"), true);
        assertThat(Part.mergeEvidence(again.evidence(), other.evidence()))
                .containsExactly(Map.entry("devices[d-7].managed", "true"), Map.entry("devices[d-8].managed", "true"));
        // a text path and a field of a fact naming the same path are one entry
        assertThat(Part.mergeEvidence(Part.pass("devices[d-7].managed", 1).evidence(), again.evidence()))
                .containsExactly(Map.entry("devices[d-7].managed", "true"));
    }

    @Test
    void a_reason_keeps_its_arguments_as_given_and_reads_them_as_text() {
        LocalDate day = LocalDate.of(2025, 3, 1);
        Reason lazy = Reason.of("not-after", new FieldRef(D7, "scan.date"), day, "asOf", day);
        Reason plain = new Reason("not-after", List.of("devices[d-7].scan.date", "2025-03-01", "asOf", "2025-03-01"));
        assertThat(lazy).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(lazy.args()).containsExactly("devices[d-7].scan.date", "2025-03-01", "asOf", "2025-03-01");
        assertThat(lazy.toString()).isEqualTo("Reason[code=not-after, args=[devices[d-7].scan.date, 2025-03-01, asOf, 2025-03-01]]");
        assertThat(Reason.of("x", "a", "b", "c", "d", "e").args()).containsExactly("a", "b", "c", "d", "e");
        assertThat(Reason.of("x").args()).isEmpty();
        assertThat(Reason.of("x", "a")).isNotEqualTo(Reason.of("x", "a", "b")).isNotEqualTo(Reason.of("y", "a"));
        assertThatThrownBy(() -> lazy.args().get(4)).isInstanceOf(IndexOutOfBoundsException.class);
        // the list constructor copies as a record's would: a later change of the caller's list is not seen
        List<String> args = new ArrayList<>(List.of("a"));
        Reason copied = new Reason("text", args);
        args.add("b");
        assertThat(copied.args()).containsExactly("a");
        assertThatThrownBy(() -> new Reason("text", java.util.Arrays.asList("a", null))).isInstanceOf(NullPointerException.class);
    }

    @Test
    void an_outcome_of_one_reason_or_one_missing_path_reads_as_lists() {
        Reason why = Reason.of("not-true", "devices[d-7].managed");
        Outcome fail = new Outcome("PRT-01", SUBJECT, Status.FAIL, List.of(), Map.of(), List.of(why), "");
        assertThat(fail.reasons()).containsExactly(why);
        assertThat(fail.missing()).isEmpty();
        assertThat(fail.error()).isEmpty();

        Outcome unknown = new Outcome("PRT-01", SUBJECT, Status.UNKNOWN,
                Part.missingList(Part.unknownAt(new FieldRef(D7, "managed")).missing()), Map.of(), List.of(), "");
        assertThat(unknown.missing()).containsExactly("devices[d-7].managed");
        assertThat(unknown.reasons()).isEmpty();
        assertThat(unknown).isEqualTo(new Outcome("PRT-01", SUBJECT, Status.UNKNOWN, List.of("devices[d-7].managed"),
                Map.of(), List.of(), ""));
    }

    @Test
    void an_outcome_of_everything_keeps_everything_and_compares_by_every_part() {
        Outcome full = new Outcome("PRT-01", SUBJECT, Status.ERROR, List.of("a", "b"), Map.of("k", "v"),
                List.of(Reason.of("no-rule"), Reason.of("x", 1)), "boom");
        assertThat(full.missing()).containsExactly("a", "b");
        assertThat(full.reasons()).containsExactly(Reason.of("no-rule"), Reason.of("x", "1"));
        assertThat(full.error()).isEqualTo("boom");
        assertThat(full.evidence()).isEqualTo(Map.of("k", "v"));
        Outcome same = new Outcome("PRT-01", SUBJECT, Status.ERROR, new ArrayList<>(List.of("a", "b")),
                new LinkedHashMap<>(Map.of("k", "v")), List.of(Reason.of("no-rule"), Reason.of("x", "1")), "boom");
        assertThat(full).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(full).isNotEqualTo(new Outcome("PRT-01", SUBJECT, Status.ERROR, List.of("a", "b"), Map.of("k", "v"),
                List.of(Reason.of("no-rule"), Reason.of("x", 1)), "other"));
        assertThat(full.withStatus(Status.WAIVED).status()).isEqualTo(Status.WAIVED);
        assertThat(full.withStatus(Status.WAIVED).reasons()).isEqualTo(full.reasons());
        assertThat(full.toString()).isEqualTo("Outcome[requirement=PRT-01, subject=" + SUBJECT
                + ", status=ERROR, missing=[a, b], evidence={k=v}, reasons=" + full.reasons() + ", error=boom]");
        Outcome pass = new Outcome("PRT-01", SUBJECT, Status.PASS, List.of(), Map.of(), List.of(), "");
        assertThat(pass.missing()).isEmpty();
        assertThat(pass.reasons()).isEmpty();
        assertThat(pass.error()).isEmpty();
        assertThat(pass).isNotEqualTo(full);
    }
}

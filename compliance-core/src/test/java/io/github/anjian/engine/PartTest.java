package io.github.anjian.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PartTest {

    @Test
    void conjunction_takes_the_lowest_part_in_the_order_fail_unknown_partial_pass() {
        Part fail = Part.fail(Reason.of("text", "x"));
        Part unknown = Part.unknown("a.b");
        Part partial = Part.partial(Reason.of("text", "p"), "c", "weekly");
        assertThat(Part.all(Part.pass(), partial).status()).isEqualTo(Status.PARTIAL);
        assertThat(Part.all(partial, unknown).status()).isEqualTo(Status.UNKNOWN);
        assertThat(Part.all(unknown, fail, partial).status()).isEqualTo(Status.FAIL);
        assertThat(Part.all().status()).isEqualTo(Status.PASS);
    }

    @Test
    void unknown_conjunction_lists_every_missing_path() {
        Part p = Part.all(Part.unknown("b.x"), Part.pass(), Part.unknown("a.y", "c.z"));
        assertThat(p.status()).isEqualTo(Status.UNKNOWN);
        assertThat(p.missing()).containsExactly("a.y", "b.x", "c.z");
    }

    @Test
    void alternative_takes_the_highest_part() {
        Part p = Part.any(Part.fail(Reason.of("text", "no firewall")), Part.unknown("waf"));
        assertThat(p.status()).isEqualTo(Status.UNKNOWN);
        assertThat(p.missing()).containsExactly("waf");
        assertThat(Part.any(Part.fail(Reason.of("text", "x")), Part.pass()).status()).isEqualTo(Status.PASS);
        assertThat(Part.any().status()).isEqualTo(Status.FAIL);
    }

    @Test
    void failed_conjunction_keeps_the_reasons_of_the_parts_that_fell_short() {
        Part p = Part.all(Part.fail(Reason.of("text", "one")), Part.pass("ok", true), Part.partial(Reason.of("text", "two"), "k", "v"));
        assertThat(p.reasons()).extracting(Reason::args).containsExactly(java.util.List.of("one"), java.util.List.of("two"));
        assertThat(p.evidence()).containsKeys("ok", "k");
    }

    @Test
    void if_c_also_x_follows_spec_8_17() {
        Part x = Part.fail(Reason.of("text", "x fails"));
        assertThat(Part.when(Part.fail(Reason.of("text", "not c")), x).status()).isEqualTo(Status.PASS);
        assertThat(Part.when(Part.pass(), x).status()).isEqualTo(Status.FAIL);
        assertThat(Part.when(Part.unknown("c"), Part.pass()).status()).isEqualTo(Status.PASS);
        Part unknownC = Part.when(Part.unknown("c"), Part.unknown("x"));
        assertThat(unknownC.status()).isEqualTo(Status.UNKNOWN);
        assertThat(unknownC.missing()).containsExactly("c", "x");
        assertThat(Part.when(Part.unknown("c"), x).status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void evidence_keeps_first_put_order_and_takes_the_later_value_of_a_path() {
        Part p = Part.pass("a", 1).withEvidence("b", java.time.LocalDate.of(2025, 1, 2)).withEvidence("a", 3);
        assertThat(p.evidence()).containsExactly(java.util.Map.entry("a", "3"), java.util.Map.entry("b", "2025-01-02"));
        assertThat(p.evidence()).isEqualTo(java.util.Map.of("a", "3", "b", "2025-01-02"));
        assertThat(p.evidence().get("b")).isEqualTo("2025-01-02");
        assertThat(p.evidence().get("c")).isNull();
        assertThat(p.evidence().containsKey("a")).isTrue();
        assertThat(Part.pass("x", null).evidence()).containsExactly(java.util.Map.entry("x", "null"));
    }

    @Test
    void evidence_of_a_large_conjunction_keeps_every_path_once_in_order() {
        java.util.List<Part> parts = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            parts.add(Part.pass("p" + (i % 150), i));
        }
        java.util.Map<String, String> e = Part.all(Part.fail(Reason.of("text", "x")), Part.all(parts)).evidence();
        assertThat(e).hasSize(150);
        assertThat(e.keySet()).startsWith("p0", "p1", "p2");
        assertThat(e.get("p10")).isEqualTo("160");
        assertThat(e.get("p149")).isEqualTo("149");
    }

    @Test
    void reason_arguments_read_as_text_and_do_not_follow_the_callers_array() {
        Object[] args = {"devices[d-1].status", java.time.LocalDate.of(2025, 12, 31), 90, null};
        Reason r = Reason.of("older-than-days", args);
        args[0] = "changed";
        assertThat(r.args()).containsExactly("devices[d-1].status", "2025-12-31", "90", "null");
        assertThat(r).isEqualTo(new Reason("older-than-days", java.util.List.of("devices[d-1].status", "2025-12-31", "90", "null")));
        assertThat(r.hashCode()).isEqualTo(new Reason("older-than-days", java.util.List.of("devices[d-1].status", "2025-12-31", "90", "null")).hashCode());
    }

    @Test
    void one_missing_path_is_a_sorted_set_like_any_other() {
        java.util.SortedSet<String> one = Part.unknown("b.x").missing();
        java.util.TreeSet<String> tree = new java.util.TreeSet<>(java.util.List.of("b.x"));
        assertThat(one).isEqualTo(tree).hasSameHashCodeAs(tree).containsExactly("b.x");
        assertThat(one.first()).isEqualTo("b.x");
        assertThat(one.last()).isEqualTo("b.x");
        for (String bound : java.util.List.of("a", "b.x", "c")) {
            assertThat(one.headSet(bound)).isEqualTo(tree.headSet(bound));
            assertThat(one.tailSet(bound)).isEqualTo(tree.tailSet(bound));
            assertThat(one.subSet(bound, "d")).isEqualTo(tree.subSet(bound, "d"));
        }
        assertThat(one.comparator()).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> one.add("c"))
                .isInstanceOf(UnsupportedOperationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> one.iterator().remove())
                .isInstanceOf(UnsupportedOperationException.class);
        // combined with another unknown part: both paths, in order
        assertThat(Part.all(Part.unknown("c.y"), Part.unknown("b.x")).missing()).containsExactly("b.x", "c.y");
    }
}

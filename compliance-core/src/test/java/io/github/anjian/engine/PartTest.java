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
}

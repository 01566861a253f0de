package io.github.anjian.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anjian.facts.Origin;
import io.github.anjian.facts.SourceLocation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lazily made field paths: the same text, equality and part behaviour as the strings they stand for. */
class FieldRefTest {

    private static final Origin D7 = Origin.ofItem("devices", "d-7", "f.yaml", 3, 5);
    private static final Origin D7_AGAIN = Origin.ofItem("devices", "d-7", "g.yaml", 9, 1);
    private static final Origin D7_WHOLE = new Origin("devices[d-7]", new SourceLocation("f.yaml", 3, 5));
    private static final Origin D8 = Origin.ofItem("devices", "d-8", "f.yaml", 4, 5);

    @Test
    void text_is_the_origin_field_path_and_is_made_once() {
        FieldRef r = new FieldRef(D7, "antivirus.installed");
        assertThat(r.toString()).isEqualTo("devices[d-7].antivirus.installed").isSameAs(r.toString());
        assertThat(FieldRef.text("plain.path")).isEqualTo("plain.path");
        assertThat(FieldRef.text(r)).isEqualTo(D7.field("antivirus.installed"));
    }

    @Test
    void same_compares_paths_whatever_their_form() {
        FieldRef a = new FieldRef(D7, "antivirus.installed");
        assertThat(FieldRef.same(a, new FieldRef(D7, "antivirus.installed"))).isTrue();
        assertThat(FieldRef.same(a, new FieldRef(D7_AGAIN, "antivirus.installed"))).isTrue();
        assertThat(FieldRef.same(a, new FieldRef(D7_WHOLE, "antivirus.installed"))).isTrue();
        assertThat(FieldRef.same(a, "devices[d-7].antivirus.installed")).isTrue();
        assertThat(FieldRef.same("devices[d-7].antivirus.installed", a)).isTrue();
        // the same text split differently between origin and field
        assertThat(FieldRef.same(new FieldRef(D7, "antivirus.installed"),
                new FieldRef(new Origin("devices[d-7].antivirus", SourceLocation.none("x")), "installed"))).isTrue();
        assertThat(FieldRef.same(a, new FieldRef(D8, "antivirus.installed"))).isFalse();
        assertThat(FieldRef.same(a, new FieldRef(D7, "antivirus.version"))).isFalse();
        assertThat(a).isEqualTo(new FieldRef(D7_AGAIN, "antivirus.installed"))
                .hasSameHashCodeAs(new FieldRef(D7_AGAIN, "antivirus.installed"));
    }

    @Test
    void origins_compare_paths_without_making_them() {
        assertThat(D7.samePath(D7_AGAIN)).isTrue();
        assertThat(D7.samePath(D7_WHOLE)).isTrue();
        assertThat(D7_WHOLE.samePath(D7)).isTrue();
        assertThat(D7.samePath(D8)).isFalse();
        assertThat(Origin.ofItem("media", "d-7", "f.yaml", 1, 1).samePath(D7)).isFalse();
    }

    @Test
    void parts_with_lazy_paths_read_like_parts_with_strings() {
        FieldRef installed = new FieldRef(D7, "antivirus.installed");
        Part lazy = Part.all(Part.passAt(installed, true), Part.passAt(new FieldRef(D7, "antivirus.installed"), true),
                Part.failAt(Reason.of("not-set", new FieldRef(D7, "owner")), new FieldRef(D7, "owner"), "none"));
        Part eager = Part.all(Part.pass("devices[d-7].antivirus.installed", true),
                Part.fail(Reason.of("not-set", "devices[d-7].owner"), "devices[d-7].owner", "none"));
        assertThat(lazy.status()).isEqualTo(Status.FAIL);
        assertThat(lazy.evidence()).isEqualTo(eager.evidence()).containsExactly(
                org.assertj.core.api.Assertions.entry("devices[d-7].antivirus.installed", "true"),
                org.assertj.core.api.Assertions.entry("devices[d-7].owner", "none"));
        assertThat(lazy.reasons()).isEqualTo(eager.reasons());
        assertThat(lazy.reasons().get(0).args()).containsExactly("devices[d-7].owner");

        Part unknown = Part.all(Part.unknownAt(new FieldRef(D8, "antivirus")), Part.unknownAt(installed));
        assertThat(unknown.missing()).containsExactly("devices[d-7].antivirus.installed", "devices[d-8].antivirus");
        assertThat(Part.unknownAt(installed).missing()).containsExactly("devices[d-7].antivirus.installed")
                .isEqualTo(java.util.Set.of("devices[d-7].antivirus.installed"));
        assertThat(List.copyOf(Part.unknownAt(installed).missing())).containsExactly("devices[d-7].antivirus.installed");
    }
}

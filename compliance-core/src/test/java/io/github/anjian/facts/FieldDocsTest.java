package io.github.anjian.facts;

import io.github.anjian.catalog.Lang;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldDocsTest {

    static final FieldDocs DOCS = FieldDocs.load();

    @Test
    void every_key_of_the_model_is_documented_and_nothing_else() {
        Set<String> model = new LinkedHashSet<>(DOCS.paths());
        Set<String> documented = DOCS.documentedPaths();
        List<String> offenders = new ArrayList<>();
        model.stream().filter(p -> !documented.contains(p)).forEach(p -> offenders.add("no entry in fields.yaml: " + p));
        documented.stream().filter(p -> !model.contains(p)).forEach(p -> offenders.add("not in the model: " + p));
        assertThat(offenders).as("fields.yaml against the record model").isEmpty();
    }

    @Test
    void every_entry_has_a_meaning_in_both_languages_and_an_example() {
        List<String> offenders = new ArrayList<>();
        for (String p : DOCS.paths()) {
            if (!DOCS.documentedPaths().contains(p)) {
                continue;
            }
            if (DOCS.meaning(p, Lang.EN).isBlank()) {
                offenders.add(p + ": no English meaning");
            }
            if (DOCS.meaning(p, Lang.ZH).isBlank()) {
                offenders.add(p + ": no Chinese meaning");
            }
            if (DOCS.example(p).isBlank()) {
                offenders.add(p + ": no example");
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void documented_entries_follow_model_order() {
        List<String> documentedInModelOrder = DOCS.paths().stream().filter(DOCS.documentedPaths()::contains).toList();
        List<String> documented = DOCS.documentedPaths().stream().filter(DOCS.paths()::contains).toList();
        assertThat(documented).containsExactlyElementsOf(documentedInModelOrder);
    }

    @Test
    void paths_walk_sections_in_builder_order_and_use_wire_keys() {
        assertThat(DOCS.paths()).startsWith("schema", "organization", "organization.id", "organization.name");
        assertThat(DOCS.paths()).contains("organization.leadingGroup.head", "devices.antivirus.signatureDate",
                "systems.mlps.assessments.conclusion", "accounts.default", "systems.audit.protected", "waivers.expires");
        assertThat(DOCS.paths()).doesNotContain("accounts.isDefault", "devices.origin", "plans.technicalSupport.contractor");
        assertThat(DOCS.paths().indexOf("people")).isLessThan(DOCS.paths().indexOf("policies"));
        assertThat(DOCS.paths().indexOf("products")).isLessThan(DOCS.paths().indexOf("parameters"));
    }

    @Test
    void types_are_written_as_in_the_spec() {
        assertThat(DOCS.type("organization.leadingGroup.head")).isEqualTo("person-id");
        assertThat(DOCS.type("media.usedOn")).isEqualTo("[device-id]");
        assertThat(DOCS.type("systems.mlps.level")).isEqualTo("int 1..5");
        assertThat(DOCS.type("people.role")).isEqualTo("leader | manager | staff | security-technical | administrator");
        assertThat(DOCS.type("plans.covers")).isEqualTo("[system-id] | all");
        assertThat(DOCS.required("devices.kind")).isTrue();
        assertThat(DOCS.required("devices.user")).isFalse();
        assertThat(DOCS.owner("devices.antivirus.signatureDate")).contains(Antivirus.class);
    }

    @Test
    void an_unknown_path_is_refused() {
        assertThatThrownBy(() -> DOCS.meaning("devices.pasword", Lang.EN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("devices.pasword");
    }
}

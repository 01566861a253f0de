package io.github.anjian.rules.docs;

import io.github.anjian.catalog.Area;
import io.github.anjian.catalog.Catalog;
import io.github.anjian.catalog.Reference;
import io.github.anjian.catalog.Requirement;
import io.github.anjian.catalog.RulePack;
import io.github.anjian.catalog.Severity;
import io.github.anjian.catalog.Text;
import io.github.anjian.facts.FieldDocs;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DrlReadsTest {

    static final Text T = new Text("t", "t");

    static Requirement req(String id) {
        return new Requirement(id, "PRT", Severity.HIGH, Optional.empty(), List.of("devices"), T, T, T, T,
                List.of(new Reference("s", "", "")), List.of());
    }

    static final Catalog CATALOG = new Catalog(List.of(new Area("PRT", T)), List.of(req("PRT-01"), req("PRT-02"), req("PRT-03")));

    static DrlReads scan(String id, String text) {
        return DrlReads.scan(CATALOG, FieldDocs.load(), List.of(new RulePack.RuleSource("x/prt/" + id + ".drl", text)));
    }

    @Test
    void a_quoted_path_from_a_mentioned_record_is_read_and_so_are_its_parents() {
        DrlReads reads = scan("PRT-02", "rule \"PRT-02 x\" when $d : Device() then judge.isTrue($d, \"antivirus.installed\"); end");
        assertThat(reads.readers("devices.antivirus.installed")).containsExactly("PRT-02");
        assertThat(reads.readers("devices.antivirus")).containsExactly("PRT-02");
        assertThat(reads.readers("devices")).containsExactly("PRT-02");
        assertThat(reads.readers("devices.antivirus.signatureDate")).isEmpty();
    }

    @Test
    void a_quoted_key_of_a_record_the_rule_does_not_mention_is_not_read() {
        DrlReads reads = scan("PRT-01", "rule \"PRT-01 x\" when $m : Medium() then judge.isTrue($m, \"classified\"); end");
        assertThat(reads.readers("media.classified")).containsExactly("PRT-01");
        assertThat(reads.readers("devices.classified")).isEmpty();
    }

    @Test
    void accessors_and_helpers_count_as_reads() {
        DrlReads reads = scan("PRT-03", "rule \"PRT-03 x\" when $o : Organization() then "
                + "$o.leadingGroup().flatMap(LeadingGroup::head); judge.orgLevelAtLeast(3); judge.active($o); end");
        assertThat(reads.readers("organization.leadingGroup.head")).containsExactly("PRT-03");
        assertThat(reads.readers("organization.leadingGroup.members")).isEmpty();
        assertThat(reads.readers("systems.mlps.level")).containsExactly("PRT-03");
    }

    @Test
    void a_wire_key_is_found_through_its_java_accessor() {
        DrlReads reads = scan("PRT-03", "rule \"PRT-03 x\" when $a : Account() then $a.isDefault(); end");
        assertThat(reads.readers("accounts.default")).containsExactly("PRT-03");
    }

    @Test
    void sources_not_named_after_a_requirement_are_not_attributed() {
        DrlReads reads = DrlReads.scan(CATALOG, FieldDocs.load(),
                List.of(new RulePack.RuleSource("x/common/derive.drl", "Device() \"managed\"")));
        assertThat(reads.readers("devices.managed")).isEmpty();
    }
}

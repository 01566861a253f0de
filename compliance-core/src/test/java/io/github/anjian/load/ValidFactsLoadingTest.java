package io.github.anjian.load;

import io.github.anjian.facts.Covers;
import io.github.anjian.facts.Device;
import io.github.anjian.facts.DisposalMethod;
import io.github.anjian.facts.Facts;
import io.github.anjian.facts.InfoSystem;
import io.github.anjian.facts.Items;
import io.github.anjian.facts.LeadingGroup;
import io.github.anjian.facts.Maintenance;
import io.github.anjian.facts.Organization;
import io.github.anjian.facts.Plan;
import io.github.anjian.facts.TechnicalSupport;
import io.github.anjian.facts.ZoneSeparation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ValidFactsLoadingTest {

    private static final Path VALID = Path.of("src/test/resources/valid");

    private static Facts load(Path... paths) {
        LoadResult r = FactLoader.defaults().load(List.of(paths));
        assertThat(r.errors()).isEmpty();
        return r.facts().orElseThrow();
    }

    @Test
    void aFullFileLoadsWithoutDiagnostics() {
        LoadResult r = FactLoader.defaults().load(List.of(VALID.resolve("full.yaml")));
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.isValid()).isTrue();
    }

    @Test
    void absentNoneAndStatedAreThreeStates() {
        Facts f = load(VALID.resolve("full.yaml"));
        Organization org = f.organization().get();
        assertThat(org.region().isAbsent()).isTrue();
        assertThat(org.securityDepartment().isNone()).isTrue();
        assertThat(org.staffCount().get()).isEqualTo(40);
        assertThat(org.asOf().get()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(org.network().get().zoneSeparation().get()).isEqualTo(ZoneSeparation.NONE);
        assertThat(f.person("p-officer").orElseThrow().left().isNone()).isTrue();
        InfoSystem s1 = f.system("s1").orElseThrow();
        assertThat(s1.mlps().get().filedOn().isNone()).isTrue();
        assertThat(s1.mlps().get().filingNumber().isAbsent()).isTrue();
        assertThat(s1.website().get().antiTamper().get().autoRestore().isAbsent()).isTrue();
        assertThat(f.product("av").orElseThrow().certification().isNone()).isTrue();
        assertThat(f.device("d-office").orElseThrow().disposal().get().method().get()).isEqualTo(DisposalMethod.NONE);
        assertThat(f.incidents().get().isEmpty()).isTrue();
        assertThat(f.media().isAbsent()).isTrue();
    }

    @Test
    void openListsAreOpenAndPlainListsComplete() {
        Facts f = load(VALID.resolve("full.yaml"));
        LeadingGroup g = f.organization().get().leadingGroup().get();
        assertThat(g.members().get().isOpen()).isTrue();
        assertThat(g.members().get().items()).containsExactly("p-office");
        assertThat(f.people().get().complete()).isTrue();
    }

    @Test
    void aGroupIsOneEntryWithItsCount() {
        Device d = load(VALID.resolve("full.yaml")).device("d-office").orElseThrow();
        assertThat(d.weight()).isEqualTo(30);
        assertThat(d.cpu().get().domestic().get()).isFalse();
    }

    @Test
    void coversTechnicalSupportAndParametersAreTyped() {
        Facts f = load(VALID.resolve("full.yaml"));
        Plan p1 = f.plan("plan-1").orElseThrow();
        assertThat(p1.covers().get()).isSameAs(Covers.ALL);
        assertThat(p1.technicalSupport().get()).isEqualTo(new TechnicalSupport("c1"));
        assertThat(f.plan("plan-2").orElseThrow().technicalSupport().get()).isSameAs(TechnicalSupport.INTERNAL);
        assertThat(f.plan("plan-2").orElseThrow().covers().get().systems().items()).containsExactly("s1");
        assertThat(f.plan("plan-3").orElseThrow().technicalSupport().isNone()).isTrue();
        assertThat(f.parameters().get("passwordMaxAgeDays").value()).isEqualByComparingTo(new BigDecimal(60));
    }

    @Test
    void originsCarryPathAndLocation() {
        Facts f = load(VALID.resolve("full.yaml"));
        Device d = f.device("d-office").orElseThrow();
        assertThat(d.origin().path()).isEqualTo("devices[d-office]");
        assertThat(d.origin().location().toString()).isEqualTo("src/test/resources/valid/full.yaml:37:5");
        assertThat(f.organization().get().origin().path()).isEqualTo("organization");
        assertThat(f.organization().get().network().get().wireless().get().items().get(0).origin().path())
                .isEqualTo("organization.network.wireless[w1]");
        assertThat(f.contractor("c1").orElseThrow().staff().get().items().get(0).origin().path())
                .isEqualTo("contractors[c1].staff[0]");
        assertThat(f.system("s1").orElseThrow().scans().get().items().get(1).origin().path())
                .isEqualTo("systems[s1].scans[1]");
    }

    @Test
    void aFolderLoadsItsFilesInNameOrderAndMergesLists() {
        Facts f = load(VALID.resolve("split"));
        Items<Device> devices = f.devices().get();
        assertThat(devices.stream().map(Device::id)).containsExactly("d1", "d2", "d3", "d4");
        assertThat(devices.isOpen()).as("open because one part is open").isTrue();
        assertThat(devices.items().get(2).origin().location().file()).isEqualTo("src/test/resources/valid/split/20-devices.yaml");
        Items<Maintenance> m = f.maintenance().get();
        assertThat(m.isOpen()).isFalse();
        assertThat(m.stream().map(x -> x.origin().path())).containsExactly("maintenance[0]", "maintenance[1]");
        assertThat(m.items().get(1).origin().location().toString()).isEqualTo("src/test/resources/valid/split/30-more.json:3:20");
        assertThat(f.person("p1")).isPresent();
    }

    @Test
    void twoFilesGivenSeparatelyMergeInTheOrderGiven() {
        Facts f = load(VALID.resolve("split/20-devices.yaml"), VALID.resolve("split/10-org.yaml"));
        assertThat(f.devices().get().stream().map(Device::id)).containsExactly("d3", "d4", "d1", "d2");
    }

    @Test
    void loadTextReadsJsonByItsName() {
        LoadResult r = FactLoader.defaults().loadText("x.json",
                "{\"schema\":\"anjian/v1\",\"organization\":{\"id\":\"o\",\"name\":\"O\",\"securityDepartment\":\"none\"}}");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.facts().orElseThrow().organization().get().securityDepartment().isNone()).isTrue();
    }
}

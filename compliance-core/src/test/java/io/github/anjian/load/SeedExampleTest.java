package io.github.anjian.load;

import io.github.anjian.facts.Device;
import io.github.anjian.facts.Facts;
import io.github.anjian.facts.Frequency;
import io.github.anjian.facts.InfoSystem;
import io.github.anjian.facts.OperatedBy;
import io.github.anjian.facts.Website;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SeedExampleTest {

    static final Path SEED = Path.of("../compliance-examples/examples/seed-bureau");

    @Test
    void theSeedBureauLoadsWithoutAnyDiagnostic() {
        LoadResult r = FactLoader.defaults().load(List.of(SEED));
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void theSeedStatesWhatTheReportSaysAndNothingMore() {
        Facts f = FactLoader.defaults().load(List.of(SEED)).facts().orElseThrow();
        assertThat(f.systems().get().size()).isEqualTo(5);
        assertThat(f.systems().get().stream().filter(s -> s.publicFacing().isEqualTo(true))).hasSize(2);
        assertThat(f.systems().get().stream().filter(s -> s.operations().flatMap(o -> o.by())
                .isEqualTo(OperatedBy.CONTRACTOR))).hasSize(1);
        InfoSystem portal = f.system("sys-portal").orElseThrow();
        Website w = portal.website().get();
        assertThat(w.approvalWorkflow().get()).isTrue();
        assertThat(w.antiTamper().get().autoRestore().isAbsent()).isTrue();
        assertThat(portal.mlps().isAbsent()).isTrue();
        assertThat(portal.scans().get().stream().map(s -> s.frequency().get())).containsOnly(Frequency.REGULAR);
        Device pcs = f.device("dev-office-computers").orElseThrow();
        assertThat(pcs.cpu().get().domestic().get()).isFalse();
        assertThat(pcs.officeSuite().get().domestic().get()).isFalse();
        assertThat(f.devices().get().isOpen()).isTrue();
        assertThat(f.incidents().get().isEmpty()).isTrue();
        assertThat(f.drills().isAbsent()).isTrue();
        assertThat(f.accounts().isAbsent()).isTrue();
        assertThat(f.organization().get().network().isAbsent()).isTrue();
    }
}

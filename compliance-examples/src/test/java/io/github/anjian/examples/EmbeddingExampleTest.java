package io.github.anjian.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anjian.rating.Grade;
import io.github.anjian.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingExampleTest {

    static final Path SMALL = Path.of("src/test/resources/facts/small-office");
    static final EmbeddingExample ANJIAN = new EmbeddingExample();

    @Test
    void one_engine_checks_several_fact_sets() {
        Report a = ANJIAN.check(SMALL, LocalDate.of(2025, 12, 31));
        Report b = ANJIAN.check(SMALL, LocalDate.of(2025, 10, 2));
        assertThat(a.organizationId()).isEqualTo("small-office");
        assertThat(a.rating().grade()).isEqualTo(Grade.POOR);
        assertThat(a.asOf()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(b.asOf()).isEqualTo(LocalDate.of(2025, 10, 2));
        assertThat(b.violations()).noneMatch(v -> v.subject().key().equals("pc-old-signatures"));
    }

    @Test
    void facts_that_do_not_load_are_refused_with_every_place(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("f.yaml"), "schema: anjian/v1\norganization: { id: o1, nme: X }\n");
        assertThatThrownBy(() -> ANJIAN.check(tmp, LocalDate.of(2025, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("f.yaml:2:");
    }
}

package io.github.anjian.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anjian.engine.CheckOptions;
import io.github.anjian.engine.ReportStorage;
import org.junit.jupiter.api.Test;

/** Where a check keeps its outcomes: as asked, or by the body's size against the heap. */
class ReportStorageTest {

    private static final long GB = 1L << 30;

    @Test
    void auto_spools_when_the_outcomes_would_take_a_third_of_the_heap() {
        // about 2.4 KB of report per fact: a million devices and their people, accounts and media (2.1 M facts)
        assertThat(Evaluation.spoolsReport(ReportStorage.AUTO, 2_100_000, 2 * GB)).isTrue();
        assertThat(Evaluation.spoolsReport(ReportStorage.AUTO, 2_100_000, 20 * GB)).isFalse();
        assertThat(Evaluation.spoolsReport(ReportStorage.AUTO, 1_000, 64L << 20)).isFalse();
        assertThat(Evaluation.spoolsReport(ReportStorage.AUTO, 100_000, 600L << 20)).isTrue();
    }

    @Test
    void heap_and_temporary_file_are_kept_whatever_the_size() {
        assertThat(Evaluation.spoolsReport(ReportStorage.HEAP, 2_100_000, GB)).isFalse();
        assertThat(Evaluation.spoolsReport(ReportStorage.TEMPORARY_FILE, 1, 20 * GB)).isTrue();
    }

    @Test
    void options_carry_the_storage_and_default_to_auto() {
        assertThat(CheckOptions.defaults().reportStorage()).isEqualTo(ReportStorage.AUTO);
        CheckOptions o = CheckOptions.defaults().reportStorage(ReportStorage.TEMPORARY_FILE).lang(io.github.anjian.catalog.Lang.ZH)
                .asOf(java.time.LocalDate.of(2025, 12, 31)).parameter("avSignatureDays", java.math.BigDecimal.TEN);
        assertThat(o.reportStorage()).isEqualTo(ReportStorage.TEMPORARY_FILE);
        assertThat(new CheckOptions(java.util.Optional.empty(), java.util.Map.of(), io.github.anjian.catalog.Lang.EN,
                java.util.List.of(), java.util.List.of()).reportStorage()).isEqualTo(ReportStorage.AUTO);
        assertThatThrownBy(() -> CheckOptions.defaults().reportStorage(null)).isInstanceOf(NullPointerException.class);
    }
}

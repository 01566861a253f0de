package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A system's logs.
 */
public record Logs(
        @Range(min = 0) Value<Integer> retentionDays,
        Value<LocalDate> lastBackup,
        Value<Frequency> backupFrequency,
        Value<LocalDate> lastAnalysis,
        Value<Frequency> analysisFrequency,
        @Ref(Person.class) Value<String> analyst) {
}

package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A system's data backup.
 */
public record Backup(
        Value<Boolean> local,
        Value<Boolean> offsite,
        Value<Boolean> realtime,
        Value<Boolean> hotStandby,
        Value<Frequency> frequency,
        Value<LocalDate> lastSuccess,
        Value<LocalDate> lastRestoreTest) {
}

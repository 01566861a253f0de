package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A vulnerability or malware scan, dated or as a practice.
 */
public record Scan(
        ScanKind kind,
        Value<LocalDate> date,
        Value<Frequency> frequency,
        Origin origin) implements Located {
}

package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An accepted gap (SPEC §5): a requirement's FAIL accepted for a time with a reason.
 */
public record Waiver(
        String requirement,
        Value<Items<String>> subjects,
        Value<String> justification,
        Value<String> approvedBy,
        Value<LocalDate> approved,
        Value<LocalDate> expires,
        Origin origin) implements Located {
}

package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A device's login password.
 */
public record Password(
        Value<Boolean> set,
        Value<LocalDate> lastChanged,
        Value<Frequency> changeFrequency) {
}

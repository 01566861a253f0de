package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A device's operating system.
 */
public record OperatingSystem(
        Value<String> name,
        Value<Boolean> domestic,
        Value<LocalDate> lastPatched) {
}

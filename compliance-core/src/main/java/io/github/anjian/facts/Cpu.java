package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A device's processor.
 */
public record Cpu(
        Value<String> vendor,
        Value<Boolean> domestic) {
}

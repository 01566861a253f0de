package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The security budget line.
 */
public record Budget(
        Value<Integer> year,
        @Range(min = 0) Value<Integer> amount) {
}

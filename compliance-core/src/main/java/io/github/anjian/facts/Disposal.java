package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How a scrapped device or medium was disposed of.
 */
public record Disposal(
        Value<LocalDate> date,
        Value<DisposalMethod> method,
        Value<Boolean> authorized) {
}

package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * This year's self-inspection filing to the superior body.
 */
public record SelfInspection(
        Value<Integer> year,
        Value<LocalDate> deadline,
        Value<LocalDate> reportSubmitted,
        Value<Boolean> formSubmitted,
        Value<ExternalTester> externalTester) {
}

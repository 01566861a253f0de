package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A system's graded protection (等级保护) record.
 */
public record Mlps(
        @Range(min = 1, max = 5) Value<Integer> level,
        Value<LocalDate> gradedOn,
        Value<Boolean> expertReviewed,
        Value<Boolean> supervisorApproved,
        Value<String> filingNumber,
        Value<LocalDate> filedOn,
        Value<LocalDate> goLiveOn,
        Value<LocalDate> selfInspectedOn,
        Value<LocalDate> majorChangeOn,
        Value<Items<Assessment>> assessments) {
}

package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Who operates a system and how.
 */
public record Operations(
        Value<OperatedBy> by,
        @Ref(Contractor.class) Value<String> contractor,
        @Ref(Person.class) Value<String> owner,
        Value<LocalDate> logLastEntry,
        Value<Frequency> logFrequency) {
}

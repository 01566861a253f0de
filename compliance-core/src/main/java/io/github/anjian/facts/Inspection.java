package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A security inspection carried out by or on the organization.
 */
public record Inspection(
        Value<LocalDate> date,
        Value<Frequency> frequency,
        InspectionKind kind,
        Value<String> orderedBy,
        Value<String> notice,
        Value<Boolean> checklist,
        Value<Boolean> reportIssued,
        Value<Boolean> circulated,
        Origin origin) implements Located {
}

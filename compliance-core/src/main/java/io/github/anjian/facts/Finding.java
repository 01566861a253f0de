package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A hidden danger or problem found, and its remediation.
 */
public record Finding(
        String id,
        Value<String> requirement,
        Value<String> title,
        Value<RiskLevel> severity,
        @Ref(Person.class) Value<String> owner,
        Value<LocalDate> found,
        Value<LocalDate> due,
        Value<FindingStatus> status,
        Value<LocalDate> closed,
        Origin origin) implements Located {
}

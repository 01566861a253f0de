package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A contractor's service agreement.
 */
public record Agreement(
        Value<LocalDate> signed,
        Value<LocalDate> expires,
        Value<Boolean> securityClauses,
        Value<Boolean> confidentialityClause,
        Value<Boolean> emergencySupportClause,
        Value<Boolean> capabilityStated,
        Value<LocalDate> lastReview) {
}

package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A machine room or server cabinet.
 */
public record Facility(
        String id,
        FacilityKind kind,
        Value<Boolean> accessControl,
        Value<Boolean> fireSuppression,
        Value<Boolean> lightningProtection,
        Value<Boolean> ups,
        Value<Boolean> environmentMonitoring,
        Origin origin) implements Located {
}

package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A wireless network.
 */
public record Wireless(
        String id,
        Value<Boolean> authenticated,
        Value<Boolean> controlledBoundary,
        Value<Boolean> defaultAdminChanged,
        Origin origin) implements Located {
}

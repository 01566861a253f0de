package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Protection at the network boundary.
 */
public record Boundary(
        Value<Boolean> firewall,
        Value<Boolean> defaultDeny,
        Value<Boolean> ids,
        Value<Boolean> ips) {
}

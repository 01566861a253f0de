package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A server's network ports.
 */
public record Ports(
        Value<Items<Integer>> open,
        Value<Items<Integer>> allowed) {
}

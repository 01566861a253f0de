package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A system's use of cryptography.
 */
public record Crypto(
        Value<Boolean> inTransit,
        Value<Boolean> atRest,
        Value<Items<String>> algorithms) {
}

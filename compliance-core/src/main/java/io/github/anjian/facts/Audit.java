package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A system's security audit.
 */
public record Audit(
        Value<Boolean> enabled,
        Value<Boolean> allUsers,
        @Key("protected") Value<Boolean> isProtected) {
}

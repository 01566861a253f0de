package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A written security policy.
 */
public record Policy(
        PolicyKind kind,
        Value<String> title,
        Value<LocalDate> issued,
        Value<LocalDate> reviewed,
        Origin origin) implements Located {
}

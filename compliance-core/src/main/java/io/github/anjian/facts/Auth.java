package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A system's authentication settings.
 */
public record Auth(
        @Range(min = 0) Value<Integer> passwordMinLength,
        Value<Boolean> passwordComplexity,
        @Range(min = 0) Value<Integer> lockoutThreshold,
        @Range(min = 0) Value<Integer> sessionTimeoutMinutes,
        @Range(min = 0) Value<Integer> factors,
        Value<Boolean> cryptoFactor) {
}

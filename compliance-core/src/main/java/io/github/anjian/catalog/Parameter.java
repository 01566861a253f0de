package io.github.anjian.catalog;

import java.math.BigDecimal;

/**
 * A named, overridable threshold of a requirement (SPEC §3 brackets).
 *
 * @param name e.g. {@code passwordMaxAgeDays}
 * @param type days, months or ratio
 * @param defaultValue the default
 * @param description what it means, en and zh
 */
public record Parameter(String name, ParameterType type, BigDecimal defaultValue, Text description) {

    /** An error message when {@code value} does not fit the type, else empty. */
    public java.util.Optional<String> check(BigDecimal value) {
        return switch (type) {
            case DAYS, MONTHS, MINUTES, CHARACTERS -> value.stripTrailingZeros().scale() > 0 || value.signum() < 0
                    ? java.util.Optional.of(name + " takes a whole number of " + type.name().toLowerCase() + " (0 or more), not " + value.toPlainString())
                    : java.util.Optional.empty();
            case RATIO -> value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0
                    ? java.util.Optional.of(name + " takes a ratio between 0 and 1, not " + value.toPlainString())
                    : java.util.Optional.empty();
        };
    }
}

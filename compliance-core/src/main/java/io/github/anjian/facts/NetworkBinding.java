package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A device's network address binding.
 */
public record NetworkBinding(
        Value<Boolean> staticIp,
        Value<Boolean> macBound) {
}

package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Software installed on a device.
 */
public record Software(
        Value<String> name,
        Value<Boolean> approved,
        Origin origin) implements Located {
}

package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A device's office suite.
 */
public record OfficeSuite(
        Value<String> name,
        Value<Boolean> domestic) {
}

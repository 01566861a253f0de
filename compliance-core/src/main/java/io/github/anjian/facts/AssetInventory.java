package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The asset inventory.
 */
public record AssetInventory(
        Value<LocalDate> updated) {
}

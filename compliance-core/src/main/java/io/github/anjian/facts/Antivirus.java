package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Antivirus on a device.
 */
public record Antivirus(
        Value<Boolean> installed,
        Value<LocalDate> signatureDate,
        Value<Boolean> autoUpdate,
        Value<Frequency> updateFrequency,
        @Ref(Product.class) Value<String> product) {
}

package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Web page anti-tamper protection (防篡改).
 */
public record AntiTamper(
        Value<Boolean> enabled,
        Value<Boolean> autoRestore) {
}

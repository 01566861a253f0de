package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An IT product in use (security, crypto, terminal, office, OS, network).
 */
public record Product(
        String id,
        ProductCategory category,
        Value<String> name,
        Value<String> vendor,
        Value<Boolean> domestic,
        Value<String> certification,
        Value<LocalDate> foreignReview,
        Origin origin) implements Located {
}

package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The portal facts of a system of kind {@code website}.
 */
public record Website(
        Value<String> domain,
        Value<String> icpNumber,
        Value<Boolean> approvalWorkflow,
        Value<Boolean> firewall,
        Value<Boolean> waf,
        Value<Boolean> antiDdos,
        Value<AntiTamper> antiTamper,
        Value<Boolean> monitoring) {
}

package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An external tester engaged for the self-inspection.
 */
public record ExternalTester(
        Value<Boolean> used,
        Value<Boolean> qualified,
        Value<Boolean> confidentialityAgreement) {
}

package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A contractor (third party) that serves the organization.
 */
public record Contractor(
        String id,
        Value<String> name,
        Value<Boolean> domestic,
        Value<Items<ContractorService>> services,
        @Ref(InfoSystem.class) Value<Items<String>> systems,
        Value<Agreement> agreement,
        Value<LocalDate> securityReview,
        Value<Items<ContractorStaff>> staff,
        Origin origin) implements Located {
}

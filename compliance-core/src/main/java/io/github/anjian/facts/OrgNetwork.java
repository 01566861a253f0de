package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The organization's network.
 */
public record OrgNetwork(
        Value<Boundary> boundary,
        Value<Boolean> nac,
        Value<Boolean> internetAccessAudit,
        Value<ZoneSeparation> zoneSeparation,
        Value<Items<Wireless>> wireless) {
}

package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A plan: emergency, localization, remediation or backup.
 */
public record Plan(
        String id,
        PlanKind kind,
        Value<String> title,
        Value<String> basedOn,
        Value<LocalDate> approved,
        Value<LocalDate> revised,
        Value<Items<PlanSection>> sections,
        Value<TechnicalSupport> technicalSupport,
        Value<Covers> covers,
        Value<LocalDate> targetDate,
        Origin origin) implements Located {
}

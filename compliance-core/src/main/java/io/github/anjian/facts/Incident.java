package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A security incident.
 */
public record Incident(
        String id,
        Value<LocalDate> date,
        Value<IncidentKind> kind,
        @Ref(InfoSystem.class) Value<String> system,
        @Ref(Device.class) Value<String> device,
        Value<LocalDate> reported,
        Value<String> rootCause,
        Value<LocalDate> resolved,
        Value<Boolean> investigated,
        Value<String> accountability,
        Origin origin) implements Located {
}

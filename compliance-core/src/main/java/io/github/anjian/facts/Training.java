package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A security training.
 */
public record Training(
        Value<LocalDate> date,
        @Ref(Plan.class) Value<String> plan,
        Value<Audience> audience,
        Value<String> topic,
        @Ref(Person.class) Value<Items<String>> attendees,
        @Range(min = 0) Value<Integer> attendeeCount,
        Value<Boolean> external,
        Origin origin) implements Located {
}

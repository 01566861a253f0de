package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An emergency drill, for a plan or on its own.
 */
public record Drill(
        Value<String> id,
        Value<LocalDate> date,
        Value<Frequency> frequency,
        @Ref(Plan.class) Value<String> plan,
        Value<String> scenario,
        Value<Covers> covers,
        @Range(min = 0) Value<Integer> recoveryMinutes,
        Origin origin) implements Located {
}

package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A removable storage medium, or a group of like media.
 */
public record Medium(
        String id,
        MediumKind kind,
        Value<Boolean> classified,
        Value<MediumStatus> status,
        @Range(min = 1) Value<Integer> count,
        @Ref(Person.class) Value<String> custodian,
        @Ref(Device.class) Value<Items<String>> usedOn,
        Value<Disposal> disposal,
        Origin origin) implements Located {

    /** How many like things this entry describes ({@code count}, default 1). */
    public int weight() {
        return count.orElse(1);
    }
}

package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The security leading group (领导小组).
 */
public record LeadingGroup(
        Value<LocalDate> established,
        @Ref(Person.class) Value<String> head,
        @Ref(Person.class) Value<Items<String>> deputyHeads,
        @Ref(Person.class) Value<Items<String>> members,
        Value<String> office) {
}

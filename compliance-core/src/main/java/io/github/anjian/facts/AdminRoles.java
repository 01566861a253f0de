package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The three administrators (三员): system, audit and security administrator.
 */
public record AdminRoles(
        @Ref(Person.class) Value<String> system,
        @Ref(Person.class) Value<String> audit,
        @Ref(Person.class) Value<String> security) {
}

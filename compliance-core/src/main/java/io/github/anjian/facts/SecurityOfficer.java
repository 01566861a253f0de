package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A security officer (安全管理员).
 */
public record SecurityOfficer(
        @Ref(Person.class) String person,
        Value<Boolean> fullTime,
        Origin origin) implements Located {
}

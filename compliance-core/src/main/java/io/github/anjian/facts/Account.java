package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An account on a system.
 */
public record Account(
        String id,
        @Ref(InfoSystem.class) Value<String> system,
        @Ref(Person.class) Value<String> owner,
        @Key("default") Value<Boolean> isDefault,
        Value<Boolean> defaultPasswordChanged,
        Value<Boolean> shared,
        Value<Boolean> enabled,
        Value<LocalDate> lastLogin,
        @Ref(Person.class) Value<String> approvedBy,
        Value<LocalDate> disabledOn,
        Origin origin) implements Located {
}

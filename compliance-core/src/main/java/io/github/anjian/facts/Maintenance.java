package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A maintenance record of a device.
 */
public record Maintenance(
        @Ref(Device.class) String device,
        Value<LocalDate> date,
        Value<Boolean> approved,
        Value<Boolean> supervised,
        Value<Boolean> offsite,
        Value<Boolean> dataRemovedOrEncrypted,
        Origin origin) implements Located {
}

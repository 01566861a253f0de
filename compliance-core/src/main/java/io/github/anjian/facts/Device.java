package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A device, or a group of like devices ({@code count} > 1) of which every field holds for each member.
 */
public record Device(
        String id,
        DeviceKind kind,
        @Ref(Person.class) Value<String> user,
        Value<Boolean> classified,
        Value<DeviceStatus> status,
        Value<Boolean> managed,
        Value<Boolean> internetConnected,
        Value<Boolean> processesClassified,
        @Range(min = 1) Value<Integer> count,
        Value<Password> password,
        Value<NetworkBinding> network,
        Value<Antivirus> antivirus,
        Value<Boolean> realNameRegistered,
        Value<Boolean> usbStorageBlocked,
        @Range(min = 0) Value<Integer> autoLockMinutes,
        Value<Cpu> cpu,
        Value<OperatingSystem> os,
        Value<OfficeSuite> officeSuite,
        Value<Items<Software>> software,
        Value<Ports> ports,
        @Ref(InfoSystem.class) Value<Items<String>> systems,
        Value<Items<Scan>> scans,
        Value<Disposal> disposal,
        Origin origin) implements Located {

    /** How many like things this entry describes ({@code count}, default 1). */
    public int weight() {
        return count.orElse(1);
    }
}

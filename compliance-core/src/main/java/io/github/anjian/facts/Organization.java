package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The organization under inspection (SPEC §2.1 {@code organization}); exactly one across all files.
 */
public record Organization(
        String id,
        String name,
        Value<String> region,
        Value<LocalDate> asOf,
        @Range(min = 0) Value<Integer> staffCount,
        @Ref(Person.class) Value<String> securityLeader,
        Value<LeadingGroup> leadingGroup,
        Value<SecurityDepartment> securityDepartment,
        Value<Items<SecurityOfficer>> securityOfficers,
        Value<AdminRoles> adminRoles,
        Value<Budget> budget,
        Value<AssetInventory> assetInventory,
        Value<OrgNetwork> network,
        Value<SelfInspection> selfInspection,
        Origin origin) implements Located {
}

package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A member of a contractor's staff who works for the organization.
 */
public record ContractorStaff(
        String name,
        Value<Boolean> confidentialityAgreement,
        Value<Boolean> hadAccount,
        Value<LocalDate> workEnded,
        Value<LocalDate> accountDisabledOn,
        Origin origin) implements Located {
}

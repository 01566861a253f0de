package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The department that carries the security work (承办部门).
 */
public record SecurityDepartment(
        Value<String> name,
        @Ref(Person.class) Value<String> head) {
}

package io.github.anjian.facts;

import java.math.BigDecimal;

/**
 * One override under {@code parameters:} (SPEC §2), as written; the engine checks name and type
 * against the rule pack's parameters.
 *
 * @param name the parameter name, e.g. {@code passwordMaxAgeDays}
 * @param value the number written
 * @param location where it was written
 */
public record ParameterSetting(String name, BigDecimal value, SourceLocation location) {
}

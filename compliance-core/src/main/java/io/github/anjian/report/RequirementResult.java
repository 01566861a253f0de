package io.github.anjian.report;

import io.github.anjian.catalog.Severity;
import io.github.anjian.engine.Status;
import io.github.anjian.rating.Counts;

import java.math.BigDecimal;

/**
 * A requirement's result over its subjects (SPEC §4).
 *
 * @param id the requirement id
 * @param area its area
 * @param title its title in the report's language
 * @param severity the severity in force (level-dependent where SPEC says so)
 * @param status the requirement status
 * @param value weighted mean over applicable subjects (WAIVED counting 1), 4 decimals; null when not applicable
 * @param valueWithoutWaivers the same with WAIVED counting 0
 * @param subjects how many subjects ended in each status
 */
public record RequirementResult(String id, String area, String title, Severity severity, Status status,
                                BigDecimal value, BigDecimal valueWithoutWaivers, Counts subjects) {
}

package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An MLPS assessment (等级测评).
 */
public record Assessment(
        Value<LocalDate> date,
        Value<Boolean> agencyQualified,
        Value<AssessmentConclusion> conclusion,
        Value<BigDecimal> score,
        @Range(min = 0) Value<Integer> openHighRisks,
        @Range(min = 0) Value<Integer> openMediumRisks,
        Origin origin) implements Located {
}

package io.github.anjian.rating;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rating of one check (SPEC §4).
 *
 * @param score 100 × Σ weight·value / Σ weight over applicable requirements, one decimal, half-up
 * @param scoreWithoutWaivers the same with WAIVED counted 0
 * @param scoreOfKnown the score over requirements whose status is not UNKNOWN
 * @param coverage 100 × the weight of decided requirements / the weight of applicable ones
 * @param grade the grade
 * @param conclusion the conclusion
 * @param bySeverity score and counts per severity (high, medium, low)
 * @param byArea score and counts per area, in catalog order
 * @param nextGrade the grade the fixes reach, when there is a better one
 * @param fixes the fixes that reach the next grade soonest
 */
public record Rating(BigDecimal score, BigDecimal scoreWithoutWaivers, BigDecimal scoreOfKnown, BigDecimal coverage,
                     Grade grade, Conclusion conclusion, Map<String, GroupScore> bySeverity,
                     Map<String, GroupScore> byArea, Optional<Grade> nextGrade, List<Fix> fixes) {

    /** Copies the collections. */
    public Rating {
        bySeverity = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(bySeverity));
        byArea = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byArea));
        fixes = List.copyOf(fixes);
    }
}

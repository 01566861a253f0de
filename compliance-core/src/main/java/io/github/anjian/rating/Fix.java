package io.github.anjian.rating;

/**
 * One fix on the way to the next grade: make this subject pass this requirement.
 *
 * @param requirement the requirement id
 * @param subjectType the subject type
 * @param subjectId the subject's business key
 * @param scoreImpact the points the score gains by it
 */
public record Fix(String requirement, String subjectType, String subjectId, java.math.BigDecimal scoreImpact) {
}

package io.github.anjian.rating;

import java.math.BigDecimal;

/**
 * The score formula applied to a group of requirements (a severity or an area), and their statuses.
 *
 * @param score 0–100, one decimal; null when no requirement of the group applies
 * @param requirements how many requirements of the group ended in each status
 */
public record GroupScore(BigDecimal score, Counts requirements) {
}

package io.github.anjian.report;

import java.time.LocalDate;

/**
 * Who accepted a violation, why and until when.
 *
 * @param justification why
 * @param approvedBy who
 * @param approved when
 * @param expires until when (null: never)
 */
public record WaiverInfo(String justification, String approvedBy, LocalDate approved, LocalDate expires) {
}

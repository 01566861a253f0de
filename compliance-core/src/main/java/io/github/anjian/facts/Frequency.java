package io.github.anjian.facts;

import java.util.OptionalInt;

/**
 * A recurring practice (SPEC §2 "practice versus record"): how often something is done, as a report
 * says it. {@code regular} ("定期") states no period; {@code irregular} fits no period.
 */
public enum Frequency {
    /** Continuously, in real time: period 0 days. */
    REALTIME(0, 0),
    /** Every day: period 1 day. */
    DAILY(1, 0),
    /** Every week: period 7 days. */
    WEEKLY(7, 0),
    /** Every month: period 30 days or 1 calendar month. */
    MONTHLY(30, 1),
    /** Every quarter: period 90 days or 3 calendar months. */
    QUARTERLY(90, 3),
    /** Every year: period 365 days or 12 calendar months. */
    YEARLY(365, 12),
    /** Regularly (定期), no period stated: gives UNKNOWN where a period is needed. */
    REGULAR(-1, -1),
    /** Irregularly (不定期): fits no period. */
    IRREGULAR(-1, -1);

    private final int days;
    private final int months;

    Frequency(int days, int months) {
        this.days = days;
        this.months = months;
    }

    /** The period in days, empty for {@code regular} and {@code irregular}. */
    public OptionalInt periodDays() {
        return days < 0 ? OptionalInt.empty() : OptionalInt.of(days);
    }

    /** The period in calendar months (SPEC §8.10; daily and weekly count 0), empty when not stated. */
    public OptionalInt periodMonths() {
        return months < 0 ? OptionalInt.empty() : OptionalInt.of(months);
    }
}

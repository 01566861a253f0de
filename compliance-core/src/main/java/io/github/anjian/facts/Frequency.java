package io.github.anjian.facts;

import java.util.OptionalInt;

/**
 * A recurring practice (SPEC §2 "practice versus record"): how often something is done, as a report
 * says it. {@code regular} ("定期") states no period; {@code irregular} fits no period.
 */
public enum Frequency {
    REALTIME(0, 0), DAILY(1, 0), WEEKLY(7, 0), MONTHLY(30, 1), QUARTERLY(90, 3), YEARLY(365, 12),
    REGULAR(-1, -1), IRREGULAR(-1, -1);

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

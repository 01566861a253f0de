package io.github.anjian.report;

/**
 * A figure of the inspection form (SPEC §6, §8.32): an exact count, a lower bound (drawn from an
 * open list: "at least"), or unknown (drawn from an absent list).
 *
 * @param value the count, or null when unknown
 * @param atLeast true when the count is a lower bound
 */
public record Figure(Integer value, boolean atLeast) {

    /** An unknown figure. */
    public static final Figure UNKNOWN = new Figure(null, false);

    /** An exact count. */
    public static Figure exactly(int n) {
        return new Figure(n, false);
    }

    /** A lower bound. */
    public static Figure atLeast(int n) {
        return new Figure(n, true);
    }

    /** True when nothing is known. */
    public boolean isUnknown() {
        return value == null;
    }

    @Override
    public String toString() {
        return value == null ? "?" : atLeast ? "≥" + value : value.toString();
    }
}

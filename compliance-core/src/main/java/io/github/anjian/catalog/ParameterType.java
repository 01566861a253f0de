package io.github.anjian.catalog;

/** The type of a parameter (SPEC §8.8). */
public enum ParameterType {
    /** A whole number of days, 0 or more. */
    DAYS,
    /** A whole number of calendar months, 0 or more. */
    MONTHS,
    /** A decimal between 0 and 1. */
    RATIO
}

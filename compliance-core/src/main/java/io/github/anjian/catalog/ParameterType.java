package io.github.anjian.catalog;

/** The type of a parameter (SPEC §8.8). */
public enum ParameterType {
    /** A whole number of days, 0 or more. */
    DAYS,
    /** A whole number of calendar months, 0 or more. */
    MONTHS,
    /** A whole number of minutes, 0 or more. */
    MINUTES,
    /** A whole number of characters, 0 or more. */
    CHARACTERS,
    /** A decimal between 0 and 1. */
    RATIO
}

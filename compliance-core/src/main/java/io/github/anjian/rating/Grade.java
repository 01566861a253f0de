package io.github.anjian.rating;

/** The grade (SPEC §4; modelled on the 2021 MLPS report bands, not an official MLPS score). */
public enum Grade {
    /** 差: a high-severity FAIL, or score below 70. */
    POOR,
    /** 中. */
    FAIR,
    /** 良: score 80 or more. */
    GOOD,
    /** 优: score 90 or more and no high or medium FAIL or PARTIAL. */
    EXCELLENT
}

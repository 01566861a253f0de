package io.github.anjian.facts;

/** The severity of a vulnerability or finding as the organization graded it. Written in fact files in lower case with hyphens (e.g. {@code high}). */
public enum RiskLevel {
    /** High; PRT-06 and INS-04 set time limits for fixing these. */
    HIGH,
    /** Medium. */
    MEDIUM,
    /** Low. */
    LOW
}

package io.github.anjian.facts;

/** The severity of a vulnerability or finding as the organization graded it. Written in fact files in lower case with hyphens (e.g. {@code high}). */
public enum RiskLevel {
    HIGH,
    MEDIUM,
    LOW
}

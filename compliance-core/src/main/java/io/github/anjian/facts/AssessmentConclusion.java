package io.github.anjian.facts;

/** The conclusion of an MLPS assessment (older score bands and the 2025 conclusions). Written in fact files in lower case with hyphens (e.g. {@code basically-compliant}). */
public enum AssessmentConclusion {
    EXCELLENT,
    GOOD,
    FAIR,
    POOR,
    COMPLIANT,
    BASICALLY_COMPLIANT,
    NON_COMPLIANT
}

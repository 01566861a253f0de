package io.github.anjian.facts;

/** The conclusion of an MLPS assessment (older score bands and the 2025 conclusions). Written in fact files in lower case with hyphens (e.g. {@code basically-compliant}). */
public enum AssessmentConclusion {
    /** Excellent (优): the top band of the older, score-based assessment reports. */
    EXCELLENT,
    /** Good (良): the second band of the older, score-based assessment reports. */
    GOOD,
    /** Fair (中): the third band of the older, score-based assessment reports. */
    FAIR,
    /** Poor (差): the lowest band of the older reports; MLP-06 fails a system with this conclusion. */
    POOR,
    /** Compliant (符合): the best conclusion of the 2025 assessment report. */
    COMPLIANT,
    /** Basically compliant (基本符合), written {@code basically-compliant}. */
    BASICALLY_COMPLIANT,
    /** Non-compliant (不符合), written {@code non-compliant}; MLP-06 fails a system with this conclusion. */
    NON_COMPLIANT
}

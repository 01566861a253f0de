package io.github.anjian.report.diff;

/** How a violation changed between two reports. */
public enum Change {
    /** In the new report only, not waived. */
    NEW,
    /** In the old report, gone from the new one. */
    FIXED,
    /** In both, not waived in the new one. */
    STILL_OPEN,
    /** Not waived in the old report, waived in the new one. */
    NEWLY_WAIVED,
    /** Waived in the old report, no longer waived in the new one (the waiver expired or was withdrawn). */
    EXPIRED,
    /** Waived in both. */
    STILL_WAIVED,
    /** In the new report only, and waived. */
    NEW_WAIVED
}

package io.github.anjian.engine;

/**
 * The outcome of a (requirement, subject) pair and the status of a requirement (SPEC §4).
 * Outcome words are normative.
 */
public enum Status {
    /** The subject meets the requirement. */
    PASS,
    /** The subject fails the requirement. */
    FAIL,
    /** The subject meets part of it (value 0.5), only where SPEC says so. */
    PARTIAL,
    /** The deciding facts are absent; the outcome lists the missing field paths. */
    UNKNOWN,
    /** The requirement does not apply to the subject. */
    NOT_APPLICABLE,
    /** The rule failed for this subject. */
    ERROR,
    /** A FAIL or PARTIAL accepted by an approved, unexpired waiver. */
    WAIVED;

    /** True for FAIL and PARTIAL, the outcomes that are violations (SPEC §8.30). */
    public boolean isViolation() {
        return this == FAIL || this == PARTIAL;
    }
}

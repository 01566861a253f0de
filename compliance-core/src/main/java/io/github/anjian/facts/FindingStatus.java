package io.github.anjian.facts;

/** Whether a finding is still open. Written in fact files in lower case with hyphens (e.g. {@code open}). */
public enum FindingStatus {
    /** Not yet remedied. */
    OPEN,
    /** Remedied and closed. */
    CLOSED
}

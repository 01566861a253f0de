package io.github.anjian.facts;

/** The kind of a scan. Written in fact files in lower case with hyphens (e.g. {@code vulnerability}). */
public enum ScanKind {
    /** A vulnerability scan. */
    VULNERABILITY,
    /** A malware scan (virus and trojan detection). */
    MALWARE
}

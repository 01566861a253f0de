package io.github.anjian.facts;

/** The kind of a security incident. Written in fact files in lower case with hyphens (e.g. {@code tamper}). */
public enum IncidentKind {
    MALWARE,
    LEAK,
    ATTACK,
    TAMPER,
    OUTAGE,
    OTHER
}

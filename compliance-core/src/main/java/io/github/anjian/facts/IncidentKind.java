package io.github.anjian.facts;

/** The kind of a security incident. Written in fact files in lower case with hyphens (e.g. {@code tamper}). */
public enum IncidentKind {
    /** A virus, trojan or other malware infection. */
    MALWARE,
    /** A leak of information. */
    LEAK,
    /** A network attack, such as an intrusion or a denial of service. */
    ATTACK,
    /** Tampering, such as defacement of a website. */
    TAMPER,
    /** An outage: a system or network out of service. */
    OUTAGE,
    /** Any other kind of incident. */
    OTHER
}

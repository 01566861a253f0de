package io.github.anjian.facts;

/** Who operates a system: the body itself, a subordinate institution (affiliate), the superior body's platform, or a contractor. Written in fact files in lower case with hyphens (e.g. {@code contractor}). */
public enum OperatedBy {
    /** Operated by the body itself (自行运维). */
    SELF,
    /** Operated by a subordinate institution (下属事业单位); judged like the body's own systems. */
    AFFILIATE,
    /** A platform of the superior body; judged only by WEB-01, ORG-05 and EMR-07. */
    SUPERIOR,
    /** Operated by the contractor named in {@code operations.contractor}; judged by OUT-01. */
    CONTRACTOR
}

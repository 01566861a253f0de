package io.github.anjian.facts;

/** Who operates a system: the body itself, a subordinate institution (affiliate), the superior body's platform, or a contractor. Written in fact files in lower case with hyphens (e.g. {@code contractor}). */
public enum OperatedBy {
    SELF,
    AFFILIATE,
    SUPERIOR,
    CONTRACTOR
}

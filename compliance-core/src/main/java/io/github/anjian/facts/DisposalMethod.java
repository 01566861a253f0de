package io.github.anjian.facts;

/** How a device or medium was disposed of; {@code none} means it was not sanitized. Written in fact files in lower case with hyphens (e.g. {@code degaussed}). */
public enum DisposalMethod {
    DESTROYED,
    DEGAUSSED,
    WIPED,
    NONE
}

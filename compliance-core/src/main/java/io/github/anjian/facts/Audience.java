package io.github.anjian.facts;

/** Who a training was for. Written in fact files in lower case with hyphens (e.g. {@code all-staff}). */
public enum Audience {
    ALL_STAFF,
    LEADERS,
    TECHNICAL
}

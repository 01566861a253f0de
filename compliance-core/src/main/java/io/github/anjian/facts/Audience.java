package io.github.anjian.facts;

/** Who a training was for. Written in fact files in lower case with hyphens (e.g. {@code all-staff}). */
public enum Audience {
    /** All leaders and staff of the body, written {@code all-staff}; counted by TRN-01. */
    ALL_STAFF,
    /** The body's leaders. */
    LEADERS,
    /** Security management and technical staff (professional training). */
    TECHNICAL
}

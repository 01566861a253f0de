package io.github.anjian.facts;

/** The kind of removable storage. Written in fact files in lower case with hyphens (e.g. {@code usb}). */
public enum MediumKind {
    USB,
    DISK,
    OPTICAL,
    CARD
}

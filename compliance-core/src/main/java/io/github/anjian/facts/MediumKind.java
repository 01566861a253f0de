package io.github.anjian.facts;

/** The kind of removable storage. Written in fact files in lower case with hyphens (e.g. {@code usb}). */
public enum MediumKind {
    /** A USB flash drive. */
    USB,
    /** A removable hard disk. */
    DISK,
    /** An optical disc, such as a CD or DVD. */
    OPTICAL,
    /** A memory card. */
    CARD
}

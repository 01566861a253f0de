package io.github.anjian.facts;

/** Whether a medium is in use. Written in fact files in lower case with hyphens (e.g. {@code lost}). */
public enum MediumStatus {
    ACTIVE,
    SCRAPPED,
    LOST
}

package io.github.anjian.facts;

/** Whether a medium is in use. Written in fact files in lower case with hyphens (e.g. {@code lost}). */
public enum MediumStatus {
    /** In use; the default when {@code status} is absent. */
    ACTIVE,
    /** Taken out of use; its disposal is judged by MGT-05. */
    SCRAPPED,
    /** Lost. */
    LOST
}

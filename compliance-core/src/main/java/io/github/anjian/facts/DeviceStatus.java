package io.github.anjian.facts;

/** Whether a device is in use. Written in fact files in lower case with hyphens (e.g. {@code scrapped}). */
public enum DeviceStatus {
    /** In use; the default when {@code status} is absent. */
    ACTIVE,
    /** Taken out of use; its disposal is judged by MGT-05. */
    SCRAPPED
}

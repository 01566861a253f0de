package io.github.anjian.facts;

/** Whether a device is in use. Written in fact files in lower case with hyphens (e.g. {@code scrapped}). */
public enum DeviceStatus {
    ACTIVE,
    SCRAPPED
}

package io.github.anjian.facts;

/** The kind of a device. Written in fact files in lower case with hyphens (e.g. {@code terminal}). */
public enum DeviceKind {
    TERMINAL,
    SERVER,
    NETWORK,
    SECURITY
}

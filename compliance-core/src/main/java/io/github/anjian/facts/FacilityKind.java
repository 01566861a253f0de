package io.github.anjian.facts;

/** The kind of a facility. Written in fact files in lower case with hyphens (e.g. {@code machine-room}). */
public enum FacilityKind {
    MACHINE_ROOM,
    CABINET
}

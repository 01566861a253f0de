package io.github.anjian.facts;

/** The kind of a facility. Written in fact files in lower case with hyphens (e.g. {@code machine-room}). */
public enum FacilityKind {
    /** A machine room (机房), written {@code machine-room}; PHY-01 also asks for environment monitoring. */
    MACHINE_ROOM,
    /** A server cabinet. */
    CABINET
}

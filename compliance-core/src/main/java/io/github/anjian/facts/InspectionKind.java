package io.github.anjian.facts;

/** The kind of a security inspection. Written in fact files in lower case with hyphens (e.g. {@code routine}). */
public enum InspectionKind {
    ROUTINE,
    COMPREHENSIVE,
    SELF,
    SPOT
}

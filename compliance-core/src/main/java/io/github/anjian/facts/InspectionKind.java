package io.github.anjian.facts;

/** The kind of a security inspection. Written in fact files in lower case with hyphens (e.g. {@code routine}). */
public enum InspectionKind {
    /** A routine security inspection (日常检查); counted by INS-01. */
    ROUTINE,
    /** A comprehensive security inspection (全面检查); asked for by INS-02, counted by INS-01. */
    COMPREHENSIVE,
    /** The body's own check activity (自查), not the yearly filing in {@code organization.selfInspection}. */
    SELF,
    /** A spot check (抽查). */
    SPOT
}

package io.github.anjian.facts;

/** The kind of a plan. Written in fact files in lower case with hyphens (e.g. {@code emergency}). */
public enum PlanKind {
    EMERGENCY,
    LOCALIZATION,
    REMEDIATION,
    BACKUP
}

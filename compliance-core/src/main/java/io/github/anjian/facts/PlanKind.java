package io.github.anjian.facts;

/** The kind of a plan. Written in fact files in lower case with hyphens (e.g. {@code emergency}). */
public enum PlanKind {
    /** An emergency response plan (应急预案); judged by EMR-01 to EMR-05. */
    EMERGENCY,
    /** A plan for moving to domestic IT products (国产化). */
    LOCALIZATION,
    /** A plan for remedying problems found (整改). */
    REMEDIATION,
    /** A data backup plan. */
    BACKUP
}

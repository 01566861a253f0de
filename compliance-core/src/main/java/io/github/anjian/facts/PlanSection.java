package io.github.anjian.facts;

/** A section of an emergency plan. Written in fact files in lower case with hyphens (e.g. {@code activation}). */
public enum PlanSection {
    ACTIVATION,
    ORGANISATION,
    RESOURCES,
    REPORTING,
    RECOVERY
}

package io.github.anjian.facts;

/** A section of an emergency plan. Written in fact files in lower case with hyphens (e.g. {@code activation}). */
public enum PlanSection {
    /** When and how the plan is activated. */
    ACTIVATION,
    /** Who leads the response and who does what. */
    ORGANISATION,
    /** The people, equipment and other resources the response relies on. */
    RESOURCES,
    /** How incidents are reported. */
    REPORTING,
    /** How systems and services are recovered. */
    RECOVERY
}

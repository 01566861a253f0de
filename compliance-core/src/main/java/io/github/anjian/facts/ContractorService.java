package io.github.anjian.facts;

/** A service a contractor provides. Written in fact files in lower case with hyphens (e.g. {@code emergency-support}). */
public enum ContractorService {
    /** Operation and maintenance of systems. */
    OPERATIONS,
    /** Hosting of systems or data on the contractor's premises or platform. */
    HOSTING,
    /** Technical support in emergencies, written {@code emergency-support}; see EMR-05. */
    EMERGENCY_SUPPORT,
    /** Testing of systems, such as security testing. */
    TESTING,
    /** Development of software or systems. */
    DEVELOPMENT
}

package io.github.anjian.facts;

/** A service a contractor provides. Written in fact files in lower case with hyphens (e.g. {@code emergency-support}). */
public enum ContractorService {
    OPERATIONS,
    HOSTING,
    EMERGENCY_SUPPORT,
    TESTING,
    DEVELOPMENT
}

package io.github.anjian.facts;

/** A person's role. Written in fact files in lower case with hyphens (e.g. {@code security-technical}). */
public enum Role {
    /** A leader of the body (领导); ORG-01 and ORG-02 ask for this role. */
    LEADER,
    /** A manager, such as a head of department. */
    MANAGER,
    /** A member of staff. */
    STAFF,
    /** Security technical staff, written {@code security-technical}; judged by TRN-02. */
    SECURITY_TECHNICAL,
    /** An administrator of systems, networks or security. */
    ADMINISTRATOR
}

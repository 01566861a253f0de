package io.github.anjian.facts;

/** A person's role. Written in fact files in lower case with hyphens (e.g. {@code security-technical}). */
public enum Role {
    LEADER,
    MANAGER,
    STAFF,
    SECURITY_TECHNICAL,
    ADMINISTRATOR
}

package io.github.anjian.facts;

/** The kind of a written policy. Written in fact files in lower case with hyphens (e.g. {@code security-policy}). */
public enum PolicyKind {
    SECURITY_POLICY,
    RESPONSIBILITY,
    ACCOUNTABILITY,
    SOFTWARE_INSTALLATION,
    ASSET_MANAGEMENT,
    MEDIA_DISPOSAL,
    REMOVABLE_MEDIA,
    CLEAR_DESK,
    PUBLISHING_APPROVAL,
    OPERATIONS,
    PASSWORD,
    BACKUP,
    OUTSOURCING,
    INCIDENT_RESPONSE,
    CONFIDENTIALITY,
    WEBSITE,
    MALWARE_AND_VULNERABILITY,
    MACHINE_ROOM,
    INTERNET_ACCESS,
    SECURITY_PLAN,
    OTHER
}

package io.github.anjian.facts;

/** The kind of a written policy. Written in fact files in lower case with hyphens (e.g. {@code security-policy}). */
public enum PolicyKind {
    /** The overall security policy (网络安全总体方针); ORG-07 asks for one. */
    SECURITY_POLICY,
    /** The security responsibility system (信息安全责任制); ORG-05 asks for one. */
    RESPONSIBILITY,
    /** Rules for holding people accountable (责任追究制度); ACC-01 asks for one. */
    ACCOUNTABILITY,
    /** Rules for installing and using software; MGT-03 asks for one. */
    SOFTWARE_INSTALLATION,
    /** Rules for managing IT assets. */
    ASSET_MANAGEMENT,
    /** Rules for scrapping and destroying storage media. */
    MEDIA_DISPOSAL,
    /** Rules for managing removable storage media. */
    REMOVABLE_MEDIA,
    /** Rules for locking the screen when leaving the desk; MGT-10 accepts one. */
    CLEAR_DESK,
    /** Rules for approving website content before publication. */
    PUBLISHING_APPROVAL,
    /** Rules for operation and maintenance. */
    OPERATIONS,
    /** Rules for managing passwords. */
    PASSWORD,
    /** Rules for backing up data. */
    BACKUP,
    /** Rules for managing outsourced services. */
    OUTSOURCING,
    /** Rules for handling security incidents. */
    INCIDENT_RESPONSE,
    /** Rules for protecting secrets (保密管理制度). */
    CONFIDENTIALITY,
    /** Rules for managing the website. */
    WEBSITE,
    /** Rules for managing malware and vulnerabilities. */
    MALWARE_AND_VULNERABILITY,
    /** Rules for the machine room. */
    MACHINE_ROOM,
    /** Rules for staff's Internet access. */
    INTERNET_ACCESS,
    /** A network security plan (网络安全规划). */
    SECURITY_PLAN,
    /** Any other policy, named by its {@code title}. */
    OTHER
}

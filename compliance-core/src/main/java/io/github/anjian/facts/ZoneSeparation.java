package io.github.anjian.facts;

/** How the intranet, e-government extranet and Internet are separated; {@code single-network} means the body runs one network only. Written in fact files in lower case with hyphens (e.g. {@code single-network}). */
public enum ZoneSeparation {
    /** The networks are physically separated. */
    PHYSICAL,
    /** The networks are logically separated, such as by firewalls or gateways. */
    LOGICAL,
    /** The networks are not separated. */
    NONE,
    /** The body runs one network only, written {@code single-network}; PRT-12's org part does not apply. */
    SINGLE_NETWORK
}

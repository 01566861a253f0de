package io.github.anjian.facts;

/** How the intranet, e-government extranet and Internet are separated; {@code single-network} means the body runs one network only. Written in fact files in lower case with hyphens (e.g. {@code single-network}). */
public enum ZoneSeparation {
    PHYSICAL,
    LOGICAL,
    NONE,
    SINGLE_NETWORK
}

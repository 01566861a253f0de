package io.github.anjian.facts;

/** The category of an IT product. Written in fact files in lower case with hyphens (e.g. {@code crypto}). */
public enum ProductCategory {
    /** A security product, such as a firewall or antivirus; LOC-03 asks that it be certified. */
    SECURITY,
    /** A cryptographic product; CRY-02 asks that it be certified. */
    CRYPTO,
    /** Terminal hardware, such as a desktop or laptop computer. */
    TERMINAL,
    /** An office suite. */
    OFFICE,
    /** An operating system. */
    OS,
    /** A network product, such as a switch or router. */
    NETWORK
}

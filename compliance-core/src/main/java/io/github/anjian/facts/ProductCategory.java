package io.github.anjian.facts;

/** The category of an IT product. Written in fact files in lower case with hyphens (e.g. {@code crypto}). */
public enum ProductCategory {
    SECURITY,
    CRYPTO,
    TERMINAL,
    OFFICE,
    OS,
    NETWORK
}

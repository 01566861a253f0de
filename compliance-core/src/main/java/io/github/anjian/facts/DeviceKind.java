package io.github.anjian.facts;

/** The kind of a device. Written in fact files in lower case with hyphens (e.g. {@code terminal}). */
public enum DeviceKind {
    /** A terminal: a desktop or laptop computer used by staff (办公计算机). */
    TERMINAL,
    /** A server. */
    SERVER,
    /** A network device, such as a switch or router. */
    NETWORK,
    /** A security device, such as a firewall or an intrusion detection appliance. */
    SECURITY
}

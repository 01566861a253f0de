package io.github.anjian.rules;

import io.github.anjian.catalog.RulePack;

/**
 * The Anjian requirement catalog and its Drools rules, as a {@link RulePack}.
 *
 * <pre>{@code
 * Engine engine = Anjian.engine(AnjianRules.pack());
 * }</pre>
 */
public final class AnjianRules {

    /** The rule pack's name in reports. */
    public static final String NAME = "anjian-rules";

    /** The rule pack's version in reports. */
    public static final String VERSION = "0.1.0";

    /** Where the catalog and DRL live on the class path. */
    public static final String BASE = "io/github/anjian/rules";

    private AnjianRules() {
    }

    /** The index of the executable model that kie-maven-plugin prebuilds at build time. */
    public static final String MODEL_INDEX = "META-INF/kie/io.github.anjian/compliance-rules/drools-model";

    /**
     * Reads the rule pack from the class path (a fresh, immutable value each call), with the
     * executable model prebuilt at build time so that building an engine needs no DRL compiler.
     */
    public static RulePack pack() {
        return RulePack.fromClasspath(AnjianRules.class.getClassLoader(), BASE, NAME, VERSION, MODEL_INDEX);
    }
}

package io.github.anjian.catalog;

import io.github.anjian.catalog.internal.ClasspathPack;

import java.util.List;

/**
 * A catalog and the DRL rules that implement it, with a name and version for reports.
 *
 * @param name e.g. {@code anjian-rules}
 * @param version e.g. {@code 0.1.0}
 * @param catalog the requirements
 * @param rules the DRL sources
 */
public record RulePack(String name, String version, Catalog catalog, List<RuleSource> rules) {

    /** Copies the list. */
    public RulePack {
        rules = List.copyOf(rules);
    }

    /**
     * Reads a rule pack from the class path: {@code <base>/catalog/areas.yaml}, {@code <base>/catalog/*.yaml}
     * (one per requirement) and {@code <base>/**}{@code /*.drl}.
     *
     * @param loader the class loader to read from
     * @param base the resource folder, e.g. {@code io/github/anjian/rules}
     * @param name the pack's name
     * @param version the pack's version
     */
    public static RulePack fromClasspath(ClassLoader loader, String base, String name, String version) {
        return ClasspathPack.read(loader, base, name, version);
    }

    /**
     * One DRL file.
     *
     * @param path its resource path
     * @param text its content
     */
    public record RuleSource(String path, String text) {
    }
}

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
 * @param prebuilt the executable model prebuilt from the DRL at build time, if any: class names of
 *        {@code org.drools.model.Model} implementations and the loader to load them with
 */
public record RulePack(String name, String version, Catalog catalog, List<RuleSource> rules, Prebuilt prebuilt) {

    /** Copies the list. */
    public RulePack {
        rules = List.copyOf(rules);
    }

    /** A pack without a prebuilt model: the DRL is compiled when the engine is built. */
    public RulePack(String name, String version, Catalog catalog, List<RuleSource> rules) {
        this(name, version, catalog, rules, null);
    }

    /** The same pack compiled from its DRL at engine build (to compare, or when the model is stale). */
    public RulePack withoutPrebuilt() {
        return new RulePack(name, version, catalog, rules, null);
    }

    /**
     * The same pack restricted to some requirements: the catalog keeps only those (and all areas), the
     * DRL only the files whose rules name them; a prebuilt model is kept, and an engine built from it
     * leaves out the model's rules that the restricted DRL does not declare. For benchmarks and for
     * checking a part of the catalog.
     *
     * @param ids requirement ids of this pack's catalog
     * @throws IllegalArgumentException when an id is not in the catalog
     */
    public RulePack only(java.util.Set<String> ids) {
        for (String id : ids) {
            if (catalog.requirement(id).isEmpty()) {
                throw new IllegalArgumentException(id + " is not in the catalog of " + name);
            }
        }
        List<Requirement> kept = catalog.requirements().stream().filter(r -> ids.contains(r.id())).toList();
        java.util.regex.Pattern id = java.util.regex.Pattern.compile("@id\\(\"?([A-Z]+-[0-9]+)\"?\\)");
        List<RuleSource> sources = rules.stream().filter(src -> {
            java.util.regex.Matcher m = id.matcher(src.text());
            while (m.find()) {
                if (ids.contains(m.group(1))) {
                    return true;
                }
            }
            return false;
        }).toList();
        return new RulePack(name, version, new Catalog(catalog.areas(), kept), sources, prebuilt);
    }

    /**
     * Reads a rule pack as {@link #fromClasspath(ClassLoader, String, String, String)} and the executable
     * model that {@code kie-maven-plugin} prebuilt, listed in the {@code drools-model} index resource.
     *
     * @param modelIndex e.g. {@code META-INF/kie/io.github.anjian/compliance-rules/drools-model}; when
     *        the resource is missing the DRL is compiled at engine build instead
     */
    public static RulePack fromClasspath(ClassLoader loader, String base, String name, String version, String modelIndex) {
        RulePack p = ClasspathPack.read(loader, base, name, version);
        return new RulePack(name, version, p.catalog(), p.rules(), ClasspathPack.prebuilt(loader, modelIndex, base));
    }

    /**
     * The executable model of a pack.
     *
     * @param classes the {@code org.drools.model.Model} class names
     * @param loader the class loader that has them
     */
    public record Prebuilt(List<String> classes, ClassLoader loader) {
        /** Copies the list. */
        public Prebuilt {
            classes = List.copyOf(classes);
        }
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

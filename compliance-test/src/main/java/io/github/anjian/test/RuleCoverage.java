package io.github.anjian.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which rules of a pack fired in which fixtures, collected by a {@link RuleHarness}. A snapshot:
 * immutable.
 *
 * @param rules every rule name of the pack to its requirement id, sorted
 * @param firedIn rule name to the names of the checks it fired in, sorted
 */
public record RuleCoverage(Map<String, String> rules, Map<String, Set<String>> firedIn) {

    /** Copies the maps. */
    public RuleCoverage {
        rules = java.util.Collections.unmodifiableMap(new TreeMap<>(rules));
        Map<String, Set<String>> f = new TreeMap<>();
        firedIn.forEach((k, v) -> f.put(k, java.util.Collections.unmodifiableSet(new TreeSet<>(v))));
        firedIn = java.util.Collections.unmodifiableMap(f);
    }

    /** The rules that fired in no check, sorted. */
    public List<String> neverFired() {
        return rules.keySet().stream().filter(r -> !firedIn.containsKey(r)).toList();
    }

    /** Share of the pack's rules that fired somewhere, 0..1. */
    public double ratio() {
        return rules.isEmpty() ? 1.0 : (double) (rules.size() - neverFired().size()) / rules.size();
    }

    /** Tab-separated {@code rule, requirement, checks} lines with a header, for a build artifact. */
    public String toTsv() {
        StringBuilder b = new StringBuilder("rule\trequirement\tfired in\n");
        rules.forEach((rule, id) -> b.append(rule).append('\t').append(id).append('\t')
                .append(String.join(" ", firedIn.getOrDefault(rule, Set.of()))).append('\n'));
        return b.toString();
    }

    /** Writes {@link #toTsv()} to a file, creating its folder. */
    public void writeTsv(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, toTsv());
    }
}

package io.github.anjian.test;

import io.github.anjian.report.Report;
import java.util.Map;

/**
 * What one harness check gave: the report and the rules that fired.
 *
 * @param report the report
 * @param firedRules rule name to how often it fired, sorted by name
 */
public record HarnessResult(Report report, Map<String, Integer> firedRules) {

    /** Copies the map. */
    public HarnessResult {
        firedRules = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(firedRules));
    }

    /** True when the named rule fired at least once. */
    public boolean fired(String rule) {
        return firedRules.containsKey(rule);
    }
}

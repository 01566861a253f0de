package io.github.anjian.engine;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one requirement on one subject.
 *
 * @param requirement the requirement id, e.g. {@code PRT-05}
 * @param subject what was judged
 * @param status PASS, FAIL, PARTIAL, UNKNOWN, NOT_APPLICABLE, ERROR or WAIVED
 * @param missing for UNKNOWN: the field paths whose facts would decide it, sorted
 * @param evidence field path to the value that decided it, in reading order
 * @param reasons why it failed or was partly met
 * @param error for ERROR: what went wrong, else empty
 */
public record Outcome(String requirement, Subject subject, Status status, List<String> missing,
                      Map<String, String> evidence, List<Reason> reasons, String error) {

    /** Copies the collections (evidence and missing paths made by {@link Part}s are immutable already and kept as they are). */
    public Outcome {
        missing = Part.copyOfMissing(missing);
        evidence = evidence.isEmpty() ? Map.of() : Part.isFrozen(evidence) ? evidence
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(evidence));
        reasons = List.copyOf(reasons);
    }

    /** The value of this outcome in the rating: PASS and WAIVED 1, PARTIAL 0.5, others 0. */
    public double value(boolean waiversCount) {
        return switch (status) {
            case PASS -> 1.0;
            case WAIVED -> waiversCount ? 1.0 : 0.0;
            case PARTIAL -> 0.5;
            default -> 0.0;
        };
    }

    /** This outcome with another status (waiving). */
    public Outcome withStatus(Status s) {
        return new Outcome(requirement, subject, s, missing, evidence, reasons, error);
    }
}

package io.github.anjian.engine;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of one requirement on one subject: what was judged, the verdict, and why. Immutable;
 * two outcomes are equal when all their parts are ({@link #equals}).
 *
 * <p>A final class rather than a record, with the accessors a record of these parts would have: a
 * large body's report keeps millions of outcomes, and most have at most one reason or one missing
 * path, which this class keeps without a list of its own (made when read).
 */
public final class Outcome {

    private final String requirement;
    private final Subject subject;
    private final Status status;
    private final Map<String, String> evidence;
    /**
     * The rest, in the smallest form that holds it: null (no missing path, reason or error), a
     * {@link Reason} (exactly one reason), a list of one missing path made by {@link Part}, or a
     * {@link Details}.
     */
    private final Object detail;

    /** Missing paths, reasons and error together, for the outcomes that need more than one of them. */
    private record Details(List<String> missing, List<Reason> reasons, String error) {
    }

    /**
     * An outcome; the collections are copied (evidence and missing paths made by {@link Part}s are
     * immutable already and kept as they are).
     *
     * @param requirement the requirement id, e.g. {@code PRT-05}
     * @param subject what was judged
     * @param status PASS, FAIL, PARTIAL, UNKNOWN, NOT_APPLICABLE, ERROR or WAIVED
     * @param missing for UNKNOWN: the field paths whose facts would decide it, sorted
     * @param evidence field path to the value that decided it, in reading order
     * @param reasons why it failed or was partly met
     * @param error for ERROR: what went wrong, else empty
     */
    public Outcome(String requirement, Subject subject, Status status, List<String> missing,
                   Map<String, String> evidence, List<Reason> reasons, String error) {
        this.requirement = requirement;
        this.subject = subject;
        this.status = status;
        this.evidence = evidence.isEmpty() ? Map.of() : Part.isFrozen(evidence) ? evidence
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(evidence));
        this.detail = detail(Part.copyOfMissing(missing), List.copyOf(reasons), error);
    }

    private Outcome(String requirement, Subject subject, Status status, Map<String, String> evidence, Object detail) {
        this.requirement = requirement;
        this.subject = subject;
        this.status = status;
        this.evidence = evidence;
        this.detail = detail;
    }

    private static Object detail(List<String> missing, List<Reason> reasons, String error) {
        boolean noError = "".equals(error);
        if (noError && missing.isEmpty()) {
            return reasons.isEmpty() ? null : reasons.size() == 1 ? reasons.get(0) : new Details(missing, reasons, error);
        }
        if (noError && reasons.isEmpty() && Part.isOneMissing(missing)) {
            return missing;
        }
        return new Details(missing, reasons, error);
    }

    /** The requirement id, e.g. {@code PRT-05}. */
    public String requirement() {
        return requirement;
    }

    /** What was judged. */
    public Subject subject() {
        return subject;
    }

    /** PASS, FAIL, PARTIAL, UNKNOWN, NOT_APPLICABLE, ERROR or WAIVED. */
    public Status status() {
        return status;
    }

    /** For UNKNOWN: the field paths whose facts would decide it, sorted; else empty. */
    @SuppressWarnings("unchecked")
    public List<String> missing() {
        Object d = detail;
        return d instanceof Details x ? x.missing() : d instanceof List<?> l ? (List<String>) l : List.of();
    }

    /** Field path to the value that decided it, in reading order. */
    public Map<String, String> evidence() {
        return evidence;
    }

    /** Why it failed or was partly met. */
    public List<Reason> reasons() {
        Object d = detail;
        return d instanceof Reason r ? List.of(r) : d instanceof Details x ? x.reasons() : List.of();
    }

    /** For ERROR: what went wrong, else empty. */
    public String error() {
        return detail instanceof Details x ? x.error() : "";
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
        return new Outcome(requirement, subject, s, evidence, detail);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Outcome x && Objects.equals(requirement, x.requirement)
                && Objects.equals(subject, x.subject) && status == x.status && evidence.equals(x.evidence)
                && missing().equals(x.missing()) && reasons().equals(x.reasons()) && Objects.equals(error(), x.error());
    }

    @Override
    public int hashCode() {
        return Objects.hash(requirement, subject, status, missing(), evidence, reasons(), error());
    }

    @Override
    public String toString() {
        return "Outcome[requirement=" + requirement + ", subject=" + subject + ", status=" + status + ", missing="
                + missing() + ", evidence=" + evidence + ", reasons=" + reasons() + ", error=" + error() + "]";
    }
}

package io.github.anjian.report;

import io.github.anjian.catalog.Lang;
import io.github.anjian.engine.Outcome;
import io.github.anjian.rating.Rating;
import io.github.anjian.report.internal.Spooled;
import io.github.anjian.report.internal.SpooledOutcomes;

import java.time.LocalDate;
import java.util.List;

/**
 * The result of one check (SPEC §6): immutable, deterministic (catalog order, then subject key).
 * Renderers turn it into JSON, text, HTML and the other formats.
 *
 * <p>A check whose outcomes would crowd the heap keeps them in a temporary file ({@link
 * io.github.anjian.engine.ReportStorage}): {@link #outcomes}, {@link #violations} and {@link #unknowns}
 * are then read-only lists that make each item when it is read (iterate them; {@code get(i)} works but
 * reads from the start of the item's block). Their content is the same either way.
 *
 * @param schema {@code anjian-report/v1}
 * @param organizationId the organization's id
 * @param organizationName its name
 * @param asOf the evaluation date
 * @param rulePackName the rule pack's name
 * @param rulePackVersion the rule pack's version
 * @param lang the language of titles, messages and remediation
 * @param summary the inspection form's figures
 * @param rating score, grade, conclusion
 * @param requirements every requirement's result, catalog order
 * @param violations every FAIL and PARTIAL, catalog order then subject key
 * @param unknowns every UNKNOWN outcome, catalog order then subject key
 * @param warnings loader warnings and engine notes
 * @param outcomes every (requirement, subject) outcome, catalog order then subject key
 * @param baseline the comparison with an earlier report, when checked with one ({@code --baseline})
 */
public record Report(String schema, String organizationId, String organizationName, LocalDate asOf,
                     String rulePackName, String rulePackVersion, Lang lang, Summary summary, Rating rating,
                     List<RequirementResult> requirements, List<Violation> violations, List<UnknownFact> unknowns,
                     List<String> warnings, List<Outcome> outcomes,
                     java.util.Optional<io.github.anjian.report.diff.Comparison> baseline) {

    /** The report schema name. */
    public static final String SCHEMA = "anjian-report/v1";

    /** Copies the lists (lists of a report kept in a temporary file are read-only already and stay as they are). */
    public Report {
        requirements = List.copyOf(requirements);
        violations = violations instanceof Spooled ? violations : List.copyOf(violations);
        unknowns = unknowns instanceof Spooled ? unknowns : List.copyOf(unknowns);
        warnings = List.copyOf(warnings);
        outcomes = outcomes instanceof SpooledOutcomes ? outcomes : List.copyOf(outcomes);
    }

    /**
     * This report compared with an earlier one (SPEC §5 baseline): each violation becomes new or
     * existing, and the fixed ones are listed.
     */
    public Report withBaseline(io.github.anjian.report.diff.Snapshot before) {
        return new Report(schema, organizationId, organizationName, asOf, rulePackName, rulePackVersion, lang, summary,
                rating, requirements, violations, unknowns, warnings, outcomes,
                java.util.Optional.of(io.github.anjian.report.diff.Comparison.of(before,
                        io.github.anjian.report.diff.Snapshot.of(this))));
    }

    /**
     * True when the violation is new against the baseline (or its waiver expired); true for every
     * violation when there is no baseline.
     */
    public boolean isNew(Violation v) {
        return baseline.map(c -> c.isNew(v.fingerprint())).orElse(true);
    }

    /** The result of one requirement. */
    public java.util.Optional<RequirementResult> requirement(String id) {
        return requirements.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The outcomes of one requirement. */
    public List<Outcome> outcomesOf(String id) {
        return outcomes.stream().filter(o -> o.requirement().equals(id)).toList();
    }
}

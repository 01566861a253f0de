package io.github.anjian.report;

import io.github.anjian.catalog.Severity;
import io.github.anjian.engine.Subject;

import java.util.List;

/**
 * An UNKNOWN outcome: the facts to collect to decide it.
 *
 * @param requirement the requirement id
 * @param severity its severity in force (facts to collect are listed most weight first)
 * @param subject the subject
 * @param missing the missing field paths
 */
public record UnknownFact(String requirement, Severity severity, Subject subject, List<String> missing) {

    /** Copies the list. */
    public UnknownFact {
        missing = io.github.anjian.engine.Part.copyOfMissing(missing);
    }
}

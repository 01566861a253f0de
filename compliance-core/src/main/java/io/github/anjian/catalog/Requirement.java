package io.github.anjian.catalog;

import java.util.List;
import java.util.Optional;

/**
 * One requirement of the catalog (SPEC §3): its one home, from which docs, {@code rules}/{@code explain}
 * output and report texts are made.
 *
 * @param id e.g. {@code PRT-05}
 * @param area e.g. {@code PRT}
 * @param severity the severity (the lower one where it depends on the org level)
 * @param severityIfOrgLevel3 the severity when some in-scope system is level 3 or more, if different
 * @param subjects the subject sources ({@code devices}, {@code systems}, {@code contractors.staff}, ...)
 * @param scope which subjects are judged, in words
 * @param title the title
 * @param description what passes
 * @param remediation what to do
 * @param references the sources behind it
 * @param parameters its parameters
 */
public record Requirement(String id, String area, Severity severity, Optional<Severity> severityIfOrgLevel3,
                          List<String> subjects, Text scope, Text title, Text description, Text remediation,
                          List<Reference> references, List<Parameter> parameters) {

    /** Copies the lists. */
    public Requirement {
        subjects = List.copyOf(subjects);
        references = List.copyOf(references);
        parameters = List.copyOf(parameters);
    }
}

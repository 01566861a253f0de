package io.github.anjian.test;

import io.github.anjian.engine.Outcome;
import io.github.anjian.engine.Subject;
import io.github.anjian.report.Violation;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** One-line descriptions of violations and outcomes for failure messages, with file:line. */
final class Describe {

    private Describe() {
    }

    static String subject(Subject s) {
        return s.type() + " " + s.key() + " at " + s.origin().location();
    }

    static String violation(Violation v) {
        return v.requirement() + " " + v.severity().name().toLowerCase(Locale.ROOT) + " "
                + (v.waived() ? "WAIVED" : v.partial() ? "PARTIAL" : "FAIL") + " " + subject(v.subject()) + ": "
                + v.message();
    }

    static String outcome(Outcome o) {
        StringBuilder b = new StringBuilder(o.requirement()).append(' ').append(o.status()).append(' ')
                .append(subject(o.subject()));
        if (!o.missing().isEmpty()) {
            b.append(" missing ").append(String.join(", ", o.missing()));
        }
        if (!o.evidence().isEmpty()) {
            b.append(" evidence ").append(o.evidence());
        }
        if (o.error() != null && !o.error().isEmpty()) {
            b.append(" error ").append(o.error());
        }
        return b.toString();
    }

    static String violations(List<Violation> vs) {
        return vs.isEmpty() ? "  (none)" : vs.stream().map(v -> "  " + violation(v)).collect(Collectors.joining("\n"));
    }

    static String outcomes(List<Outcome> os) {
        return os.isEmpty() ? "  (none)" : os.stream().map(o -> "  " + outcome(o)).collect(Collectors.joining("\n"));
    }
}

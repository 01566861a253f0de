package io.github.anjian.report.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.anjian.report.Report;
import io.github.anjian.report.RequirementResult;
import io.github.anjian.report.Violation;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a comparison needs of a report: its date, rule pack, rating, requirement ids and violations by
 * fingerprint. Made from a {@link Report} or read back from a JSON report written by any version
 * (unknown fields are ignored).
 *
 * @param asOf the evaluation date, as written
 * @param rulePack rule pack name and version, as written
 * @param score the score
 * @param grade the grade
 * @param conclusion the conclusion
 * @param requirements the requirement ids the report's rule pack had
 * @param violations its violations
 */
public record Snapshot(String asOf, String rulePack, BigDecimal score, String grade, String conclusion,
                       Set<String> requirements, List<Item> violations) {

    /**
     * One violation.
     *
     * @param fingerprint its fingerprint
     * @param requirement the requirement id
     * @param severity high, medium or low
     * @param subjectType the subject type
     * @param subjectId the subject's business key
     * @param subjectName the subject's display name
     * @param waived true when a waiver accepted it
     * @param message the message
     */
    public record Item(String fingerprint, String requirement, String severity, String subjectType, String subjectId,
                       String subjectName, boolean waived, String message) {
    }

    /** Copies the collections. */
    public Snapshot {
        requirements = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(requirements));
        violations = List.copyOf(violations);
    }

    /** The snapshot of a report made in this process. */
    public static Snapshot of(Report r) {
        Set<String> ids = new LinkedHashSet<>();
        for (RequirementResult q : r.requirements()) {
            ids.add(q.id());
        }
        List<Item> items = new ArrayList<>();
        for (Violation v : r.violations()) {
            items.add(new Item(v.fingerprint(), v.requirement(), v.severity().name().toLowerCase(Locale.ROOT),
                    v.subject().type(), v.subject().key(), v.subject().name(), v.waived(), v.message()));
        }
        return new Snapshot(r.asOf().toString(), r.rulePackName() + " " + r.rulePackVersion(), r.rating().score(),
                r.rating().grade().name(), r.rating().conclusion().name(), ids, items);
    }

    /**
     * Reads a JSON report ({@code anjian-report/v1}).
     *
     * @throws IOException when it cannot be read
     * @throws IllegalArgumentException when it is not an Anjian report; the message says why
     */
    public static Snapshot read(InputStream in) throws IOException {
        JsonNode n;
        try {
            n = new ObjectMapper().readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        }
        if (n == null || !Report.SCHEMA.equals(n.path("schema").asText())) {
            throw new IllegalArgumentException("not an Anjian JSON report (schema is not " + Report.SCHEMA
                    + "): write it with `check --format json`");
        }
        Set<String> ids = new LinkedHashSet<>();
        n.path("requirements").forEach(q -> ids.add(q.path("id").asText()));
        List<Item> items = new ArrayList<>();
        for (JsonNode v : n.path("violations")) {
            JsonNode s = v.path("subject");
            items.add(new Item(v.path("fingerprint").asText(), v.path("requirement").asText(),
                    v.path("severity").asText().toLowerCase(Locale.ROOT), s.path("type").asText(), s.path("id").asText(),
                    s.path("name").asText(), v.path("waived").asBoolean(false), v.path("message").asText("")));
        }
        JsonNode rating = n.path("rating");
        JsonNode pack = n.path("rulePack");
        return new Snapshot(n.path("asOf").asText(), pack.path("name").asText() + " " + pack.path("version").asText(),
                rating.path("score").decimalValue(), rating.path("grade").asText(), rating.path("conclusion").asText(),
                ids, items);
    }
}

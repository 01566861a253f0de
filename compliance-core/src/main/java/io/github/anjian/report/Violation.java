package io.github.anjian.report;

import io.github.anjian.catalog.Severity;
import io.github.anjian.engine.Subject;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * A FAIL or PARTIAL of one subject (SPEC §6), waived or not.
 *
 * @param fingerprint first 16 hex of SHA-256 over {@code ID|subject type|subject key} (SPEC §8.34)
 * @param requirement the requirement id
 * @param severity the severity in force
 * @param area the area
 * @param subject the subject
 * @param partial true for PARTIAL
 * @param message what was found, in the report's language
 * @param evidence field path to value
 * @param remediation what to do, in the report's language
 * @param waiver the waiver that accepts it, if any
 * @param scoreImpact points the score would gain if this subject passed
 */
public record Violation(String fingerprint, String requirement, Severity severity, String area, Subject subject,
                        boolean partial, String message, Map<String, String> evidence, String remediation,
                        Optional<WaiverInfo> waiver, BigDecimal scoreImpact) {

    /** True when an approved, unexpired waiver accepts it. */
    public boolean waived() {
        return waiver.isPresent();
    }
}

package io.github.anjian.report;

import io.github.anjian.catalog.Severity;
import io.github.anjian.engine.Subject;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A FAIL or PARTIAL of one subject (SPEC §6), waived or not. Immutable; compares by value like a
 * record of its accessors.
 *
 * <p>A check of a large body finds hundreds of thousands of violations, and most callers read their
 * counts and a few of their messages: a violation made by the engine ({@link #of}) makes its
 * message and fingerprint when they are first read, from the reasons it was given, and keeps them.
 */
public final class Violation {

    private final String requirement;
    private final Severity severity;
    private final String area;
    private final Subject subject;
    private final boolean partial;
    private final Map<String, String> evidence;
    private final String remediation;
    private final Optional<WaiverInfo> waiver;
    private final BigDecimal scoreImpact;
    /** Makes the message when it is first read; null when it was given. Kept: a racing reader may need it. */
    private final Supplier<String> messageSource;
    // made once when read; a benign race: every thread makes the same immutable string
    private String message;
    private String fingerprint;

    /**
     * A violation with all its texts given.
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
    public Violation(String fingerprint, String requirement, Severity severity, String area, Subject subject,
                     boolean partial, String message, Map<String, String> evidence, String remediation,
                     Optional<WaiverInfo> waiver, BigDecimal scoreImpact) {
        this(Objects.requireNonNull(fingerprint, "fingerprint"), requirement, severity, area, subject, partial,
                Objects.requireNonNull(message, "message"), null, evidence, remediation, waiver, scoreImpact);
    }

    private Violation(String fingerprint, String requirement, Severity severity, String area, Subject subject,
                      boolean partial, String message, Supplier<String> messageSource, Map<String, String> evidence,
                      String remediation, Optional<WaiverInfo> waiver, BigDecimal scoreImpact) {
        this.fingerprint = fingerprint;
        this.requirement = Objects.requireNonNull(requirement, "requirement");
        this.severity = severity;
        this.area = area;
        this.subject = Objects.requireNonNull(subject, "subject");
        this.partial = partial;
        this.message = message;
        this.messageSource = messageSource;
        this.evidence = evidence;
        this.remediation = remediation;
        this.waiver = Objects.requireNonNull(waiver, "waiver");
        this.scoreImpact = scoreImpact;
    }

    /**
     * A violation whose fingerprint is computed from its requirement and subject (SPEC §8.34) and
     * whose message is made by {@code message} when first read (once; it must be thread-safe and give
     * the same text every time).
     */
    public static Violation of(String requirement, Severity severity, String area, Subject subject, boolean partial,
                               Supplier<String> message, Map<String, String> evidence, String remediation,
                               Optional<WaiverInfo> waiver, BigDecimal scoreImpact) {
        return new Violation(null, requirement, severity, area, subject, partial, null,
                Objects.requireNonNull(message, "message"), evidence, remediation, waiver, scoreImpact);
    }

    /** SPEC §8.34: the first 16 lower-case hex of SHA-256 over {@code ID|subject type|subject key}. */
    public static String fingerprint(String requirement, String subjectType, String subjectKey) {
        byte[] h = SHA256.get().digest((requirement + "|" + subjectType + "|" + subjectKey)
                .getBytes(StandardCharsets.UTF_8)); // digest() resets it for the next call
        return HexFormat.of().formatHex(h, 0, 8);
    }

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    });

    /** First 16 hex of SHA-256 over {@code ID|subject type|subject key} (SPEC §8.34). */
    public String fingerprint() {
        String f = fingerprint;
        if (f == null) {
            f = fingerprint(requirement, subject.type(), subject.key());
            fingerprint = f;
        }
        return f;
    }

    /** The requirement id. */
    public String requirement() {
        return requirement;
    }

    /** The severity in force. */
    public Severity severity() {
        return severity;
    }

    /** The area. */
    public String area() {
        return area;
    }

    /** The subject. */
    public Subject subject() {
        return subject;
    }

    /** True for PARTIAL. */
    public boolean partial() {
        return partial;
    }

    /** What was found, in the report's language. */
    public String message() {
        String m = message;
        if (m == null) {
            m = messageSource.get();
            message = m;
        }
        return m;
    }

    /** Field path to value. */
    public Map<String, String> evidence() {
        return evidence;
    }

    /** What to do, in the report's language. */
    public String remediation() {
        return remediation;
    }

    /** The waiver that accepts it, if any. */
    public Optional<WaiverInfo> waiver() {
        return waiver;
    }

    /** Points the score would gain if this subject passed. */
    public BigDecimal scoreImpact() {
        return scoreImpact;
    }

    /** True when an approved, unexpired waiver accepts it. */
    public boolean waived() {
        return waiver.isPresent();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Violation v && partial == v.partial && requirement.equals(v.requirement)
                && subject.equals(v.subject) && severity == v.severity && Objects.equals(area, v.area)
                && Objects.equals(scoreImpact, v.scoreImpact) && waiver.equals(v.waiver)
                && Objects.equals(remediation, v.remediation) && Objects.equals(evidence, v.evidence)
                && fingerprint().equals(v.fingerprint()) && message().equals(v.message());
    }

    @Override
    public int hashCode() {
        return Objects.hash(fingerprint(), requirement, severity, area, subject, partial, message(), evidence,
                remediation, waiver, scoreImpact);
    }

    @Override
    public String toString() {
        return "Violation[fingerprint=" + fingerprint() + ", requirement=" + requirement + ", severity=" + severity
                + ", area=" + area + ", subject=" + subject + ", partial=" + partial + ", message=" + message()
                + ", evidence=" + evidence + ", remediation=" + remediation + ", waiver=" + waiver
                + ", scoreImpact=" + scoreImpact + "]";
    }
}

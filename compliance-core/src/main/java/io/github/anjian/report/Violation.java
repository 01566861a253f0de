package io.github.anjian.report;

import io.github.anjian.catalog.Severity;
import io.github.anjian.engine.Outcome;
import io.github.anjian.engine.Status;
import io.github.anjian.engine.Subject;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.List;
import io.github.anjian.engine.Reason;

/**
 * A FAIL or PARTIAL of one subject (SPEC §6), waived or not. Immutable; compares by value like a
 * record of its accessors.
 *
 * <p>A check of a large body finds hundreds of thousands of violations, and most callers read their
 * counts and a few of their messages: a violation made by the engine ({@link #of}) shares what its
 * requirement's violations have in common ({@link Kind}), makes its message from its outcome's reasons
 * each time it is read, and its fingerprint when first read.
 */
public final class Violation {

    /**
     * What the violations of one requirement share in a report: made once per requirement.
     *
     * @param requirement the requirement id
     * @param severity the severity in force
     * @param area the area
     * @param remediation what to do, in the report's language
     * @param message makes a violation's message from its reasons (thread-safe; the same text every time)
     */
    public record Kind(String requirement, Severity severity, String area, String remediation,
                       Function<List<Reason>, String> message) {
        /** Checks the requirement id. */
        public Kind {
            Objects.requireNonNull(requirement, "requirement");
        }
    }

    private final Kind kind;
    /** The FAIL, PARTIAL or WAIVED outcome: subject, evidence and the reasons the message is made from. */
    private final Outcome outcome;
    /** The fingerprint given to the constructor; null when it is computed from requirement and subject. */
    private final String givenFingerprint;
    private final Optional<WaiverInfo> waiver;
    private final BigDecimal scoreImpact;
    // made once when first read (a benign race: every thread makes the same immutable string)
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
        this(new Kind(requirement, severity, area, remediation, given(message)), Objects.requireNonNull(fingerprint,
                "fingerprint"), new Outcome(requirement, Objects.requireNonNull(subject, "subject"),
                partial ? Status.PARTIAL : Status.FAIL, List.of(), evidence, List.of(), ""), waiver, scoreImpact);
    }

    private static Function<List<Reason>, String> given(String message) {
        Objects.requireNonNull(message, "message");
        return reasons -> message;
    }

    private Violation(Kind kind, String givenFingerprint, Outcome outcome, Optional<WaiverInfo> waiver,
                      BigDecimal scoreImpact) {
        this.kind = kind;
        this.givenFingerprint = givenFingerprint;
        this.outcome = outcome;
        this.waiver = Objects.requireNonNull(waiver, "waiver");
        this.scoreImpact = scoreImpact;
    }

    /**
     * The violation of an outcome (FAIL or PARTIAL, or WAIVED: {@link #partial} is true for PARTIAL
     * only): its subject and evidence are the outcome's, its fingerprint is computed from requirement and
     * subject (SPEC §8.34), and its message {@code kind} makes from the outcome's reasons when first read.
     */
    public static Violation of(Kind kind, Outcome outcome, Optional<WaiverInfo> waiver, BigDecimal scoreImpact) {
        Objects.requireNonNull(kind.message(), "a kind that makes messages");
        return new Violation(kind, null, Objects.requireNonNull(outcome, "outcome"), waiver, scoreImpact);
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
        if (givenFingerprint != null) {
            return givenFingerprint;
        }
        String f = fingerprint;
        if (f == null) {
            f = fingerprint(kind.requirement(), outcome.subject().type(), outcome.subject().key());
            fingerprint = f;
        }
        return f;
    }

    /** The requirement id. */
    public String requirement() {
        return kind.requirement();
    }

    /** The severity in force. */
    public Severity severity() {
        return kind.severity();
    }

    /** The area. */
    public String area() {
        return kind.area();
    }

    /** The subject. */
    public Subject subject() {
        return outcome.subject();
    }

    /** True for PARTIAL. */
    public boolean partial() {
        return outcome.status() == Status.PARTIAL;
    }

    /** What was found, in the report's language. */
    public String message() {
        // made on every read and not kept: a report is mostly rendered once, and a large one's messages
        // kept after writing would hold hundreds of megabytes
        return kind.message().apply(outcome.reasons());
    }

    /** Field path to value. */
    public Map<String, String> evidence() {
        return outcome.evidence();
    }

    /** What to do, in the report's language. */
    public String remediation() {
        return kind.remediation();
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
        return o == this || o instanceof Violation v && partial() == v.partial() && requirement().equals(v.requirement())
                && subject().equals(v.subject()) && severity() == v.severity() && Objects.equals(area(), v.area())
                && Objects.equals(scoreImpact, v.scoreImpact) && waiver.equals(v.waiver)
                && Objects.equals(remediation(), v.remediation()) && evidence().equals(v.evidence())
                && fingerprint().equals(v.fingerprint()) && message().equals(v.message());
    }

    @Override
    public int hashCode() {
        return Objects.hash(fingerprint(), requirement(), severity(), area(), subject(), partial(), message(), evidence(),
                remediation(), waiver, scoreImpact);
    }

    @Override
    public String toString() {
        return "Violation[fingerprint=" + fingerprint() + ", requirement=" + requirement() + ", severity=" + severity()
                + ", area=" + area() + ", subject=" + subject() + ", partial=" + partial() + ", message=" + message()
                + ", evidence=" + evidence() + ", remediation=" + remediation() + ", waiver=" + waiver
                + ", scoreImpact=" + scoreImpact + "]";
    }
}

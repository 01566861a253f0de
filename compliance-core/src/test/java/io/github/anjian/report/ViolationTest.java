package io.github.anjian.report;

import io.github.anjian.catalog.Severity;
import io.github.anjian.engine.Outcome;
import io.github.anjian.engine.Reason;
import io.github.anjian.engine.Status;
import io.github.anjian.engine.Subject;
import io.github.anjian.facts.Origin;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ViolationTest {

    static final Subject D7 = new Subject("device", "d-7", "d-7", Origin.synthetic("devices[d-7]"), 1);

    @Test
    void fingerprints_of_ascii_and_non_ascii_keys_are_sha256_of_the_utf8_join() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        String[][] cases = {
                {"PRT-01", "device", "d-7"}, {"ORG-02", "organization", "市公安局"}, {"MGT-01", "person", "p-\u00e9"},
                {"SEC-01", "system", ""}, {"WEB-01", "website", "\ud83d\ude00x"}, {"X", "y", "\u007f\u0080"},
        };
        for (String[] c : cases) {
            byte[] h = sha.digest(String.join("|", c).getBytes(StandardCharsets.UTF_8));
            assertThat(Violation.fingerprint(c[0], c[1], c[2])).as(String.join("|", c))
                    .isEqualTo(HexFormat.of().formatHex(h, 0, 8));
        }
    }

    @Test
    void an_engine_violation_makes_its_message_when_read_and_its_fingerprint_per_spec() throws Exception {
        AtomicInteger made = new AtomicInteger();
        Violation.Kind kind = new Violation.Kind("PRT-01", Severity.HIGH, "PRT", "Install antivirus.", reasons -> {
            made.incrementAndGet();
            return "Antivirus: " + reasons.get(0).args().get(0);
        });
        Violation v = Violation.of(kind, new Outcome("PRT-01", D7, Status.FAIL, List.of(),
                Map.of("devices[d-7].antivirus.installed", "false"),
                List.of(Reason.of("not-true", "devices[d-7].antivirus.installed")), ""), Optional.empty(),
                new BigDecimal("1.25"));

        assertThat(made).hasValue(0);
        assertThat(v.message()).isEqualTo("Antivirus: devices[d-7].antivirus.installed");
        assertThat(made).hasValue(1);
        assertThat(v.message()).isEqualTo(v.message()).isNotSameAs(v.message()); // not kept: made on each read
        assertThat(v.fingerprint()).isSameAs(v.fingerprint());

        byte[] sha = MessageDigest.getInstance("SHA-256").digest("PRT-01|device|d-7".getBytes(StandardCharsets.UTF_8));
        assertThat(v.fingerprint()).isEqualTo(HexFormat.of().formatHex(sha).substring(0, 16))
                .isEqualTo(Violation.fingerprint("PRT-01", "device", "d-7"));
        assertThat(v.requirement()).isEqualTo("PRT-01");
        assertThat(v.severity()).isEqualTo(Severity.HIGH);
        assertThat(v.remediation()).isEqualTo("Install antivirus.");
        assertThat(v.partial()).isFalse();
        assertThat(v.evidence()).containsEntry("devices[d-7].antivirus.installed", "false");
    }

    @Test
    void a_violation_with_given_texts_equals_the_engine_made_one_with_the_same_values() {
        Violation.Kind kind = new Violation.Kind("PRT-01", Severity.HIGH, "PRT", "Fix it.", reasons -> "Found: x");
        Violation made = Violation.of(kind, new Outcome("PRT-01", D7, Status.PARTIAL, List.of(), Map.of(), List.of(), ""),
                Optional.empty(), BigDecimal.ONE);
        Violation given = new Violation(made.fingerprint(), "PRT-01", Severity.HIGH, "PRT", D7, true, "Found: x",
                Map.of(), "Fix it.", Optional.empty(), BigDecimal.ONE);

        assertThat(given).isEqualTo(made).hasSameHashCodeAs(made);
        assertThat(given.toString()).isEqualTo(made.toString());
        assertThat(new Violation("0123456789abcdef", "PRT-01", Severity.HIGH, "PRT", D7, true, "Found: x", Map.of(),
                "Fix it.", Optional.empty(), BigDecimal.ONE)).isNotEqualTo(made)
                .extracting(Violation::fingerprint).isEqualTo("0123456789abcdef");
        assertThat(new Violation(made.fingerprint(), "PRT-01", Severity.HIGH, "PRT", D7, true, "Found: y", Map.of(),
                "Fix it.", Optional.empty(), BigDecimal.ONE)).isNotEqualTo(made);
    }
}

package io.github.anjian.rules;

import io.github.anjian.engine.Anjian;
import io.github.anjian.engine.CheckOptions;
import io.github.anjian.engine.Engine;
import io.github.anjian.engine.Outcome;
import io.github.anjian.engine.Status;
import io.github.anjian.load.FactLoader;
import io.github.anjian.load.LoadResult;
import io.github.anjian.report.Report;
import io.github.anjian.report.RequirementResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed bureau (compliance-examples/examples/seed-bureau, from shared/seed/self-inspection-report.txt):
 * the expected status of every requirement, so that what the report admits fails, what it fully states
 * passes, and what it leaves out stays UNKNOWN.
 */
class SeedBureauTest {

    static final Path SEED = Path.of("../compliance-examples/examples/seed-bureau");
    static Report report;

    @BeforeAll
    static void check() throws Exception {
        LoadResult loaded = FactLoader.defaults().load(List.of(SEED));
        assertThat(loaded.errors()).isEmpty();
        Engine engine = Anjian.engine(AnjianRules.pack());
        report = engine.check(loaded.facts().orElseThrow(), CheckOptions.defaults().asOf(LocalDate.of(2025, 12, 31)));
        StringBuilder sb = new StringBuilder();
        for (RequirementResult r : report.requirements()) {
            sb.append(r.id()).append(' ').append(r.status()).append('\n');
            for (Outcome o : report.outcomesOf(r.id())) {
                sb.append("    ").append(o.subject().type()).append(':').append(o.subject().key()).append(' ')
                        .append(o.status()).append(' ').append(o.missing()).append(' ').append(o.evidence()).append('\n');
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/seed-outcomes.txt"), sb);
    }

    @Test
    void every_requirement_has_its_expected_status() {
        Map<String, Status> actual = new LinkedHashMap<>();
        report.requirements().forEach(r -> actual.put(r.id(), r.status()));
        assertThat(actual).containsExactlyEntriesOf(EXPECTED);
    }

    @Test
    void no_requirement_errs_on_the_seed() {
        assertThat(report.requirements()).noneMatch(r -> r.status() == Status.ERROR);
    }

    /**
     * FAIL and PARTIAL, each for a reason the report gives: LOC-01 CPUs "not purely made in China";
     * LOC-02 "Microsoft word"; PRT-02 passwords changed "at any time" (no period: irregular); MGT-03
     * software approval of the office computers not stated; PRT-08 Internet-access audit not stated.
     * PASS only where the report states all the requirement asks (WEB-01..03: approval before
     * publication, border protection, anti-DoS). Everything the report leaves out is UNKNOWN.
     */
    static final Map<String, Status> EXPECTED = new LinkedHashMap<>();

    static void e(String id, Status s) {
        EXPECTED.put(id, s);
    }

    static {
        e("ORG-01", Status.PASS); e("ORG-02", Status.UNKNOWN); e("ORG-03", Status.UNKNOWN); e("ORG-04", Status.UNKNOWN);
        e("ORG-05", Status.UNKNOWN); e("ORG-06", Status.UNKNOWN); e("ORG-07", Status.UNKNOWN); e("MGT-01", Status.UNKNOWN);
        e("MGT-02", Status.UNKNOWN); e("MGT-03", Status.PARTIAL); e("MGT-04", Status.UNKNOWN); e("MGT-05", Status.UNKNOWN);
        e("MGT-06", Status.UNKNOWN); e("MGT-07", Status.UNKNOWN); e("MGT-08", Status.UNKNOWN); e("MGT-09", Status.UNKNOWN);
        e("MGT-10", Status.UNKNOWN); e("OUT-01", Status.UNKNOWN); e("OUT-02", Status.UNKNOWN); e("PRT-01", Status.PASS);
        e("PRT-02", Status.FAIL); e("PRT-03", Status.UNKNOWN); e("PRT-04", Status.UNKNOWN); e("PRT-05", Status.UNKNOWN);
        e("PRT-06", Status.UNKNOWN); e("PRT-07", Status.UNKNOWN); e("PRT-08", Status.PARTIAL); e("PRT-09", Status.PASS);
        e("PRT-10", Status.UNKNOWN); e("PRT-11", Status.UNKNOWN); e("PRT-12", Status.UNKNOWN); e("PRT-13", Status.UNKNOWN);
        e("PRT-14", Status.UNKNOWN); e("PRT-15", Status.UNKNOWN); e("SEC-01", Status.UNKNOWN); e("SEC-02", Status.UNKNOWN);
        e("SEC-03", Status.PASS); e("WEB-01", Status.PASS); e("WEB-02", Status.PASS); e("WEB-03", Status.PASS);
        e("WEB-04", Status.UNKNOWN); e("WEB-05", Status.UNKNOWN); e("WEB-06", Status.UNKNOWN); e("EMR-01", Status.UNKNOWN);
        e("EMR-02", Status.UNKNOWN); e("EMR-03", Status.UNKNOWN); e("EMR-04", Status.UNKNOWN); e("EMR-05", Status.UNKNOWN);
        e("EMR-06", Status.NOT_APPLICABLE); e("EMR-07", Status.UNKNOWN); e("TRN-01", Status.UNKNOWN); e("TRN-02", Status.UNKNOWN);
        e("INS-01", Status.UNKNOWN); e("INS-02", Status.UNKNOWN); e("INS-03", Status.UNKNOWN); e("INS-04", Status.UNKNOWN);
        e("ACC-01", Status.PASS); e("ACC-02", Status.NOT_APPLICABLE); e("MLP-01", Status.UNKNOWN); e("MLP-02", Status.UNKNOWN);
        e("MLP-03", Status.UNKNOWN); e("MLP-04", Status.UNKNOWN); e("MLP-05", Status.NOT_APPLICABLE); e("MLP-06", Status.UNKNOWN);
        e("MLP-07", Status.UNKNOWN); e("LOC-01", Status.FAIL); e("LOC-02", Status.FAIL); e("LOC-03", Status.UNKNOWN);
        e("LOC-04", Status.UNKNOWN); e("CRY-01", Status.UNKNOWN); e("CRY-02", Status.UNKNOWN); e("CRY-03", Status.UNKNOWN);
        e("PHY-01", Status.UNKNOWN); e("WVR-01", Status.NOT_APPLICABLE);
    }
}

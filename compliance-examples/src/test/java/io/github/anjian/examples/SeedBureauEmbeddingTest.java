package io.github.anjian.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anjian.engine.Anjian;
import io.github.anjian.engine.CheckOptions;
import io.github.anjian.engine.Engine;
import io.github.anjian.engine.Outcome;
import io.github.anjian.engine.Status;
import io.github.anjian.load.FactLoader;
import io.github.anjian.load.LoadResult;
import io.github.anjian.rating.Conclusion;
import io.github.anjian.rating.Grade;
import io.github.anjian.report.Report;
import io.github.anjian.rules.AnjianRules;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed bureau checked through the public API only, as an application embeds Anjian: its rating
 * and the outcomes of the six requirements that prove the pipeline end to end (org-level facts, a
 * level-dependent rule, a join across entities, per-device subjects, a join over media and devices,
 * date arithmetic with parameters).
 */
class SeedBureauEmbeddingTest {

    static Report report;

    @BeforeAll
    static void check() {
        Engine engine = Anjian.engine(AnjianRules.pack());
        LoadResult loaded = FactLoader.defaults().load(List.of(Path.of("examples/seed-bureau")));
        assertThat(loaded.diagnostics()).isEmpty();
        report = engine.check(loaded.facts().orElseThrow(), CheckOptions.defaults().asOf(LocalDate.of(2025, 12, 31)));
    }

    static Outcome outcome(String requirement, String subjectKey) {
        return report.outcomesOf(requirement).stream().filter(o -> o.subject().key().equals(subjectKey)).findFirst().orElseThrow();
    }

    @Test
    void the_rating_is_poor_with_most_of_the_inspection_left_unknown() {
        assertThat(report.rating().score()).isEqualByComparingTo("13.9");
        assertThat(report.rating().scoreOfKnown()).isEqualByComparingTo("72.2");
        assertThat(report.rating().coverage()).isEqualByComparingTo("19.3");
        assertThat(report.rating().grade()).isEqualTo(Grade.POOR);       // a high-severity FAIL (PRT-02)
        assertThat(report.rating().conclusion()).isEqualTo(Conclusion.NON_COMPLIANT);
    }

    @Test
    void org_level_facts_the_leading_group_headed_by_a_leader_passes() {
        Outcome o = outcome("ORG-01", "seed-bureau");
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(o.evidence()).containsEntry("people[p-yan-lu].role", "leader");
    }

    @Test
    void a_level_dependent_rule_stays_unknown_while_no_mlps_level_is_known() {
        Outcome o = outcome("ORG-03", "seed-bureau");
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
        assertThat(o.missing()).contains("systems[sys-portal].mlps.level");
    }

    @Test
    void a_join_across_entities_reads_the_contractor_of_the_portal() {
        assertThat(outcome("OUT-01", "sys-portal").status()).isEqualTo(Status.UNKNOWN);
        assertThat(outcome("OUT-01", "sys-portal").missing()).contains("contractors[c-caizhong-wenshan].agreement.signed");
        assertThat(outcome("OUT-01", "sys-internal-1").status()).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void per_device_antivirus_without_a_signature_date_is_unknown_not_pass() {
        Outcome o = outcome("PRT-05", "dev-office-computers");
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
        assertThat(o.missing()).containsExactly("devices[dev-office-computers].antivirus.signatureDate");
    }

    @Test
    void media_not_listed_leave_cross_use_unknown() {
        assertThat(report.requirement("SEC-02").orElseThrow().status()).isEqualTo(Status.UNKNOWN);
        assertThat(report.unknowns()).anySatisfy(u -> {
            assertThat(u.requirement()).isEqualTo("SEC-02");
            assertThat(u.missing()).containsExactly("media");
        });
    }

    @Test
    void assessment_dates_cannot_be_judged_without_levels() {
        assertThat(report.outcomesOf("MLP-03")).allSatisfy(o -> assertThat(o.status()).isEqualTo(Status.UNKNOWN));
        assertThat(outcome("MLP-03", "sys-portal").missing()).containsExactly("systems[sys-portal].mlps.level");
    }
}

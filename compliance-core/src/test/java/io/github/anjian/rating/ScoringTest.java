package io.github.anjian.rating;

import io.github.anjian.catalog.Severity;
import io.github.anjian.engine.Outcome;
import io.github.anjian.engine.Status;
import io.github.anjian.engine.Subject;
import io.github.anjian.facts.Origin;
import io.github.anjian.rating.internal.Scoring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** SPEC §4 rating arithmetic with hand-computed expectations. */
class ScoringTest {

    static Outcome o(String req, String key, Status s, int weight) {
        return new Outcome(req, new Subject("device", key, key, Origin.synthetic("devices[" + key + "]"), weight), s,
                List.of(), Map.of(), List.of(), "");
    }

    /** A requirement whose subjects end in the given statuses, each of weight 1. */
    static Scoring.Req req(String id, Severity sev, Status... statuses) {
        List<Outcome> os = new ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            os.add(o(id, "d" + i, statuses[i], 1));
        }
        return new Scoring.Req(id, "TST", sev, os);
    }

    static Status[] times(int n, Status s) {
        Status[] a = new Status[n];
        java.util.Arrays.fill(a, s);
        return a;
    }

    static Status[] concat(Status[] a, Status... b) {
        Status[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    static List<Scoring.Req> many(int n, Severity sev, Status s) {
        List<Scoring.Req> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(req(String.format("R-%02d", i), sev, s));
        }
        return l;
    }

    static Stream<Arguments> cases() {
        List<Scoring.Req> highFail95 = many(19, Severity.HIGH, Status.PASS);
        highFail95.add(req("X-01", Severity.HIGH, Status.FAIL));
        return Stream.of(
                // name, requirements, score, scoreOfKnown, coverage, grade, conclusion
                Arguments.of("no applicable requirement", List.of(req("A-01", Severity.HIGH, Status.NOT_APPLICABLE)),
                        "100.0", "100.0", "100.0", Grade.EXCELLENT, Conclusion.COMPLIANT),
                Arguments.of("all unknown", List.of(req("A-01", Severity.HIGH, Status.UNKNOWN), req("A-02", Severity.LOW, Status.UNKNOWN)),
                        "0.0", "100.0", "0.0", Grade.POOR, Conclusion.NON_COMPLIANT),
                Arguments.of("one partial subject", List.of(req("A-01", Severity.HIGH, Status.PARTIAL)),
                        "50.0", "50.0", "100.0", Grade.POOR, Conclusion.NON_COMPLIANT),
                Arguments.of("exactly 90.0 from a low requirement", List.of(req("A-01", Severity.LOW, concat(times(9, Status.PASS), Status.FAIL))),
                        "90.0", "90.0", "100.0", Grade.EXCELLENT, Conclusion.BASICALLY_COMPLIANT),
                Arguments.of("exactly 90.0 with a high partial is only good", List.of(req("A-01", Severity.HIGH, concat(times(9, Status.PASS), Status.FAIL))),
                        "90.0", "90.0", "100.0", Grade.GOOD, Conclusion.BASICALLY_COMPLIANT),
                Arguments.of("exactly 80.0", List.of(req("A-01", Severity.LOW, concat(times(8, Status.PASS), Status.FAIL, Status.FAIL))),
                        "80.0", "80.0", "100.0", Grade.GOOD, Conclusion.BASICALLY_COMPLIANT),
                Arguments.of("exactly 70.0", List.of(req("A-01", Severity.MEDIUM, concat(times(7, Status.PASS), times(3, Status.FAIL)))),
                        "70.0", "70.0", "100.0", Grade.FAIR, Conclusion.BASICALLY_COMPLIANT),
                Arguments.of("69.95 rounds to 70.0 and the band reads the rounded score",
                        List.of(req("A-01", Severity.MEDIUM, concat(times(1399, Status.PASS), times(601, Status.FAIL)))),
                        "70.0", "70.0", "100.0", Grade.FAIR, Conclusion.BASICALLY_COMPLIANT),
                Arguments.of("a high FAIL with score 95 is poor", highFail95, "95.0", "95.0", "100.0", Grade.POOR, Conclusion.BASICALLY_COMPLIANT),
                Arguments.of("weights high 1, medium 0.5, low 0.2", List.of(req("A-01", Severity.HIGH, Status.PASS),
                        req("A-02", Severity.MEDIUM, Status.FAIL), req("A-03", Severity.LOW, Status.PASS)),
                        "70.6", "70.6", "100.0", Grade.FAIR, Conclusion.BASICALLY_COMPLIANT),
                Arguments.of("pass with unknown is partial; unknown lowers coverage", List.of(req("A-01", Severity.HIGH, Status.PASS, Status.UNKNOWN),
                        req("A-02", Severity.MEDIUM, Status.UNKNOWN)),
                        "33.3", "50.0", "66.7", Grade.POOR, Conclusion.NON_COMPLIANT),
                Arguments.of("rate above 0.9 without high fail is compliant", many(10, Severity.MEDIUM, Status.PASS),
                        "100.0", "100.0", "100.0", Grade.EXCELLENT, Conclusion.COMPLIANT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rating_matches_hand_computed_values(String name, List<Scoring.Req> reqs, String score, String scoreOfKnown,
                                             String coverage, Grade grade, Conclusion conclusion) {
        Rating r = Scoring.rate(reqs, List.of("TST"));
        assertThat(r.score()).isEqualByComparingTo(score);
        assertThat(r.scoreOfKnown()).isEqualByComparingTo(scoreOfKnown);
        assertThat(r.coverage()).isEqualByComparingTo(coverage);
        assertThat(r.grade()).isEqualTo(grade);
        assertThat(r.conclusion()).isEqualTo(conclusion);
    }

    @Test
    void requirement_status_follows_its_subjects() {
        assertThat(Scoring.status(req("A", Severity.LOW, Status.UNKNOWN, Status.UNKNOWN).outcomes())).isEqualTo(Status.UNKNOWN);
        assertThat(Scoring.status(req("A", Severity.LOW, Status.PASS, Status.UNKNOWN).outcomes())).isEqualTo(Status.PARTIAL);
        assertThat(Scoring.status(req("A", Severity.LOW, Status.FAIL, Status.UNKNOWN).outcomes())).isEqualTo(Status.FAIL);
        assertThat(Scoring.status(req("A", Severity.LOW, Status.PASS, Status.ERROR, Status.UNKNOWN).outcomes())).isEqualTo(Status.ERROR);
        assertThat(Scoring.status(req("A", Severity.LOW, Status.NOT_APPLICABLE).outcomes())).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(Scoring.status(req("A", Severity.LOW, Status.PASS, Status.WAIVED).outcomes())).isEqualTo(Status.WAIVED);
    }

    @Test
    void group_count_weighs_in_the_requirement_value() {
        List<Outcome> os = List.of(o("A", "group", Status.FAIL, 3), o("A", "single", Status.PASS, 1));
        assertThat(Scoring.value(os, true)).isEqualByComparingTo("0.25");
        assertThat(Scoring.status(os)).isEqualTo(Status.PARTIAL);
    }

    @Test
    void waived_counts_one_in_score_and_zero_without_waivers() {
        Rating r = Scoring.rate(List.of(req("A-01", Severity.HIGH, Status.WAIVED), req("A-02", Severity.HIGH, Status.PASS)), List.of("TST"));
        assertThat(r.score()).isEqualByComparingTo("100.0");
        assertThat(r.scoreWithoutWaivers()).isEqualByComparingTo("50.0");
        assertThat(r.grade()).isEqualTo(Grade.EXCELLENT);
    }

    @Test
    void score_impact_is_the_gain_if_that_subject_passed() {
        List<Scoring.Req> reqs = List.of(req("A-01", Severity.HIGH, Status.FAIL, Status.PASS), req("A-02", Severity.MEDIUM, Status.PASS));
        // A-01 value 0.5 -> 1.0: 100 * 1.0 * 0.5 / 1.5 = 33.33
        assertThat(Scoring.scoreImpact(reqs, "A-01", reqs.get(0).outcomes().get(0))).isEqualByComparingTo("33.33");
    }

    @Test
    void fixes_to_the_next_grade_start_with_high_fails() {
        List<Scoring.Req> reqs = new ArrayList<>(many(9, Severity.HIGH, Status.PASS));
        reqs.add(req("X-01", Severity.HIGH, Status.FAIL));
        reqs.add(req("Y-01", Severity.LOW, Status.FAIL));
        Rating r = Scoring.rate(reqs, List.of("TST"));
        assertThat(r.grade()).isEqualTo(Grade.POOR);
        assertThat(r.nextGrade()).contains(Grade.EXCELLENT);  // 98.0, and a low FAIL does not block it
        assertThat(r.fixes()).extracting(Fix::requirement).containsExactly("X-01");
    }

    @Test
    void score_recomputes_with_bigdecimal_half_up() {
        assertThat(Scoring.oneDecimal(new BigDecimal("89.95"))).isEqualByComparingTo("90.0");
        assertThat(Scoring.oneDecimal(new BigDecimal("89.9499"))).isEqualByComparingTo("89.9");
    }
}

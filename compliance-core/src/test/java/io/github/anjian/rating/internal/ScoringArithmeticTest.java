package io.github.anjian.rating.internal;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import io.github.anjian.catalog.Severity;
import io.github.anjian.engine.Outcome;
import io.github.anjian.engine.Status;
import org.junit.jupiter.params.ParameterizedTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.math.MathContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The shortcuts of {@link Scoring} give exactly the decimal definitions' results. */
class ScoringArithmeticTest {

    private static final double[] SEVERITIES = {1.0, 0.5, 0.2};

    @Property(tries = 3000)
    void impact_in_doubles_is_the_decimal_impact(@ForAll @IntRange(min = 0, max = 2_000_000) int gain,
                                                 @ForAll @IntRange(min = 1, max = 2_000_000) int twiceWeight,
                                                 @ForAll @IntRange(min = 0, max = 2) int severity,
                                                 @ForAll @IntRange(min = 1, max = 400) int highs,
                                                 @ForAll @IntRange(min = 0, max = 400) int mediums,
                                                 @ForAll @IntRange(min = 0, max = 400) int lows) {
        BigDecimal den = BigDecimal.valueOf(1.0).multiply(BigDecimal.valueOf(highs))
                .add(BigDecimal.valueOf(0.5).multiply(BigDecimal.valueOf(mediums)))
                .add(BigDecimal.valueOf(0.2).multiply(BigDecimal.valueOf(lows)));
        long g = Math.min(gain, twiceWeight);
        double sev = SEVERITIES[severity];
        assertThat(Scoring.impact(g, twiceWeight, sev, den)).isEqualTo(Scoring.exactImpact(g, twiceWeight, sev, den));
    }

    @Test
    void impacts_on_a_half_cent_are_decided_in_decimals() {
        // 100 x 1.0 x 1/2 / 400 = 0.125 points exactly: half-up gives 0.13
        assertThat(Scoring.impact(1, 2, 1.0, new BigDecimal("400.0"))).isEqualTo(new BigDecimal("0.13"));
        // 100 x 0.2 x 1/1 / 16 = 1.25 exactly: not a half cent, 1.25
        assertThat(Scoring.impact(2, 2, 0.2, new BigDecimal("16.0"))).isEqualTo(new BigDecimal("1.25"));
        for (int den = 1; den <= 2000; den++) {
            for (int num = 1; num <= 8; num++) {
                BigDecimal d = BigDecimal.valueOf(den, 1);
                for (double sev : SEVERITIES) {
                    assertThat(Scoring.impact(num, 8, sev, d)).as("%d/8 sev %s den %s", num, sev, d)
                            .isEqualTo(Scoring.exactImpact(num, 8, sev, d));
                }
            }
        }
    }

    @Property(tries = 2000)
    void fractions_are_the_decimal_quotient(@ForAll @IntRange(min = 0, max = 1 << 25) int num,
                                            @ForAll @IntRange(min = 1, max = 1 << 25) int den) {
        BigDecimal expected = BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), MathContext.DECIMAL128);
        assertThat(Scoring.fraction(num, den)).isEqualTo(expected);
        assertThat(Scoring.fraction(num, den)).isEqualTo(expected); // again, from the cache
    }
    /**
     * Offered in report order, fix candidates settle ties without comparing subjects; the rating must be
     * the one the full comparison gives (fixes in the same order, the same next grade).
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void fix_candidates_in_report_order_give_the_rating_of_the_full_comparison(long seed) {
        java.util.Random random = new java.util.Random(seed);
        // more than 200 candidates (the heap fills and ties decide), and a next grade a few dozen fixes away
        Status[] shortfalls = {Status.FAIL, Status.PARTIAL, Status.UNKNOWN, Status.FAIL};
        List<Scoring.Req> reqs = new ArrayList<>();
        for (int r = 0; r < 10; r++) {
            String id = String.format("R-%02d", r);
            List<Outcome> os = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                Status s = random.nextInt(100) < 86 ? Status.PASS : shortfalls[random.nextInt(shortfalls.length)];
                os.add(new Outcome(id, new io.github.anjian.engine.Subject("device", String.format("d-%05d", i), "d", io.github.anjian.facts.Origin.synthetic("devices"), 1 + random.nextInt(2)), s, List.of(), java.util.Map.of(), List.of(), ""));
            }
            reqs.add(new Scoring.Req(id, "TST", Severity.LOW, os));
        }
        io.github.anjian.rating.Rating full = Scoring.rate(reqs, List.of("TST"));
        Scoring.FixCandidates inOrder = new Scoring.FixCandidates(reqs, true);
        for (int i = 0; i < reqs.size(); i++) {
            for (Outcome o : reqs.get(i).outcomes()) {
                inOrder.offer(i, o);
            }
        }
        Scoring.FixCandidates compared = new Scoring.FixCandidates(reqs, false);
        for (int i = 0; i < reqs.size(); i++) {
            for (Outcome o : reqs.get(i).outcomes()) {
                compared.offer(i, o);
            }
        }
        assertThat(inOrder.inOrder()).hasSize(Scoring.MAX_FIXES).isEqualTo(compared.inOrder());
        assertThat(Scoring.rate(reqs, List.of("TST"), inOrder)).isEqualTo(full);
        assertThat(full.fixes()).isNotEmpty();
    }

    @Test
    void of_many_equal_candidates_the_first_in_report_order_are_kept() {
        List<Outcome> os = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            os.add(new Outcome("R-01", new io.github.anjian.engine.Subject("device", String.format("d-%05d", i), "d",
                    io.github.anjian.facts.Origin.synthetic("devices"), 1), Status.FAIL, List.of(), java.util.Map.of(),
                    List.of(), ""));
        }
        List<Scoring.Req> reqs = List.of(new Scoring.Req("R-01", "TST", Severity.LOW, os));
        for (boolean inReportOrder : new boolean[] {true, false}) {
            Scoring.FixCandidates candidates = new Scoring.FixCandidates(reqs, inReportOrder);
            os.forEach(o -> candidates.offer(0, o));
            assertThat(candidates.inOrder()).as("in report order: %s", inReportOrder).hasSize(Scoring.MAX_FIXES)
                    .extracting(c -> c.outcome().subject().key()).startsWith("d-00000", "d-00001")
                    .endsWith("d-00199");
        }
    }
}

package io.github.anjian.rating.internal;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
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
}

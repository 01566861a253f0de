package io.github.anjian.rating.internal;

import io.github.anjian.catalog.Severity;
import io.github.anjian.engine.Outcome;
import io.github.anjian.engine.Status;
import io.github.anjian.rating.Conclusion;
import io.github.anjian.rating.Counts;
import io.github.anjian.rating.Fix;
import io.github.anjian.rating.Grade;
import io.github.anjian.rating.GroupScore;
import io.github.anjian.rating.Rating;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rating arithmetic of SPEC §4 and §8.29–33, in one place: requirement value and status,
 * score, scoreWithoutWaivers, scoreOfKnown, coverage, grade, conclusion, per-group scores, each
 * violation's score impact and the fixes that reach the next grade.
 */
public final class Scoring {

    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scoring() {
    }

    /**
     * One requirement with its outcomes (NOT_APPLICABLE ones included).
     *
     * @param id requirement id
     * @param area area code
     * @param severity severity in force
     * @param outcomes its outcomes
     */
    public record Req(String id, String area, Severity severity, List<Outcome> outcomes) {
    }

    /** Weighted mean over applicable subjects; null when none applies. */
    public static BigDecimal value(List<Outcome> outcomes, boolean waiversCount) {
        BigDecimal sum = BigDecimal.ZERO;
        long weights = 0;
        for (Outcome o : outcomes) {
            if (o.status() == Status.NOT_APPLICABLE) {
                continue;
            }
            int w = o.subject().weight();
            weights += w;
            sum = sum.add(BigDecimal.valueOf(o.value(waiversCount)).multiply(BigDecimal.valueOf(w)));
        }
        return weights == 0 ? null : sum.divide(BigDecimal.valueOf(weights), MC);
    }

    /** The requirement status from its subjects (SPEC §4, §8.29). */
    public static Status status(List<Outcome> outcomes) {
        boolean any = false;
        boolean allUnknown = true;
        boolean waived = false;
        for (Outcome o : outcomes) {
            if (o.status() == Status.NOT_APPLICABLE) {
                continue;
            }
            any = true;
            if (o.status() == Status.ERROR) {
                return Status.ERROR;
            }
            if (o.status() != Status.UNKNOWN) {
                allUnknown = false;
            }
            waived |= o.status() == Status.WAIVED;
        }
        if (!any) {
            return Status.NOT_APPLICABLE;
        }
        if (allUnknown) {
            return Status.UNKNOWN;
        }
        BigDecimal v = value(outcomes, true);
        if (v.compareTo(BigDecimal.ONE) == 0) {
            return waived ? Status.WAIVED : Status.PASS;
        }
        return v.signum() == 0 ? Status.FAIL : Status.PARTIAL;
    }

    /** Subject counts by status. */
    public static Counts counts(List<Outcome> outcomes) {
        Counts c = Counts.ZERO;
        for (Outcome o : outcomes) {
            c = c.plus(o.status());
        }
        return c;
    }

    /** Rounds half-up to one decimal. */
    public static BigDecimal oneDecimal(BigDecimal x) {
        return x.setScale(1, RoundingMode.HALF_UP);
    }

    /** The score formula over requirements; 100 when none applies. */
    static BigDecimal score(List<Req> reqs, boolean waiversCount, boolean knownOnly) {
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        for (Req r : reqs) {
            Status s = status(r.outcomes());
            if (s == Status.NOT_APPLICABLE || knownOnly && s == Status.UNKNOWN) {
                continue;
            }
            BigDecimal w = BigDecimal.valueOf(r.severity().weight());
            num = num.add(w.multiply(value(r.outcomes(), waiversCount)));
            den = den.add(w);
        }
        return den.signum() == 0 ? HUNDRED : HUNDRED.multiply(num).divide(den, MC);
    }

    static BigDecimal coverage(List<Req> reqs) {
        BigDecimal known = BigDecimal.ZERO;
        BigDecimal all = BigDecimal.ZERO;
        for (Req r : reqs) {
            Status s = status(r.outcomes());
            if (s == Status.NOT_APPLICABLE) {
                continue;
            }
            BigDecimal w = BigDecimal.valueOf(r.severity().weight());
            all = all.add(w);
            if (s != Status.UNKNOWN) {
                known = known.add(w);
            }
        }
        return all.signum() == 0 ? HUNDRED : HUNDRED.multiply(known).divide(all, MC);
    }

    /** The grade (SPEC §4); bands compare the rounded score. */
    static Grade grade(List<Req> reqs) {
        BigDecimal score = oneDecimal(score(reqs, true, false));
        boolean highFail = false;
        boolean mediumOrHighShort = false;
        for (Req r : reqs) {
            Status s = status(r.outcomes());
            if (s == Status.FAIL && r.severity() == Severity.HIGH) {
                highFail = true;
            }
            if ((s == Status.FAIL || s == Status.PARTIAL) && r.severity().atLeast(Severity.MEDIUM)) {
                mediumOrHighShort = true;
            }
        }
        if (highFail || score.compareTo(BigDecimal.valueOf(70)) < 0) {
            return Grade.POOR;
        }
        if (score.compareTo(BigDecimal.valueOf(90)) >= 0 && !mediumOrHighShort) {
            return Grade.EXCELLENT;
        }
        return score.compareTo(BigDecimal.valueOf(80)) >= 0 ? Grade.GOOD : Grade.FAIR;
    }

    static Conclusion conclusion(List<Req> reqs) {
        BigDecimal sum = BigDecimal.ZERO;
        int n = 0;
        boolean highFail = false;
        for (Req r : reqs) {
            Status s = status(r.outcomes());
            if (s == Status.NOT_APPLICABLE) {
                continue;
            }
            n++;
            sum = sum.add(value(r.outcomes(), true));
            highFail |= s == Status.FAIL && r.severity() == Severity.HIGH;
        }
        BigDecimal rate = n == 0 ? BigDecimal.ONE : sum.divide(BigDecimal.valueOf(n), MC);
        if (rate.compareTo(new BigDecimal("0.9")) > 0 && !highFail) {
            return Conclusion.COMPLIANT;
        }
        return rate.compareTo(new BigDecimal("0.6")) >= 0 ? Conclusion.BASICALLY_COMPLIANT : Conclusion.NON_COMPLIANT;
    }

    /**
     * Points the score (with waivers) would gain if this one subject passed, two decimals: only its
     * requirement's value changes, so the gain is 100 × weight × Δvalue / Σ weight.
     */
    public static BigDecimal scoreImpact(List<Req> reqs, String requirement, Outcome subject) {
        BigDecimal den = BigDecimal.ZERO;
        Req target = null;
        for (Req r : reqs) {
            if (status(r.outcomes()) != Status.NOT_APPLICABLE) {
                den = den.add(BigDecimal.valueOf(r.severity().weight()));
            }
            if (r.id().equals(requirement)) {
                target = r;
            }
        }
        return impact(target, subject, den);
    }

    private static BigDecimal impact(Req r, Outcome subject, BigDecimal den) {
        if (r == null || den.signum() == 0 || subject.status() == Status.NOT_APPLICABLE) {
            return BigDecimal.ZERO.setScale(2);
        }
        long weights = 0;
        for (Outcome o : r.outcomes()) {
            if (o.status() != Status.NOT_APPLICABLE) {
                weights += o.subject().weight();
            }
        }
        BigDecimal gain = BigDecimal.valueOf(subject.subject().weight())
                .multiply(BigDecimal.ONE.subtract(BigDecimal.valueOf(subject.value(true))))
                .divide(BigDecimal.valueOf(weights), MC);
        return HUNDRED.multiply(BigDecimal.valueOf(r.severity().weight())).multiply(gain)
                .divide(den, MC).setScale(2, RoundingMode.HALF_UP);
    }

    /** The whole rating. {@code areas} gives the order of {@code byArea}. */
    public static Rating rate(List<Req> reqs, List<String> areas) {
        Map<String, GroupScore> bySeverity = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            bySeverity.put(s.name().toLowerCase(), group(reqs.stream().filter(r -> r.severity() == s).toList()));
        }
        Map<String, GroupScore> byArea = new LinkedHashMap<>();
        for (String a : areas) {
            byArea.put(a, group(reqs.stream().filter(r -> r.area().equals(a)).toList()));
        }
        Grade grade = grade(reqs);
        List<Fix> fixes = new ArrayList<>();
        Optional<Grade> next = nextGrade(reqs, grade, fixes);
        return new Rating(oneDecimal(score(reqs, true, false)), oneDecimal(score(reqs, false, false)),
                oneDecimal(score(reqs, true, true)), oneDecimal(coverage(reqs)), grade, conclusion(reqs),
                bySeverity, byArea, next, fixes);
    }

    private static GroupScore group(List<Req> reqs) {
        Counts c = Counts.ZERO;
        boolean applicable = false;
        for (Req r : reqs) {
            Status s = status(r.outcomes());
            c = c.plus(s);
            applicable |= s != Status.NOT_APPLICABLE;
        }
        return new GroupScore(applicable ? oneDecimal(score(reqs, true, false)) : null, c);
    }

    /**
     * Simulates fixes (SPEC §8.33): first every subject of each unwaived high-severity FAIL, then by
     * score impact, largest first, until the grade improves.
     */
    private static Optional<Grade> nextGrade(List<Req> reqs, Grade grade, List<Fix> fixes) {
        if (grade == Grade.EXCELLENT) {
            return Optional.empty();
        }
        record Candidate(int req, int index, BigDecimal impact, boolean highFail) {
        }
        BigDecimal den = BigDecimal.ZERO;
        for (Req r : reqs) {
            if (status(r.outcomes()) != Status.NOT_APPLICABLE) {
                den = den.add(BigDecimal.valueOf(r.severity().weight()));
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < reqs.size(); i++) {
            Req r = reqs.get(i);
            boolean highFail = r.severity() == Severity.HIGH && status(r.outcomes()) == Status.FAIL;
            List<Outcome> os = r.outcomes();
            for (int j = 0; j < os.size(); j++) {
                Status s = os.get(j).status();
                if (s == Status.FAIL || s == Status.PARTIAL || s == Status.UNKNOWN || s == Status.ERROR) {
                    candidates.add(new Candidate(i, j, impact(r, os.get(j), den), highFail));
                }
            }
        }
        candidates.sort(Comparator.comparing((Candidate c) -> !c.highFail())
                .thenComparing(Candidate::impact, Comparator.reverseOrder())
                .thenComparingInt(Candidate::req)
                .thenComparing(c -> reqs.get(c.req()).outcomes().get(c.index()).subject().key()));
        List<Req> current = new ArrayList<>(reqs);
        List<List<Outcome>> outcomes = new ArrayList<>();
        for (Req r : reqs) {
            outcomes.add(new ArrayList<>(r.outcomes()));
        }
        for (Candidate c : candidates) {
            if (fixes.size() >= 200) {
                break;
            }
            Req r = reqs.get(c.req());
            List<Outcome> os = outcomes.get(c.req());
            Outcome o = os.get(c.index());
            os.set(c.index(), o.withStatus(Status.PASS));
            current.set(c.req(), new Req(r.id(), r.area(), r.severity(), os));
            fixes.add(new Fix(r.id(), o.subject().type(), o.subject().key(), c.impact()));
            Grade g = grade(current);
            if (g.ordinal() > grade.ordinal()) {
                return Optional.of(g);
            }
        }
        fixes.clear();
        return Optional.empty();
    }

}

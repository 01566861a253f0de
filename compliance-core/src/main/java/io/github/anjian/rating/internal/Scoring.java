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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rating arithmetic of SPEC §4 and §8.29–33, in one place: requirement value and status,
 * score, scoreWithoutWaivers, scoreOfKnown, coverage, grade, conclusion, per-group scores, each
 * violation's score impact and the fixes that reach the next grade. Each requirement's sums are
 * taken once, so rating a million subjects stays linear.
 */
public final class Scoring {

    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The most fixes listed on the way to the next grade. */
    static final int MAX_FIXES = 200;

    private Scoring() {
    }

    /**
     * One requirement with its outcomes (NOT_APPLICABLE ones included) and their sums. Values are
     * kept as whole numbers of half points (PASS 2, PARTIAL 1) so that sums are exact.
     */
    public static final class Req {
        private final String id;
        private final String area;
        private final Severity severity;
        private final List<Outcome> outcomes;
        private final long weight;
        private final long halvesWith;
        private final long halvesWithout;
        private final int applicable;
        private final int unknown;
        private final int errors;
        private final int waived;
        /** Score impacts by (subject weight, status) for {@link #impactDen}: a requirement has few distinct ones. */
        private Map<Long, BigDecimal> impacts;
        private BigDecimal impactDen;
        /** The same for subjects of weight one, by halves of the status. */
        private BigDecimal[] impactOfOne;
        // a requirement's value is read by every group it belongs to and by each grade step: divide once
        private BigDecimal valueWith;
        private BigDecimal valueWithout;
        private final Counts counts;

        /** Sums the outcomes of a requirement. */
        public Req(String id, String area, Severity severity, List<Outcome> outcomes) {
            this(id, area, severity, outcomes, Sums.of(outcomes));
        }

        /** A requirement whose outcomes were summed already ({@code sums} of exactly these outcomes). */
        public Req(String id, String area, Severity severity, List<Outcome> outcomes, Sums sums) {
            this.id = id;
            this.area = area;
            this.severity = severity;
            this.outcomes = outcomes;
            this.counts = Scoring.counts(sums.total, sums.n);
            this.weight = sums.weight;
            this.halvesWith = sums.halvesWith;
            this.halvesWithout = sums.halvesWithout;
            this.applicable = sums.applicable;
            this.unknown = sums.unknown;
            this.errors = sums.errors;
            this.waived = sums.waived;
        }

        private Req(Req r, Outcome fixed) {
            id = r.id;
            area = r.area;
            severity = r.severity;
            outcomes = r.outcomes;
            int w = fixed.subject().weight();
            weight = r.weight;
            halvesWith = r.halvesWith + (long) w * (2 - halves(fixed.status(), true));
            halvesWithout = r.halvesWithout + (long) w * (2 - halves(fixed.status(), false));
            applicable = r.applicable;
            unknown = r.unknown - (fixed.status() == Status.UNKNOWN ? 1 : 0);
            errors = r.errors - (fixed.status() == Status.ERROR ? 1 : 0);
            waived = r.waived - (fixed.status() == Status.WAIVED ? 1 : 0);
            counts = r.counts; // of the outcomes as they are: a simulated fix changes the sums only
        }

        /** Subject counts by status. */
        public Counts counts() {
            return counts;
        }

        /** The requirement id. */
        public String id() {
            return id;
        }

        /** Its area. */
        public String area() {
            return area;
        }

        /** Its severity in force. */
        public Severity severity() {
            return severity;
        }

        /** Its outcomes. */
        public List<Outcome> outcomes() {
            return outcomes;
        }

        /** The same requirement as if one applicable subject passed. */
        Req withPass(Outcome o) {
            return new Req(this, o);
        }

        /** Weighted mean over applicable subjects; null when none applies. */
        public BigDecimal value(boolean waiversCount) {
            if (weight == 0) {
                return null;
            }
            BigDecimal v = waiversCount ? valueWith : valueWithout;
            if (v == null) {
                v = fraction(waiversCount ? halvesWith : halvesWithout, 2 * weight);
                if (waiversCount) {
                    valueWith = v;
                } else {
                    valueWithout = v;
                }
            }
            return v;
        }

        /** The requirement status (SPEC §4, §8.29). */
        public Status status() {
            if (applicable == 0) {
                return Status.NOT_APPLICABLE;
            }
            if (errors > 0) {
                return Status.ERROR;
            }
            if (unknown == applicable) {
                return Status.UNKNOWN;
            }
            if (halvesWith == 2 * weight) {
                return waived > 0 ? Status.WAIVED : Status.PASS;
            }
            return halvesWith == 0 ? Status.FAIL : Status.PARTIAL;
        }
    }

    /** A requirement's sums over its outcomes' statuses and subject weights, gathered one outcome at a time. */
    public static final class Sums {
        private long weight;
        private long halvesWith;
        private long halvesWithout;
        private int applicable;
        private int unknown;
        private int errors;
        private int waived;
        private int total;
        private final int[] n = new int[STATUSES.length];

        static Sums of(List<Outcome> outcomes) {
            Sums s = new Sums();
            for (Outcome o : outcomes) {
                s.add(o.status(), o.subject().weight());
            }
            return s;
        }

        /** Adds an outcome of this status on a subject of this weight ({@code count}, SPEC §2). */
        public void add(Status s, int subjectWeight) {
            total++;
            n[s.ordinal()]++;
            if (s == Status.NOT_APPLICABLE) {
                return;
            }
            applicable++;
            weight += subjectWeight;
            halvesWith += (long) subjectWeight * halves(s, true);
            halvesWithout += (long) subjectWeight * halves(s, false);
            unknown += s == Status.UNKNOWN ? 1 : 0;
            errors += s == Status.ERROR ? 1 : 0;
            waived += s == Status.WAIVED ? 1 : 0;
        }
    }

    /** Quotients of small numbers recur in every check (1/2, 3/4, 199/200): divided once per JVM. */
    private static final java.util.concurrent.ConcurrentHashMap<Long, BigDecimal> FRACTIONS =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_FRACTIONS = 100_000;

    /** {@code num / den} to DECIMAL128. */
    static BigDecimal fraction(long num, long den) {
        if (num < 0 || num >= 1 << 24 || den <= 0 || den >= 1 << 24) {
            return BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), MC);
        }
        Long key = num << 32 | den;
        BigDecimal v = FRACTIONS.get(key);
        if (v == null) {
            v = BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), MC);
            if (FRACTIONS.size() < MAX_FRACTIONS) {
                FRACTIONS.put(key, v);
            }
        }
        return v;
    }

    private static int halves(Status s, boolean waiversCount) {
        return switch (s) {
            case PASS -> 2;
            case WAIVED -> waiversCount ? 2 : 0;
            case PARTIAL -> 1;
            default -> 0;
        };
    }

    /** Weighted mean over applicable subjects; null when none applies. */
    public static BigDecimal value(List<Outcome> outcomes, boolean waiversCount) {
        return new Req("", "", Severity.LOW, outcomes).value(waiversCount);
    }

    /** The requirement status from its subjects (SPEC §4, §8.29). */
    public static Status status(List<Outcome> outcomes) {
        return new Req("", "", Severity.LOW, outcomes).status();
    }

    private static final Status[] STATUSES = Status.values();

    private static Counts counts(int total, int[] n) {
        return new Counts(total, n[Status.PASS.ordinal()], n[Status.FAIL.ordinal()],
                n[Status.PARTIAL.ordinal()], n[Status.UNKNOWN.ordinal()], n[Status.NOT_APPLICABLE.ordinal()],
                n[Status.ERROR.ordinal()], n[Status.WAIVED.ordinal()]);
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
            Status s = r.status();
            if (s == Status.NOT_APPLICABLE || knownOnly && s == Status.UNKNOWN) {
                continue;
            }
            BigDecimal w = BigDecimal.valueOf(r.severity().weight());
            num = num.add(w.multiply(r.value(waiversCount)));
            den = den.add(w);
        }
        return den.signum() == 0 ? HUNDRED : HUNDRED.multiply(num).divide(den, MC);
    }

    static BigDecimal coverage(List<Req> reqs) {
        BigDecimal known = BigDecimal.ZERO;
        BigDecimal all = BigDecimal.ZERO;
        for (Req r : reqs) {
            Status s = r.status();
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

    /** The grade (SPEC §4); bands compare the rounded score; WAIVED counts as PASS. */
    static Grade grade(List<Req> reqs) {
        BigDecimal score = oneDecimal(score(reqs, true, false));
        boolean highFail = false;
        boolean mediumOrHighShort = false;
        for (Req r : reqs) {
            Status s = r.status();
            highFail |= s == Status.FAIL && r.severity() == Severity.HIGH;
            mediumOrHighShort |= (s == Status.FAIL || s == Status.PARTIAL) && r.severity().atLeast(Severity.MEDIUM);
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
            Status s = r.status();
            if (s == Status.NOT_APPLICABLE) {
                continue;
            }
            n++;
            sum = sum.add(r.value(true));
            highFail |= s == Status.FAIL && r.severity() == Severity.HIGH;
        }
        BigDecimal rate = n == 0 ? BigDecimal.ONE : sum.divide(BigDecimal.valueOf(n), MC);
        if (rate.compareTo(new BigDecimal("0.9")) > 0 && !highFail) {
            return Conclusion.COMPLIANT;
        }
        return rate.compareTo(new BigDecimal("0.6")) >= 0 ? Conclusion.BASICALLY_COMPLIANT : Conclusion.NON_COMPLIANT;
    }

    /** Σ severity weight of the applicable requirements: the score's denominator. */
    public static BigDecimal denominator(List<Req> reqs) {
        BigDecimal den = BigDecimal.ZERO;
        for (Req r : reqs) {
            if (r.status() != Status.NOT_APPLICABLE) {
                den = den.add(BigDecimal.valueOf(r.severity().weight()));
            }
        }
        return den;
    }

    /**
     * Points the score (with waivers) would gain if this one subject passed, two decimals: only its
     * requirement's value changes, so the gain is 100 × weight × Δvalue / Σ weight.
     *
     * @param den {@link #denominator} of the same requirements
     */
    public static BigDecimal scoreImpact(Req r, Outcome subject, BigDecimal den) {
        if (r == null || den.signum() == 0 || subject.status() == Status.NOT_APPLICABLE || r.weight == 0) {
            return ZERO_POINTS;
        }
        int h = halves(subject.status(), true);
        int w = subject.subject().weight();
        // the same value for every subject of this weight and status: computed once per requirement
        if (r.impactDen != den && (r.impactDen == null || r.impactDen.compareTo(den) != 0)) {
            r.impacts = new HashMap<>();
            r.impactOfOne = new BigDecimal[3];
            r.impactDen = den;
        }
        if (w == 1) { // most subjects weigh one: no map look-up for them
            BigDecimal impact = r.impactOfOne[h];
            if (impact == null) {
                impact = impact(2 - h, 2 * r.weight, r.severity().weight(), den);
                r.impactOfOne[h] = impact;
            }
            return impact;
        }
        Long key = (long) w * 4 + h;
        BigDecimal impact = r.impacts.get(key);
        if (impact == null) {
            impact = impact((long) w * (2 - h), 2 * r.weight, r.severity().weight(), den);
            r.impacts.put(key, impact);
        }
        return impact;
    }

    /**
     * {@code 100 × severity × gain / 2weight / den} in points, half-up to two decimals, with the decimal
     * arithmetic of {@link #exactImpact}. Computed in doubles first: their error (below 1e-11 points) can
     * only change the rounding when the value lies that close to a half cent, and then the decimal
     * arithmetic decides; so the result is always the decimal one.
     */
    static BigDecimal impact(long gain, long twiceWeight, double severity, BigDecimal den) {
        double cents = 100.0 * 100.0 * severity * ((double) gain / (double) twiceWeight) / den.doubleValue();
        double fraction = cents - Math.floor(cents);
        if (cents >= 0 && cents < 1e9 && Math.abs(fraction - 0.5) > 1e-6) {
            return BigDecimal.valueOf((long) Math.floor(cents + 0.5), 2);
        }
        return exactImpact(gain, twiceWeight, severity, den);
    }

    /** The decimal definition of a score impact (DECIMAL128 intermediate results). */
    static BigDecimal exactImpact(long gain, long twiceWeight, double severity, BigDecimal den) {
        BigDecimal g = BigDecimal.valueOf(gain).divide(BigDecimal.valueOf(twiceWeight), MC);
        return HUNDRED.multiply(BigDecimal.valueOf(severity)).multiply(g).divide(den, MC)
                .setScale(2, RoundingMode.HALF_UP);
    }

    private static final BigDecimal ZERO_POINTS = BigDecimal.ZERO.setScale(2);

    /** As {@link #scoreImpact(Req, Outcome, BigDecimal)}, finding the requirement by id. */
    public static BigDecimal scoreImpact(List<Req> reqs, String requirement, Outcome subject) {
        Req target = reqs.stream().filter(r -> r.id().equals(requirement)).findFirst().orElse(null);
        return scoreImpact(target, subject, denominator(reqs));
    }

    /** The whole rating. {@code areas} gives the order of {@code byArea}. */
    public static Rating rate(List<Req> reqs, List<String> areas) {
        FixCandidates candidates = new FixCandidates(reqs, false);
        for (int i = 0; i < reqs.size(); i++) {
            Req r = reqs.get(i);
            for (Outcome o : r.outcomes()) {
                candidates.offer(i, o);
            }
        }
        return rate(reqs, areas, candidates);
    }

    /**
     * The whole rating, with the subjects a fix simulation may try already offered to {@code candidates}
     * (by a caller that goes over every outcome anyway). {@code areas} gives the order of {@code byArea}.
     */
    public static Rating rate(List<Req> reqs, List<String> areas, FixCandidates candidates) {
        Map<String, GroupScore> bySeverity = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            bySeverity.put(s.name().toLowerCase(java.util.Locale.ROOT), group(reqs.stream().filter(r -> r.severity() == s).toList()));
        }
        Map<String, GroupScore> byArea = new LinkedHashMap<>();
        for (String a : areas) {
            byArea.put(a, group(reqs.stream().filter(r -> r.area().equals(a)).toList()));
        }
        Grade grade = grade(reqs);
        List<Fix> fixes = new ArrayList<>();
        Optional<Grade> next = nextGrade(reqs, grade, candidates, fixes);
        return new Rating(oneDecimal(score(reqs, true, false)), oneDecimal(score(reqs, false, false)),
                oneDecimal(score(reqs, true, true)), oneDecimal(coverage(reqs)), grade, conclusion(reqs),
                bySeverity, byArea, next, fixes);
    }

    private static GroupScore group(List<Req> reqs) {
        Counts c = Counts.ZERO;
        boolean applicable = false;
        for (Req r : reqs) {
            Status s = r.status();
            c = c.plus(s);
            applicable |= s != Status.NOT_APPLICABLE;
        }
        return new GroupScore(applicable ? oneDecimal(score(reqs, true, false)) : null, c);
    }

    /** A subject a fix simulation may try. */
    record Candidate(int req, Outcome outcome, BigDecimal impact, boolean highFail) {
    }

    /**
     * Simulates fixes (SPEC §8.33): first every subject of each unwaived high-severity FAIL, then by
     * score impact, largest first, until the grade improves. At most 200 fixes are listed.
     */
    /**
     * The failing, partial, unknown and erroneous subjects a fix simulation tries first (SPEC §8.33):
     * every subject of an unwaived high-severity FAIL, then by score impact, largest first; at most
     * {@value #MAX_FIXES} are kept. Outcomes are offered in requirement order, each requirement's in
     * report order (subject type, then key). Not thread-safe.
     */
    public static final class FixCandidates {
        private final List<Req> reqs;
        private final BigDecimal den;
        private final boolean wanted;
        private final Comparator<Candidate> order = (a, b) -> {
            if (a.highFail() != b.highFail()) {
                return a.highFail() ? -1 : 1;
            }
            int c = b.impact().compareTo(a.impact());
            if (c == 0) {
                c = Integer.compare(a.req(), b.req());
            }
            return c != 0 ? c : io.github.anjian.engine.Subject.REPORT_ORDER.compare(a.outcome().subject(), b.outcome().subject());
        };
        // at most MAX_FIXES are ever tried: keep the first ones in order with a bounded heap instead of
        // sorting every failing subject (a million devices would otherwise sort millions of candidates)
        private final java.util.PriorityQueue<Candidate> heap = new java.util.PriorityQueue<>(order.reversed());
        private int lastReq = -1;
        private boolean highFailReq;

        /** True when each requirement's outcomes are offered in report order (subject type, then key). */
        private final boolean inReportOrder;

        /**
         * Candidates among the outcomes of these requirements.
         *
         * @param inReportOrder true when each requirement's outcomes will be offered in report order (subject
         *                      type, then key), as a report holds them: ties are then settled without comparing
         *                      subjects
         */
        public FixCandidates(List<Req> reqs, boolean inReportOrder) {
            this.reqs = reqs;
            this.inReportOrder = inReportOrder;
            this.den = Scoring.denominator(reqs);
            this.wanted = grade(reqs) != Grade.EXCELLENT; // an excellent body has no next grade
        }

        /** Σ severity weight of the applicable requirements ({@link #denominator}). */
        public BigDecimal denominator() {
            return den;
        }

        /** Offers an outcome of {@code reqs.get(req)}; returns its score impact, null when it is no candidate. */
        public BigDecimal offer(int req, Outcome o) {
            Status s = o.status();
            if (s != Status.FAIL && s != Status.PARTIAL && s != Status.UNKNOWN && s != Status.ERROR) {
                return null;
            }
            Req r = reqs.get(req);
            BigDecimal impact = scoreImpact(r, o, den);
            if (!wanted) {
                return impact;
            }
            if (req != lastReq) {
                lastReq = req;
                highFailReq = r.severity() == Severity.HIGH && r.status() == Status.FAIL;
            }
            boolean highFail = highFailReq && s == Status.FAIL;
            if (heap.size() >= MAX_FIXES) {
                // the order above without making a candidate: most subjects are behind the last one kept
                Candidate last = heap.peek();
                int c = highFail != last.highFail() ? (highFail ? -1 : 1) : last.impact().compareTo(impact);
                if (c == 0) {
                    c = Integer.compare(req, last.req());
                }
                if (c == 0) {
                    // the same requirement: offered in report order, this subject comes after the one kept
                    c = inReportOrder ? 1 : io.github.anjian.engine.Subject.REPORT_ORDER.compare(o.subject(), last.outcome().subject());
                }
                if (c >= 0) {
                    return impact;
                }
                heap.poll();
            }
            heap.add(new Candidate(req, o, impact, highFail));
            return impact;
        }

        List<Candidate> inOrder() {
            List<Candidate> out = new ArrayList<>(heap);
            out.sort(order);
            return out;
        }
    }

    private static Optional<Grade> nextGrade(List<Req> reqs, Grade grade, FixCandidates offered, List<Fix> fixes) {
        if (grade == Grade.EXCELLENT) {
            return Optional.empty();
        }
        List<Candidate> candidates = offered.inOrder();
        List<Req> current = new ArrayList<>(reqs);
        GradeState state = new GradeState(current);
        for (Candidate c : candidates) {
            if (fixes.size() >= MAX_FIXES) {
                break;
            }
            Req r = current.get(c.req());
            Req fixed = r.withPass(c.outcome());
            current.set(c.req(), fixed);
            state.replace(r, fixed);
            Outcome o = c.outcome();
            fixes.add(new Fix(r.id(), o.subject().type(), o.subject().key(), c.impact()));
            Grade g = state.grade();
            if (g.ordinal() > grade.ordinal()) {
                return Optional.of(g);
            }
        }
        fixes.clear();
        return Optional.empty();
    }

    /**
     * {@link #grade(List)} kept up to date as one requirement at a time changes: the score's
     * numerator is an exact sum, so subtracting the old term and adding the new gives the same value
     * as summing again, without going over every requirement for each simulated fix.
     */
    /**
     * The grade of the requirements as fixes are applied one at a time. The counts follow every fix;
     * the weighted sum (exact decimal arithmetic) is only brought up to date when a grade needs the
     * score, i.e. once no high requirement fails (a poor body's steps mostly never get there).
     */
    private static final class GradeState {
        private final List<Req> current;
        private BigDecimal num = BigDecimal.ZERO;
        private BigDecimal den = BigDecimal.ZERO;
        private boolean summed;
        private int highFails;
        private int mediumOrHighShort;

        /** @param current the requirements as fixed so far; the caller replaces items and calls replace */
        GradeState(List<Req> current) {
            this.current = current;
            for (Req r : current) {
                count(r, 1);
            }
        }

        void replace(Req old, Req now) {
            count(old, -1);
            count(now, 1);
            if (summed) {
                sum(old, -1);
                sum(now, 1);
            }
        }

        private void count(Req r, int sign) {
            Status s = r.status();
            highFails += s == Status.FAIL && r.severity() == Severity.HIGH ? sign : 0;
            mediumOrHighShort += (s == Status.FAIL || s == Status.PARTIAL) && r.severity().atLeast(Severity.MEDIUM) ? sign : 0;
        }

        private void sum(Req r, int sign) {
            if (r.status() == Status.NOT_APPLICABLE) {
                return;
            }
            BigDecimal w = BigDecimal.valueOf(r.severity().weight());
            BigDecimal term = w.multiply(r.value(true));
            if (sign > 0) {
                num = num.add(term);
                den = den.add(w);
            } else {
                num = num.subtract(term);
                den = den.subtract(w);
            }
        }

        Grade grade() {
            if (highFails > 0) {
                return Grade.POOR; // whatever the score
            }
            if (!summed) {
                for (Req r : current) {
                    sum(r, 1); // exact sums: the same value as if kept up to date all along
                }
                summed = true;
            }
            BigDecimal score = oneDecimal(den.signum() == 0 ? HUNDRED : HUNDRED.multiply(num).divide(den, MC));
            if (score.compareTo(BigDecimal.valueOf(70)) < 0) {
                return Grade.POOR;
            }
            if (score.compareTo(BigDecimal.valueOf(90)) >= 0 && mediumOrHighShort == 0) {
                return Grade.EXCELLENT;
            }
            return score.compareTo(BigDecimal.valueOf(80)) >= 0 ? Grade.GOOD : Grade.FAIR;
        }
    }
}

package io.github.anjian.rules.support;

import io.github.anjian.engine.Judge;
import io.github.anjian.engine.Part;
import io.github.anjian.engine.Reason;
import io.github.anjian.engine.Status;
import io.github.anjian.facts.Frequency;
import io.github.anjian.facts.Items;
import io.github.anjian.facts.Located;
import io.github.anjian.facts.Value;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * "A dated event of some kind within a window" over a list of event records (drills, trainings,
 * inspections), with SPEC §2 practice versus record and §8.10: when any counted item carries a date
 * or {@code none}, the dated items decide; otherwise the best stated practice gives PARTIAL or FAIL.
 * Items whose relevance is unknown (e.g. a drill with {@code plan} absent, SPEC §8.21) and which
 * could fall within the window turn a result short of PASS into UNKNOWN, as does an open list.
 *
 * <pre>{@code
 * EventChecks.recent(judge, judge.facts().drills(), "drills",
 *     (Drill d) -> d.plan().isEqualTo(planId) ? Part.pass() : ...,
 *     Drill::date, Drill::frequency, judge.param("drillMonths"), true,
 *     Reason.text("drills has no drill of plan " + planId + " record",
 *         "drills 中没有预案 " + planId + " 的应急演练记录"));
 * }</pre>
 */
public final class EventChecks {

    private EventChecks() {
    }

    /**
     * The latest counted event within the window.
     *
     * @param judge the judge
     * @param list the event list
     * @param listPath the list's path in the facts
     * @param relevance PASS: the item counts; FAIL: it does not; UNKNOWN: it may (missing paths say why)
     * @param date the item's date
     * @param frequency the item's practice, or null when the item has none
     * @param window the window length
     * @param months true for calendar months, false for days
     * @param whenNone the reason when no item counts
     * @param <T> the item type
     * @return the part
     */
    public static <T extends Located> Part recent(Judge judge, Value<Items<T>> list, String listPath,
            Function<T, Part> relevance, Function<T, Value<LocalDate>> date, Function<T, Value<Frequency>> frequency,
            int window, boolean months, Reason whenNone) {
        if (list.isAbsent()) {
            return Part.unknown(listPath);
        }
        List<T> counted = new ArrayList<>();
        List<Part> maybe = new ArrayList<>();
        for (T t : list.orElse(Items.of(List.of()))) {
            Part r = relevance.apply(t);
            if (r.passes()) {
                counted.add(t);
            } else if (r.status() == Status.UNKNOWN) {
                Value<LocalDate> d = date.apply(t);
                String datePath = t.origin().field("date");
                if (d.isStated() && judge.dateWithin(datePath, d.get(), window, months).passes()) {
                    maybe.add(r);
                } else if (d.isAbsent()) {
                    maybe.add(r);
                }
            }
        }
        boolean dated = counted.stream().anyMatch(t -> date.apply(t).isKnown());
        Part result;
        List<String> undated = new ArrayList<>();
        if (dated) {
            T latest = null;
            T never = null;
            for (T t : counted) {
                Value<LocalDate> d = date.apply(t);
                if (d.isStated() && (latest == null || d.get().isAfter(date.apply(latest).get()))) {
                    latest = t;
                } else if (d.isNone() && never == null) {
                    never = t;
                } else if (d.isAbsent() && (frequency == null || !frequency.apply(t).isStated())) {
                    undated.add(t.origin().field("date"));
                }
            }
            if (latest != null) {
                result = judge.dateWithin(latest.origin().field("date"), date.apply(latest).get(), window, months);
            } else {
                String p = never.origin().field("date");
                result = Part.fail(Reason.of("never", p), p, "none");
            }
        } else {
            Frequency best = null;
            T bestItem = null;
            for (T t : counted) {
                Value<Frequency> f = frequency == null ? Value.absent() : frequency.apply(t);
                if (f.isStated() && (best == null || better(f.get(), best, months))) {
                    best = f.get();
                    bestItem = t;
                } else if (!f.isStated()) {
                    undated.add(t.origin().field("date"));
                }
            }
            if (bestItem != null) {
                result = judge.judgePractice(bestItem.origin().field("date"), best,
                        bestItem.origin().field("frequency"), window, months);
            } else if (!undated.isEmpty()) {
                result = Part.unknown(undated.toArray(String[]::new));
                undated.clear();
            } else {
                result = Part.fail(whenNone, listPath, counted.isEmpty() ? "no record" : counted.size() + " undated");
            }
        }
        if (result.passes()) {
            return result;
        }
        List<Part> alternatives = new ArrayList<>();
        alternatives.add(result);
        if (!undated.isEmpty()) {
            alternatives.add(Part.unknown(undated.toArray(String[]::new)));
        }
        alternatives.addAll(maybe);
        if (list.isStated() && list.get().isOpen()) {
            alternatives.add(Part.unknown(listPath));
        }
        return Part.any(alternatives);
    }

    private static boolean better(Frequency a, Frequency b, boolean months) {
        var pa = months ? a.periodMonths() : a.periodDays();
        var pb = months ? b.periodMonths() : b.periodDays();
        if (pa.isPresent() != pb.isPresent()) {
            return pa.isPresent() || a == Frequency.REGULAR && b == Frequency.IRREGULAR;
        }
        return pa.isPresent() && pa.getAsInt() < pb.getAsInt();
    }
}

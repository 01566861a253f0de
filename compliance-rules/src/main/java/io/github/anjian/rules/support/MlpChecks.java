package io.github.anjian.rules.support;

import io.github.anjian.engine.Judge;
import io.github.anjian.engine.Part;
import io.github.anjian.engine.Reason;
import io.github.anjian.engine.Status;
import io.github.anjian.facts.Items;
import io.github.anjian.facts.Located;
import io.github.anjian.facts.Value;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Checks shared by the graded-protection (MLP) and cryptography (CRY) rules, built from {@link Judge}
 * and {@link Part} so that SPEC §4 and §8 semantics stay in one place.
 *
 * <pre>{@code
 * MlpChecks.withinDaysOfLater(judge, $s, "mlps.filedOn", "filingDays", "mlps.gradedOn", "mlps.goLiveOn");
 * }</pre>
 */
public final class MlpChecks {

    private MlpChecks() {
    }

    /**
     * An event at {@code eventPath} within {@code param} days of the later of the dates at
     * {@code refPaths} (SPEC §8.11, "whichever is later"). A reference date that is {@code none} did not
     * happen and is left out. The event absent: UNKNOWN. The event {@code none}: PASS while the deadline
     * (the latest known reference date plus the window) is not before asOf, else FAIL. The event dated:
     * PASS when within the window of the latest known reference date (an unknown later one would only
     * widen it); when it is not, UNKNOWN while a reference date is absent, else FAIL. An event before the
     * reference date is in time.
     */
    public static Part withinDaysOfLater(Judge judge, Object fact, String eventPath, String param, String... refPaths) {
        int window = judge.param(param);
        String eventFull = Judge.pathOf(fact, eventPath);
        Value<?> event = judge.get(fact, eventPath);
        LocalDate later = null;
        String laterPath = null;
        List<String> absent = new ArrayList<String>();
        for (String r : refPaths) {
            Value<?> v = judge.get(fact, r);
            if (v.isAbsent()) {
                absent.add(Judge.pathOf(fact, r));
            } else if (v.isStated() && (later == null || ((LocalDate) v.get()).isAfter(later))) {
                later = (LocalDate) v.get();
                laterPath = Judge.pathOf(fact, r);
            }
        }
        if (event.isAbsent()) {
            return Part.unknown(eventFull);
        }
        if (event.isNone()) {
            if (later != null && ChronoUnit.DAYS.between(later, judge.asOf()) <= window) {
                return Part.pass(eventFull, "none (due " + later.plusDays(window) + ")");
            }
            return Part.fail(Reason.of("never", eventFull), eventFull, "none");
        }
        LocalDate date = (LocalDate) event.get();
        if (later == null) {
            return absent.isEmpty() ? Part.pass(eventFull, date) : Part.unknown(absent.toArray(String[]::new));
        }
        long days = ChronoUnit.DAYS.between(later, date);
        if (days <= window) {
            return Part.pass(eventFull, date).withEvidence(laterPath, later);
        }
        if (!absent.isEmpty()) {
            return Part.unknown(absent.toArray(String[]::new));
        }
        return Part.fail(Reason.text(eventFull + " is " + date + ", " + days + " days after " + laterPath
                + " (" + later + "); at most " + window + " days are allowed",
                eventFull + " 为 " + date + "，晚于 " + laterPath + "（" + later + "）" + days + " 天；最多允许 "
                + window + " 天"), eventFull, date)
                .withEvidence(laterPath, later);
    }

    /**
     * The latest item of a list by its date at {@code dateKey} passes {@code test}. Items whose date is
     * {@code none} are left out; an item whose date is absent might be the latest, so the outcome is
     * decided only when it agrees with the latest dated one (else UNKNOWN naming the absent dates). An
     * open list: a result short of PASS becomes UNKNOWN with the list path (an unlisted later item might
     * pass). An absent list is UNKNOWN; a list without dated items fails with {@code whenNone}.
     */
    public static <T extends Located> Part latest(Value<Items<T>> list, String listPath, String dateKey,
                                                   Function<T, Value<LocalDate>> date, Function<T, Part> test,
                                                   Reason whenNone) {
        if (list.isAbsent()) {
            return Part.unknown(listPath);
        }
        Items<T> items = list.orElse(Items.of(List.of()));
        LocalDate max = null;
        for (T t : items) {
            Value<LocalDate> d = date.apply(t);
            if (d.isStated() && (max == null || d.get().isAfter(max))) {
                max = d.get();
            }
        }
        List<Part> candidates = new ArrayList<Part>();
        List<String> undated = new ArrayList<String>();
        for (T t : items) {
            Value<LocalDate> d = date.apply(t);
            if (d.isAbsent()) {
                undated.add(t.origin().field(dateKey));
                candidates.add(test.apply(t));
            } else if (d.isStated() && d.get().equals(max)) {
                candidates.add(test.apply(t));
            }
        }
        Part result;
        if (candidates.isEmpty()) {
            result = Part.fail(whenNone, listPath, items.size() + " listed");
        } else {
            result = Part.all(candidates);
            if (!undated.isEmpty() && !agree(candidates)) {
                List<String> missing = new ArrayList<String>(undated);
                missing.addAll(result.missing());
                result = Part.unknown(missing.toArray(String[]::new));
            }
        }
        if (!result.passes() && items.isOpen()) {
            result = Part.any(result, Part.unknown(listPath));
        }
        return result;
    }

    private static boolean agree(List<Part> parts) {
        Status first = parts.get(0).status();
        for (Part p : parts) {
            if (p.status() != first || first == Status.UNKNOWN) {
                return false;
            }
        }
        return true;
    }

    /**
     * Some text in a list starts with one of the prefixes, ignoring case (SPEC §8.28: SM2, SM3, SM4).
     * An open list adds one UNKNOWN item; an absent list is UNKNOWN; an empty or {@code none} list fails.
     */
    public static Part someStartsWith(Judge judge, Value<Items<String>> list, String listPath, String... prefixes) {
        List<String> wanted = List.of(prefixes);
        String listed = list.isStated() ? list.get().items().toString() : String.valueOf(list);
        return judge.some(list, listPath, (String text) -> {
            String upper = text.toUpperCase(Locale.ROOT);
            for (String p : wanted) {
                if (upper.startsWith(p.toUpperCase(Locale.ROOT))) {
                    return Part.pass(listPath, listed);
                }
            }
            return Part.fail(Reason.text(listPath + " has " + text + ", which does not start with " + String.join(", ", wanted),
                    listPath + " 中的 " + text + " 不以 " + String.join("、", wanted) + " 开头"),
                    listPath, listed);
        }, Reason.text(listPath + " lists no algorithm starting with " + String.join(", ", wanted),
                listPath + " 中没有以 " + String.join("、", wanted) + " 开头的算法"));
    }
}

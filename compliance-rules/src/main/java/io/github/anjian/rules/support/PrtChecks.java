package io.github.anjian.rules.support;

import io.github.anjian.engine.Judge;
import io.github.anjian.engine.Part;
import io.github.anjian.engine.Reason;
import io.github.anjian.engine.Status;
import io.github.anjian.facts.Items;
import io.github.anjian.facts.Value;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * General checks used by the technical-protection (PRT) and separation (SEC) rules, built from
 * {@link Judge} and {@link Part} so the SPEC §4 semantics stay in one place.
 *
 * <pre>{@code
 * // "not (shared and enabled)": PASS when one side is known false, FAIL when both hold
 * PrtChecks.notAll(Reason.text("shared account", "共享账户"), judge.isTrue(a, "shared"), judge.isTrue(a, "enabled"))
 * }</pre>
 */
public final class PrtChecks {

    private PrtChecks() {
    }

    /**
     * The negation of a conjunction, "not (C1 and C2 …)": PASS when some condition fails, FAIL with
     * {@code whenAll} when every condition passes (PARTIAL counts as holding), else UNKNOWN with the
     * missing paths of the undecided conditions.
     */
    public static Part notAll(Reason whenAll, Part... conditions) {
        List<String> missing = new ArrayList<>();
        Part evidence = Part.pass();
        for (Part c : conditions) {
            if (c.status() == Status.FAIL) {
                Part p = Part.pass();
                for (var e : c.evidence().entrySet()) {
                    p = p.withEvidence(e.getKey(), e.getValue());
                }
                return p;
            }
            if (c.status() == Status.UNKNOWN) {
                missing.addAll(c.missing());
            }
            for (var e : c.evidence().entrySet()) {
                evidence = evidence.withEvidence(e.getKey(), e.getValue());
            }
        }
        if (!missing.isEmpty()) {
            return Part.unknown(missing.toArray(String[]::new));
        }
        Part failed = Part.fail(whenAll);
        for (var e : evidence.evidence().entrySet()) {
            failed = failed.withEvidence(e.getKey(), e.getValue());
        }
        return failed;
    }

    /**
     * The date at {@code path} is more than {@code days} days before asOf ("open longer than N
     * days"): PASS when it is, FAIL when not (or the date is {@code none}), UNKNOWN when absent.
     */
    public static Part olderThanDays(Judge judge, Object fact, String path, int days) {
        Value<?> v = judge.get(fact, path);
        String full = Judge.pathOf(fact, path);
        if (v.isAbsent()) {
            return Part.unknown(full);
        }
        if (!v.isStated()) {
            return Part.fail(Reason.of("never", full), full, "none");
        }
        LocalDate d = (LocalDate) v.get();
        long age = ChronoUnit.DAYS.between(d, judge.asOf());
        return age > days ? Part.pass(full, d)
                : Part.fail(Reason.text(full + " is " + d + ", not more than " + days + " days before asOf",
                        full + " 为 " + d + "，距 asOf 未超过 " + days + " 天"), full, d);
    }

    /**
     * An event at {@code path} has not happened by asOf: PASS when the date is {@code none} or after
     * asOf, FAIL when on or before asOf, UNKNOWN when absent ("still open at asOf").
     */
    public static Part notHappenedByAsOf(Judge judge, Object fact, String path) {
        Value<?> v = judge.get(fact, path);
        String full = Judge.pathOf(fact, path);
        if (v.isAbsent()) {
            return Part.unknown(full);
        }
        if (!v.isStated()) {
            return Part.pass(full, "none");
        }
        LocalDate d = (LocalDate) v.get();
        return d.isAfter(judge.asOf()) ? Part.pass(full, d)
                : Part.fail(Reason.text(full + " is " + d + ", on or before asOf",
                        full + " 为 " + d + "，不晚于 asOf"), full, d);
    }

    /**
     * Every item of the list at {@code listPath} below {@code fact} is one of the items of the list at
     * {@code allowedPath}. An empty (or {@code none}) first list passes whatever the second; an open
     * second list leaves an unlisted item UNKNOWN; an open first list adds one UNKNOWN item (SPEC §4).
     */
    @SuppressWarnings("unchecked")
    public static Part everyIn(Judge judge, Object fact, String listPath, String allowedPath) {
        Value<Items<Object>> list = (Value<Items<Object>>) judge.get(fact, listPath);
        Value<Items<Object>> allowed = (Value<Items<Object>>) judge.get(fact, allowedPath);
        String fullList = Judge.pathOf(fact, listPath);
        String fullAllowed = Judge.pathOf(fact, allowedPath);
        return judge.every(list, fullList, (Object item) -> {
            if (allowed.isAbsent()) {
                return Part.unknown(fullAllowed);
            }
            if (allowed.isStated() && allowed.get().items().contains(item)) {
                return Part.pass(fullAllowed, allowed.get().items());
            }
            if (allowed.isStated() && allowed.get().isOpen()) {
                return Part.unknown(fullAllowed);
            }
            return Part.fail(Reason.text(fullList + " has " + item + ", which is not in " + fullAllowed,
                    fullList + " 中的 " + item + " 不在 " + fullAllowed + " 中"),
                    fullList, item);
        });
    }
}

package io.github.anjian.rules.support;

import io.github.anjian.engine.Judge;
import io.github.anjian.engine.Part;
import io.github.anjian.engine.Reason;
import io.github.anjian.facts.DisposalMethod;
import io.github.anjian.facts.Items;
import io.github.anjian.facts.Policy;
import io.github.anjian.facts.PolicyKind;
import io.github.anjian.facts.Value;

import java.time.LocalDate;

/**
 * Checks shared by the organization, management, outsourcing and accountability requirements, built
 * only from {@link Judge} and {@link Part} so that SPEC semantics (absent, none, open lists, windows)
 * stay in one place. Stateless.
 */
public final class ManagementChecks {

    private ManagementChecks() {
    }

    /**
     * A policy of {@code kind} is listed under {@code policies}: UNKNOWN while the list is absent, or
     * open without one (SPEC §2: a stated list is complete); FAIL when a complete list has none.
     */
    public static Part policyExists(Judge judge, PolicyKind kind) {
        Value<Items<Policy>> policies = judge.facts().policies();
        String kindText = Judge.wire(kind);
        if (policies.isAbsent()) {
            return Part.unknown("policies");
        }
        Items<Policy> items = policies.orElse(Items.of(java.util.List.of()));
        for (Policy p : items) {
            if (p.kind() == kind) {
                return Part.pass(p.origin().field("kind"), kindText);
            }
        }
        if (items.isOpen()) {
            return Part.unknown("policies");
        }
        return Part.fail(Reason.text("policies has no " + kindText + " policy",
                "policies 中没有 " + kindText + " 类制度"), "policies", kindText + ": none");
    }

    /**
     * Applicability of an event record (SPEC §8.13): the record's date at {@code datePath} is within
     * {@code recordMonths} of asOf. Older or never-happened records are out of scope (FAIL, so
     * NOT_APPLICABLE); an undated record leaves applicability UNKNOWN.
     */
    public static Part recordWithin(Judge judge, Object fact, String datePath) {
        Value<?> v = judge.get(fact, datePath);
        Object full = Judge.fieldPath(fact, datePath);
        if (v.isAbsent()) {
            return Part.unknownAt(full);
        }
        if (!v.isStated()) {
            return Part.failAt(Reason.of("never", full), full, "none");
        }
        return judge.dateWithin(full, (LocalDate) v.get(), judge.param("recordMonths"), true);
    }

    /**
     * A date is stated at {@code path} (the event happened): PASS with the date, FAIL when
     * {@code none} or absent where the subject-filter default says "has not happened" (SPEC §2: not
     * left, work not ended).
     */
    public static Part happened(Judge judge, Object fact, String path) {
        Value<?> v = judge.get(fact, path);
        // the path kept as the fact's field: every person and account of a body is judged by this
        Object full = Judge.fieldPath(fact, path);
        return v.isStated() ? Part.passAt(full, v.get())
                : Part.failAt(Reason.of("not-set", full), full, v.isNone() ? "none" : "absent");
    }

    /**
     * Applicability of a disposal (MGT-05, SPEC §8.13): the subject is in {@code status} scope and its
     * disposal is dated within {@code recordMonths}. A disposal stated {@code none}, or one that never
     * happened ({@code date: none}), is in scope (and fails); an undated one leaves applicability UNKNOWN.
     */
    public static Part disposalInScope(Judge judge, Object fact, Part status) {
        if (!status.passes()) {
            return status;
        }
        Value<?> date = judge.get(fact, "disposal.date");
        if (date.isNone()) {
            return status.withEvidence(Judge.pathOf(fact, "disposal.date"), "none");
        }
        return Part.all(status, recordWithin(judge, fact, "disposal.date"));
    }

    /**
     * Disposed of securely: destroyed, degaussed or wiped; a classified subject destroyed and
     * authorized.
     */
    public static Part disposedSecurely(Judge judge, Object fact) {
        return Part.all(
                judge.oneOf(fact, "disposal.method", DisposalMethod.DESTROYED, DisposalMethod.DEGAUSSED, DisposalMethod.WIPED),
                Part.when(judge.classified(fact), Part.all(
                        judge.oneOf(fact, "disposal.method", DisposalMethod.DESTROYED),
                        judge.isTrue(fact, "disposal.authorized"))));
    }
}

package io.github.anjian.rules.support;

import io.github.anjian.engine.Judge;
import io.github.anjian.engine.Part;
import io.github.anjian.engine.Reason;
import io.github.anjian.facts.Inspection;
import io.github.anjian.facts.InspectionKind;
import io.github.anjian.facts.Items;
import io.github.anjian.facts.Organization;
import io.github.anjian.facts.SelfInspection;
import io.github.anjian.facts.Value;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Checks of the inspection requirements (INS-*). */
public final class InspectionChecks {

    private InspectionChecks() {
    }

    /**
     * INS-02 (SPEC §8.24): one comprehensive inspection within {@code months} that used a checklist
     * and whose report was issued and circulated. When some comprehensive inspection carries a date
     * or {@code none}, practice-only items do not count (§8.10).
     */
    public static Part comprehensive(Judge judge, int months) {
        Value<Items<Inspection>> list = judge.facts().inspections();
        if (list.isAbsent()) {
            return Part.unknown("inspections");
        }
        List<Inspection> items = new ArrayList<>();
        for (Inspection i : list.orElse(Items.of(List.of()))) {
            if (i.kind() == InspectionKind.COMPREHENSIVE) {
                items.add(i);
            }
        }
        boolean dated = items.stream().anyMatch(i -> i.date().isKnown());
        List<Part> parts = new ArrayList<>();
        for (Inspection i : items) {
            if (dated && i.date().isAbsent() && i.frequency().isStated()) {
                continue;
            }
            parts.add(Part.all(judge.withinFixedMonths(i, "date", months, "frequency"),
                    judge.isTrue(i, "checklist"), judge.isTrue(i, "reportIssued"), judge.isTrue(i, "circulated")));
        }
        if (list.isStated() && list.get().isOpen()) {
            parts.add(Part.unknown("inspections"));
        }
        return parts.isEmpty()
                ? Part.fail(Reason.text("inspections has no comprehensive inspection record",
                        "inspections 中没有全面安全检查记录"), "inspections", "no comprehensive")
                : Part.any(parts);
    }

    /**
     * INS-03 (SPEC §8.11, §8.14): the self-inspection of the asOf year; report submitted by the
     * deadline and form submitted (a deadline on or after asOf is not yet due); an external tester,
     * if used, qualified and under a confidentiality agreement. Another year is UNKNOWN.
     */
    public static Part selfInspection(Judge judge, Organization o) {
        String base = Judge.pathOf(o, "selfInspection");
        Value<SelfInspection> si = o.selfInspection();
        if (si.isAbsent()) {
            return Part.unknown(base);
        }
        if (si.isNone()) {
            return Part.fail(Reason.of("not-set", base), base, "none");
        }
        SelfInspection s = si.get();
        Part year = judge.oneOf(o, "selfInspection.year", judge.asOf().getYear());
        if (!year.passes()) {
            return s.year().isStated() ? Part.unknown(base) : year;
        }
        String dp = base + ".deadline";
        String rp = base + ".reportSubmitted";
        Value<LocalDate> deadline = s.deadline();
        Value<LocalDate> submitted = s.reportSubmitted();
        boolean notYetDue = deadline.isStated() && !deadline.get().isBefore(judge.asOf());
        Part report;
        if (submitted.isStated() && !submitted.get().isAfter(judge.asOf())) {
            if (deadline.isAbsent()) {
                report = Part.unknown(dp);
            } else if (deadline.isStated() && submitted.get().isAfter(deadline.get())) {
                report = Part.fail(Reason.of("not-after", rp, submitted.get(), dp, deadline.get()), rp, submitted.get());
            } else {
                report = Part.pass(rp, submitted.get());
            }
        } else if (notYetDue) {
            report = Part.pass(dp, deadline.get() + " (not yet due)");
        } else if (deadline.isAbsent()) {
            report = Part.unknown(dp);
        } else if (submitted.isAbsent()) {
            report = Part.unknown(rp);
        } else {
            report = Part.fail(Reason.of(deadline.isStated() ? "past-due" : "not-set", rp, deadline.orElse(null)),
                    rp, submitted.isNone() ? "none" : submitted.get());
        }
        Part form = judge.isTrue(o, "selfInspection.formSubmitted");
        if (notYetDue && !form.passes() && form.status() != io.github.anjian.engine.Status.UNKNOWN) {
            form = Part.pass(dp, deadline.get() + " (not yet due)");
        }
        Part tester = Part.when(judge.isTrue(o, "selfInspection.externalTester.used"),
                Part.all(judge.isTrue(o, "selfInspection.externalTester.qualified"),
                        judge.isTrue(o, "selfInspection.externalTester.confidentialityAgreement")));
        return Part.all(report, form, tester);
    }
}

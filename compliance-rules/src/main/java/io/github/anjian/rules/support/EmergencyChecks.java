package io.github.anjian.rules.support;

import io.github.anjian.engine.Judge;
import io.github.anjian.engine.Part;
import io.github.anjian.engine.Reason;
import io.github.anjian.facts.Contractor;
import io.github.anjian.facts.ContractorService;
import io.github.anjian.facts.Covers;
import io.github.anjian.facts.InfoSystem;
import io.github.anjian.facts.Items;
import io.github.anjian.facts.Plan;
import io.github.anjian.facts.PlanKind;
import io.github.anjian.facts.PlanSection;
import io.github.anjian.facts.TechnicalSupport;
import io.github.anjian.facts.Value;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks of the emergency-response requirements (EMR-*) over plans, drills and trainings. */
public final class EmergencyChecks {

    private EmergencyChecks() {
    }

    /**
     * EMR-01 (SPEC §8.22): the best emergency plan decides. A plan counts when it is based on a
     * superior plan ({@code basedOn}) and has the five sections; one to four sections give PARTIAL,
     * none FAIL. An absent plan list is UNKNOWN; a stated list without an emergency plan FAILs.
     */
    public static Part bestEmergencyPlan(Judge judge) {
        Value<Items<Plan>> plans = judge.facts().plans();
        if (plans.isAbsent()) {
            return Part.unknown("plans");
        }
        List<Part> parts = new ArrayList<>();
        Items<Plan> listed = plans.orElse(Items.of(List.of()));
        for (Plan p : listed) {
            if (p.kind() == PlanKind.EMERGENCY) {
                parts.add(Part.all(judge.isSet(p, "basedOn"), sections(p)));
            }
        }
        if (listed.isOpen()) {
            parts.add(Part.unknown("plans"));
        }
        return parts.isEmpty()
                ? Part.fail(Reason.text("plans has no emergency plan", "plans 中没有应急预案"), "plans", "no emergency plan")
                : Part.any(parts);
    }

    private static Part sections(Plan p) {
        String path = Judge.pathOf(p, "sections");
        Value<Items<PlanSection>> s = p.sections();
        if (s.isAbsent()) {
            return Part.unknown(path);
        }
        Set<PlanSection> present = EnumSet.noneOf(PlanSection.class);
        s.orElse(Items.of(List.of())).forEach(present::add);
        if (present.size() == PlanSection.values().length) {
            return Part.pass(path, "all five sections");
        }
        if (s.isStated() && s.get().isOpen()) {
            return Part.unknown(path);
        }
        Set<PlanSection> missing = EnumSet.allOf(PlanSection.class);
        missing.removeAll(present);
        String names = missing.stream().map(m -> m.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        Reason why = Reason.text(path + " lacks " + names, path + " 缺少 " + names.replace(", ", "、"));
        return present.isEmpty() ? Part.fail(why, path, "[]") : Part.partial(why, path, present.size() + " of 5");
    }

    /**
     * EMR-05: {@code technicalSupport} is {@code internal}, or a contractor offering
     * {@code emergency-support} whose agreement has an emergency-support clause.
     */
    public static Part technicalSupport(Judge judge, Plan p) {
        String path = Judge.pathOf(p, "technicalSupport");
        Value<TechnicalSupport> ts = p.technicalSupport();
        if (ts.isAbsent()) {
            return Part.unknown(path);
        }
        if (ts.isNone()) {
            return Part.fail(Reason.of("not-set", path), path, "none");
        }
        if (ts.get().isInternal()) {
            return Part.pass(path, "internal");
        }
        String id = ts.get().contractor();
        Contractor c = judge.facts().contractor(id).orElse(null);
        if (c == null) {
            return Part.unknown("contractors");
        }
        String sp = Judge.pathOf(c, "services");
        Part service = judge.some(c.services(), sp,
                (ContractorService x) -> x == ContractorService.EMERGENCY_SUPPORT ? Part.pass(sp, "emergency-support")
                        : Part.fail(Reason.of("missing-item", sp, "emergency-support")),
                Reason.of("missing-item", sp, "emergency-support"));
        return Part.all(service, judge.isTrue(c, "agreement.emergencySupportClause"));
    }

    /**
     * EMR-07: some emergency plan covers the system ({@code covers: all} or lists it). A plan whose
     * {@code covers} is absent (or an open {@code covers} list) may cover it: UNKNOWN unless another
     * plan does.
     */
    public static Part covered(Judge judge, InfoSystem s) {
        Value<Items<Plan>> plans = judge.facts().plans();
        if (plans.isAbsent()) {
            return Part.unknown("plans");
        }
        List<Part> parts = new ArrayList<>();
        Items<Plan> listed = plans.orElse(Items.of(List.of()));
        for (Plan p : listed) {
            if (p.kind() != PlanKind.EMERGENCY) {
                continue;
            }
            String cp = Judge.pathOf(p, "covers");
            Value<Covers> c = p.covers();
            if (c.isAbsent()) {
                parts.add(Part.unknown(cp));
            } else if (c.isStated() && c.get().includes(s.id())) {
                parts.add(Part.pass(cp, c.get().all() ? "all" : s.id()));
            } else if (c.isStated() && c.get().systems().isOpen()) {
                parts.add(Part.unknown(cp));
            }
        }
        if (listed.isOpen()) {
            parts.add(Part.unknown("plans"));
        }
        return parts.isEmpty()
                ? Part.fail(Reason.text("no emergency plan covers " + Judge.pathOf(s, ""),
                        "没有应急预案覆盖 " + Judge.pathOf(s, "")), "plans", "no cover")
                : Part.any(parts);
    }

    /**
     * Whether a drill or training belongs to the plan (SPEC §8.21): {@code plan} equal to the plan's
     * id counts; {@code plan} absent may (UNKNOWN); {@code none} or another plan does not.
     */
    public static Part ofPlan(Value<String> planRef, String refPath, Plan p) {
        if (planRef.isAbsent()) {
            return Part.unknown(refPath);
        }
        return planRef.isEqualTo(p.id()) ? Part.pass(refPath, p.id())
                : Part.fail(Reason.text(refPath + " is not " + p.id(), refPath + " 不是 " + p.id()));
    }
}

package io.github.anjian.rules.support;

import io.github.anjian.engine.Judge;
import io.github.anjian.engine.Part;
import io.github.anjian.engine.Reason;
import io.github.anjian.facts.Audience;
import io.github.anjian.facts.Items;
import io.github.anjian.facts.Organization;
import io.github.anjian.facts.Person;
import io.github.anjian.facts.Role;
import io.github.anjian.facts.Training;
import io.github.anjian.facts.Value;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Checks of the training requirements (TRN-*), SPEC §8.23. */
public final class TrainingChecks {

    private TrainingChecks() {
    }

    /**
     * A person who has not left by asOf (SPEC §2 default: not left). A {@code left} date after asOf
     * is still present.
     */
    public static Part notLeft(Judge judge, Person p) {
        Value<LocalDate> left = p.left();
        if (left.isStated() && !left.get().isAfter(judge.asOf())) {
            return Part.fail(Reason.text(Judge.pathOf(p, "left") + " is " + left.get() + ": the person left",
                    Judge.pathOf(p, "left") + " 为 " + left.get() + "：该人员已离职"),
                    Judge.pathOf(p, "left"), left.get());
        }
        return Part.pass();
    }

    /** The trainings TRN-01 counts, and those that may count. */
    private static final class Window {
        final List<Training> counted = new ArrayList<>();
        final List<String> maybe = new ArrayList<>();
    }

    private static Window allStaffWithin(Judge judge, Items<Training> trainings, int months) {
        Window w = new Window();
        for (Training t : trainings) {
            Value<LocalDate> d = t.date();
            if (d.isNone() || d.isStated() && !judge.dateWithin("", d.get(), months, true).passes()) {
                continue;
            }
            if (t.audience().isStated() && t.audience().get() != Audience.ALL_STAFF) {
                continue;
            }
            if (t.audience().isStated() && d.isStated()) {
                w.counted.add(t);
                continue;
            }
            if (t.audience().isAbsent()) {
                w.maybe.add(t.origin().field("audience"));
            }
            if (d.isAbsent()) {
                w.maybe.add(t.origin().field("date"));
            }
        }
        if (trainings.isOpen()) {
            w.maybe.add("trainings");
        }
        return w;
    }

    /**
     * TRN-01: all-staff trainings within {@code trainingMonths} reached at least
     * {@code trainingCoverage} of active people, leaders included. With a complete {@code people}
     * list, the union of attendee lists over the active listed people counts; otherwise the largest
     * attendee count against {@code staffCount}. Leaders (listed active people of role
     * {@code leader}) are checked only against attendee lists. A training whose audience or date is
     * absent may count: it turns a shortfall into UNKNOWN.
     */
    public static Part allStaffCoverage(Judge judge, Organization o) {
        Value<Items<Training>> trainings = judge.facts().trainings();
        if (trainings.isAbsent()) {
            return Part.unknown("trainings");
        }
        int months = judge.param("trainingMonths");
        BigDecimal ratio = judge.ratio("trainingCoverage");
        Window w = allStaffWithin(judge, trainings.orElse(Items.of(List.of())), months);
        Set<String> attended = new LinkedHashSet<>();
        List<String> listsUnknown = new ArrayList<>();
        for (Training t : w.counted) {
            Value<Items<String>> a = t.attendees();
            if (a.isStated()) {
                attended.addAll(a.get().items());
            }
            if (a.isAbsent() || a.isStated() && a.get().isOpen()) {
                listsUnknown.add(t.origin().field("attendees"));
            }
        }
        Part none = Part.fail(Reason.text("no all-staff training within " + months + " months",
                "近 " + months + " 个月内未开展全员培训"),
                "trainings", "no all-staff training");
        Value<Items<Person>> people = judge.facts().people();
        Part coverage;
        if (w.counted.isEmpty()) {
            coverage = none;
        } else if (people.isStated() && !people.get().isOpen()) {
            int active = 0;
            int reached = 0;
            for (Person p : people.get()) {
                if (notLeft(judge, p).passes()) {
                    active++;
                    if (attended.contains(p.id())) {
                        reached++;
                    }
                }
            }
            boolean ok = BigDecimal.valueOf(reached).compareTo(ratio.multiply(BigDecimal.valueOf(active))) >= 0;
            Part c = judge.holds(ok, Reason.text(reached + " of " + active
                    + " active people attended all-staff training; at least " + ratio + " required",
                    active + " 名在岗人员中有 " + reached + " 人参加了全员培训；要求比例不低于 " + ratio),
                    "people attended", reached + " of " + active);
            coverage = ok || listsUnknown.isEmpty() ? c : Part.any(c, Part.unknown(listsUnknown.toArray(String[]::new)));
        } else {
            coverage = byCount(judge, o, w.counted, ratio);
        }
        List<Part> leaders = new ArrayList<>();
        if (people.isAbsent()) {
            leaders.add(Part.unknown("people"));
        } else {
            for (Person p : people.orElse(Items.of(List.of()))) {
                if (!notLeft(judge, p).passes() || attended.contains(p.id())) {
                    continue;
                }
                String rp = Judge.pathOf(p, "role");
                if (p.role().isAbsent()) {
                    leaders.add(Part.unknown(rp));
                } else if (p.role().isEqualTo(Role.LEADER)) {
                    Part f = Part.fail(Reason.text("leader " + p.id() + " is on no attendee list of an all-staff training",
                            "领导 " + p.id() + " 不在任何一次全员培训的参训人员名单中"),
                            Judge.pathOf(p, ""), "not trained");
                    leaders.add(listsUnknown.isEmpty() ? f : Part.any(f, Part.unknown(listsUnknown.toArray(String[]::new))));
                }
            }
        }
        Part result = Part.all(coverage, Part.all(leaders));
        if (result.passes() || w.maybe.isEmpty()) {
            return result;
        }
        return Part.any(result, Part.unknown(w.maybe.toArray(String[]::new)));
    }

    private static Part byCount(Judge judge, Organization o, List<Training> counted, BigDecimal ratio) {
        String sp = Judge.pathOf(o, "staffCount");
        int best = -1;
        String bestPath = null;
        List<String> unknown = new ArrayList<>();
        for (Training t : counted) {
            int n;
            if (t.attendeeCount().isStated()) {
                n = t.attendeeCount().get();
            } else if (t.attendees().isStated() && !t.attendees().get().isOpen()) {
                n = t.attendees().get().size();
            } else {
                unknown.add(t.origin().field("attendeeCount"));
                continue;
            }
            if (n > best) {
                best = n;
                bestPath = t.origin().field("attendeeCount");
            }
        }
        if (o.staffCount().isAbsent() || !o.staffCount().isStated()) {
            unknown.add(sp);
            return Part.unknown(unknown.toArray(String[]::new));
        }
        int staff = o.staffCount().get();
        Part c;
        if (best < 0) {
            c = Part.unknown(unknown.toArray(String[]::new));
        } else {
            boolean ok = BigDecimal.valueOf(best).compareTo(ratio.multiply(BigDecimal.valueOf(staff))) >= 0;
            c = judge.holds(ok, Reason.text(bestPath + " is " + best + " of " + sp + " " + staff
                    + "; at least " + ratio + " required",
                    bestPath + " 为 " + best + "，" + sp + " 为 " + staff + "；要求比例不低于 " + ratio), bestPath, best + " of " + staff);
            if (!ok && !unknown.isEmpty()) {
                c = Part.any(c, Part.unknown(unknown.toArray(String[]::new)));
            }
        }
        return c;
    }

    /**
     * TRN-02: professional training within {@code trainingMonths}: the later of
     * {@code lastProfessionalTraining} and the dates of {@code technical} trainings the person
     * attended (SPEC §8.23). Facts that could supply a later date turn a shortfall into UNKNOWN.
     */
    public static Part professionalTraining(Judge judge, Person p) {
        int months = judge.param("trainingMonths");
        String lp = Judge.pathOf(p, "lastProfessionalTraining");
        LocalDate best = null;
        String bestPath = null;
        List<String> unknown = new ArrayList<>();
        if (p.lastProfessionalTraining().isStated()) {
            best = p.lastProfessionalTraining().get();
            bestPath = lp;
        } else if (p.lastProfessionalTraining().isAbsent()) {
            unknown.add(lp);
        }
        Value<Items<Training>> trainings = judge.facts().trainings();
        if (trainings.isAbsent()) {
            unknown.add("trainings");
        }
        for (Training t : trainings.orElse(Items.of(List.of()))) {
            Value<Items<String>> a = t.attendees();
            boolean listed = a.isStated() && judge.lists(a.get(), p.id());
            boolean mayAttend = listed || a.isAbsent() || a.isStated() && a.get().isOpen();
            boolean technical = t.audience().isEqualTo(Audience.TECHNICAL);
            boolean mayBeTechnical = technical || t.audience().isAbsent();
            if (!mayAttend || !mayBeTechnical || t.date().isNone()) {
                continue;
            }
            if (listed && technical && t.date().isStated()) {
                if (best == null || t.date().get().isAfter(best)) {
                    best = t.date().get();
                    bestPath = t.origin().field("date");
                }
                continue;
            }
            if (t.date().isStated() && !judge.dateWithin("", t.date().get(), months, true).passes()) {
                continue;
            }
            if (!listed) {
                unknown.add(t.origin().field("attendees"));
            }
            if (!technical) {
                unknown.add(t.origin().field("audience"));
            }
            if (t.date().isAbsent()) {
                unknown.add(t.origin().field("date"));
            }
        }
        if (trainings.isStated() && trainings.get().isOpen()) {
            unknown.add("trainings");
        }
        Part known = best == null ? Part.fail(Reason.of("never", lp), lp, "none")
                : judge.dateWithin(bestPath, best, months, true);
        if (known.passes() || unknown.isEmpty()) {
            return known;
        }
        return Part.any(known, Part.unknown(unknown.toArray(String[]::new)));
    }
}

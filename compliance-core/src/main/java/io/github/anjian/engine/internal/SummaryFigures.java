package io.github.anjian.engine.internal;

import io.github.anjian.facts.Antivirus;
import io.github.anjian.facts.Backup;
import io.github.anjian.facts.Cpu;
import io.github.anjian.facts.Device;
import io.github.anjian.facts.DeviceKind;
import io.github.anjian.facts.Facts;
import io.github.anjian.facts.Incident;
import io.github.anjian.facts.IncidentKind;
import io.github.anjian.facts.InfoSystem;
import io.github.anjian.facts.Items;
import io.github.anjian.facts.Medium;
import io.github.anjian.facts.Mlps;
import io.github.anjian.facts.OfficeSuite;
import io.github.anjian.facts.OperatedBy;
import io.github.anjian.facts.OperatingSystem;
import io.github.anjian.facts.Operations;
import io.github.anjian.facts.Organization;
import io.github.anjian.facts.OrgNetwork;
import io.github.anjian.facts.Training;
import io.github.anjian.facts.Value;
import io.github.anjian.facts.Vulnerability;
import io.github.anjian.report.Figure;
import io.github.anjian.report.Summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inspection form's figures (SPEC §6 {@code summary}, §8.14, §8.32): counts of stated values only;
 * a figure drawn from an open list is "at least", from an absent list unknown. "This year" is the
 * calendar year of asOf up to asOf.
 */
final class SummaryFigures {

    private SummaryFigures() {
    }

    static Summary of(Facts f, LocalDate asOf) {
        // one pass per list with plain loops: no lambdas, which a cold run pays for one by one
        Value<Items<InfoSystem>> systems = f.systems();
        Tally systemsTotal = Tally.of(systems);
        Tally publicFacing = Tally.of(systems);
        Tally byContractor = Tally.of(systems);
        Tally[] levels = new Tally[6];
        for (int level = 0; level <= 5; level++) {
            levels[level] = Tally.of(systems);
        }
        Tally filed = Tally.of(systems);
        Tally assessed = Tally.of(systems);
        Tally realtime = Tally.of(systems);
        Tally noBackup = Tally.of(systems);
        if (systems.isStated()) {
            for (InfoSystem s : systems.get()) {
                systemsTotal.add(true, 1);
                publicFacing.add(yes(s.publicFacing()), 1);
                byContractor.add(is(s.operations().flatMap(Operations::by), OperatedBy.CONTRACTOR), 1);
                Value<Integer> level = s.mlps().flatMap(Mlps::level);
                for (int l = 1; l <= 5; l++) {
                    levels[l].add(level.isAbsent() ? null : level.isEqualTo(l), 1);
                }
                levels[0].add(!level.isStated(), 1);
                Value<LocalDate> filedOn = s.mlps().flatMap(Mlps::filedOn);
                filed.add(filedOn.isAbsent() ? null : filedOn.isStated() && !filedOn.get().isAfter(asOf), 1);
                assessed.add(assessedThisYear(s, asOf), 1);
                realtime.add(yes(s.backup().flatMap(Backup::realtime)), 1);
                noBackup.add(s.backup().isNone() ? Boolean.TRUE
                        : and(not(yes(s.backup().flatMap(Backup::local))), not(yes(s.backup().flatMap(Backup::offsite)))), 1);
            }
        }
        Map<String, Figure> byLevel = new LinkedHashMap<>();
        for (int level = 1; level <= 5; level++) {
            byLevel.put(String.valueOf(level), levels[level].figure());
        }
        byLevel.put("unknown", levels[0].figure());

        Value<Items<Device>> devices = f.devices();
        Tally terminals = Tally.of(devices);
        Tally classified = Tally.of(devices);
        Tally antivirus = Tally.of(devices);
        Tally cpu = Tally.of(devices);
        Tally os = Tally.of(devices);
        Tally office = Tally.of(devices);
        Tally usbBlocked = Tally.of(devices);
        if (devices.isStated()) {
            for (Device d : devices.get()) {
                int w = d.weight();
                // status absent: active (SPEC §2 filter default), so "terminal" is always decided
                boolean terminal = d.kind() == DeviceKind.TERMINAL
                        && d.status().orElse(io.github.anjian.facts.DeviceStatus.ACTIVE) == io.github.anjian.facts.DeviceStatus.ACTIVE;
                terminals.add(terminal, w);
                classified.add(d.classified().orElse(false), w);
                antivirus.add(terminal ? yes(d.antivirus().flatMap(Antivirus::installed)) : Boolean.FALSE, w);
                cpu.add(terminal ? yes(d.cpu().flatMap(Cpu::domestic)) : Boolean.FALSE, w);
                os.add(terminal ? yes(d.os().flatMap(OperatingSystem::domestic)) : Boolean.FALSE, w);
                office.add(terminal ? yes(d.officeSuite().flatMap(OfficeSuite::domestic)) : Boolean.FALSE, w);
                usbBlocked.add(terminal ? yes(d.usbStorageBlocked()) : Boolean.FALSE, w);
            }
        }

        Tally media = Tally.of(f.media());
        if (f.media().isStated()) {
            for (Medium m : f.media().get()) {
                media.add(m.status().orElse(io.github.anjian.facts.MediumStatus.ACTIVE)
                        == io.github.anjian.facts.MediumStatus.ACTIVE, m.weight());
            }
        }
        Value<Items<io.github.anjian.facts.Wireless>> wireless =
                f.organization().flatMap(Organization::network).flatMap(OrgNetwork::wireless);
        Tally wirelessCount = Tally.of(wireless);
        if (wireless.isStated()) {
            wirelessCount.add(true, wireless.get().items().size());
        }
        Tally facilities = Tally.of(f.facilities());
        if (f.facilities().isStated()) {
            facilities.add(true, f.facilities().get().items().size());
        }
        Tally trainings = Tally.of(f.trainings());
        if (f.trainings().isStated()) {
            for (Training t : f.trainings().get()) {
                trainings.add(inYear(t.date(), asOf), 1);
            }
        }

        Tally incidentsTotal = Tally.of(f.incidents());
        IncidentKind[] kinds = IncidentKind.values();
        Tally[] byKind = new Tally[kinds.length];
        for (int k = 0; k < kinds.length; k++) {
            byKind[k] = Tally.of(f.incidents());
        }
        if (f.incidents().isStated()) {
            for (Incident i : f.incidents().get()) {
                Boolean thisYear = inYear(i.date(), asOf);
                incidentsTotal.add(thisYear, 1);
                for (int k = 0; k < kinds.length; k++) {
                    byKind[k].add(and(thisYear, is(i.kind(), kinds[k])), 1);
                }
            }
        }
        Map<String, Figure> incidents = new LinkedHashMap<>();
        incidents.put("total", incidentsTotal.figure());
        for (int k = 0; k < kinds.length; k++) {
            incidents.put(Subjects.wire(kinds[k]), byKind[k].figure());
        }

        Figure found = vulnerabilities(systems, asOf, false);
        Figure fixed = vulnerabilities(systems, asOf, true);
        BigDecimal rate = found.isUnknown() || found.atLeast() || fixed.isUnknown() || fixed.atLeast() || found.value() == 0 ? null
                : BigDecimal.valueOf(fixed.value()).divide(BigDecimal.valueOf(found.value()), 4, RoundingMode.HALF_UP);
        return new Summary(
                systemsTotal.figure(),
                publicFacing.figure(),
                byContractor.figure(),
                byLevel,
                filed.figure(),
                assessed.figure(),
                terminals.figure(),
                classified.figure(),
                antivirus.figure(),
                cpu.figure(),
                os.figure(),
                office.figure(),
                usbBlocked.figure(),
                media.figure(),
                wirelessCount.figure(),
                facilities.figure(),
                trainings.figure(),
                peopleTrained(f.trainings(), asOf),
                incidents,
                found, fixed, rate,
                meanDaysToFix(systems, asOf),
                realtime.figure(),
                noBackup.figure());
    }

    /**
     * A count of the items a three-valued test holds for (SPEC §8.32): an item it cannot decide
     * (null) or an open list makes the count a lower bound; an absent list makes it unknown.
     */
    private static final class Tally {
        private final boolean unknown;
        private boolean atLeast;
        private int n;

        private Tally(boolean unknown, boolean atLeast) {
            this.unknown = unknown;
            this.atLeast = atLeast;
        }

        static Tally of(Value<? extends Items<?>> list) {
            // none: an empty list, exactly 0
            return new Tally(list.isAbsent(), list.isStated() && list.get().isOpen());
        }

        void add(Boolean holds, int weight) {
            if (holds == null) {
                atLeast = true;
            } else if (holds) {
                n += weight;
            }
        }

        Figure figure() {
            if (unknown) {
                return Figure.UNKNOWN;
            }
            return atLeast ? Figure.atLeast(n) : Figure.exactly(n);
        }
    }

    /** In asOf's calendar year up to asOf; null when the date is absent, false when none. */
    private static Boolean inYear(Value<LocalDate> date, LocalDate asOf) {
        return date.isAbsent() ? null : date.isStated() && inYear(date.get(), asOf);
    }

    private static boolean inYear(LocalDate d, LocalDate asOf) {
        return d.getYear() == asOf.getYear() && !d.isAfter(asOf);
    }

    // Three-valued facts for figures: TRUE, FALSE, or null when the fact is absent (unknown).

    private static Boolean yes(Value<Boolean> v) {
        return v.isAbsent() ? null : v.orElse(false);
    }

    private static Boolean is(Value<?> v, Object expected) {
        return v.isAbsent() ? null : v.isEqualTo(expected);
    }

    private static Boolean and(Boolean a, Boolean b) {
        if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) {
            return false;
        }
        return a == null || b == null ? null : true;
    }

    private static Boolean not(Boolean a) {
        return a == null ? null : !a;
    }

    private static Boolean assessedThisYear(InfoSystem s, LocalDate asOf) {
        Value<Items<io.github.anjian.facts.Assessment>> list = s.mlps().flatMap(Mlps::assessments);
        if (!list.isStated()) {
            return list.isNone() || s.mlps().isNone() ? Boolean.FALSE : null;
        }
        Boolean any = false;
        for (io.github.anjian.facts.Assessment a : list.get()) {
            Boolean b = inYear(a.date(), asOf);
            if (Boolean.TRUE.equals(b)) {
                return true;
            }
            if (b == null) {
                any = null;
            }
        }
        return list.get().isOpen() ? null : any;
    }

    /** Vulnerabilities found this year, or (fixed) found this year and fixed by asOf. */
    private static Figure vulnerabilities(Value<Items<InfoSystem>> systems, LocalDate asOf, boolean fixed) {
        if (!systems.isStated()) {
            return Figure.UNKNOWN;
        }
        int n = 0;
        boolean atLeast = systems.get().isOpen();
        for (InfoSystem s : systems.get()) {
            if (!s.vulnerabilities().isStated()) {
                atLeast = true;
                continue;
            }
            atLeast |= s.vulnerabilities().get().isOpen();
            for (Vulnerability v : s.vulnerabilities().get()) {
                Boolean b = inYear(v.found(), asOf);
                if (fixed) {
                    Value<LocalDate> on = v.fixed();
                    b = and(b, on.isAbsent() ? null : on.isStated() && !on.get().isAfter(asOf));
                }
                if (b == null) {
                    atLeast = true;
                } else if (b) {
                    n++;
                }
            }
        }
        return atLeast ? Figure.atLeast(n) : Figure.exactly(n);
    }

    private static BigDecimal meanDaysToFix(Value<Items<InfoSystem>> systems, LocalDate asOf) {
        long days = 0;
        int n = 0;
        for (InfoSystem s : systems.orElse(Items.of(List.of()))) {
            for (Vulnerability v : s.vulnerabilities().orElse(Items.of(List.of()))) {
                if (v.found().isStated() && v.fixed().isStated() && !v.fixed().get().isAfter(asOf)
                        && inYear(v.found().get(), asOf)) {
                    days += ChronoUnit.DAYS.between(v.found().get(), v.fixed().get());
                    n++;
                }
            }
        }
        return n == 0 ? null : BigDecimal.valueOf(days).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP);
    }

    private static Figure peopleTrained(Value<Items<Training>> trainings, LocalDate asOf) {
        if (!trainings.isStated()) {
            return Figure.UNKNOWN;
        }
        Set<String> named = new HashSet<>();
        int largestCount = 0;
        boolean atLeast = trainings.get().isOpen();
        for (Training t : trainings.get()) {
            if (t.date().isAbsent()) {
                atLeast = true;   // an undated training may have been this year
                continue;
            }
            if (!Boolean.TRUE.equals(inYear(t.date(), asOf))) {
                continue;
            }
            if (t.attendees().isStated()) {
                named.addAll(t.attendees().get().items());
            }
            largestCount = Math.max(largestCount, t.attendeeCount().orElse(0));
            atLeast |= !t.attendees().isStated() && !t.attendeeCount().isStated();
        }
        int n = Math.max(named.size(), largestCount);
        return atLeast ? Figure.atLeast(n) : Figure.exactly(n);
    }
}

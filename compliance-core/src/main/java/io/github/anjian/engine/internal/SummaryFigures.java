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
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * The inspection form's figures (SPEC §6 {@code summary}, §8.14, §8.32): counts of stated values only;
 * a figure drawn from an open list is "at least", from an absent list unknown. "This year" is the
 * calendar year of asOf up to asOf.
 */
final class SummaryFigures {

    private SummaryFigures() {
    }

    static Summary of(Facts f, LocalDate asOf) {
        Value<Items<InfoSystem>> systems = f.systems();
        Value<Items<Device>> devices = f.devices();
        // status absent: active (SPEC §2 filter default), so "terminal" is always decided
        Predicate<Device> terminal = d -> d.kind() == DeviceKind.TERMINAL
                && d.status().orElse(io.github.anjian.facts.DeviceStatus.ACTIVE) == io.github.anjian.facts.DeviceStatus.ACTIVE;
        Map<String, Figure> byLevel = new LinkedHashMap<>();
        for (int level = 1; level <= 5; level++) {
            int l = level;
            byLevel.put(String.valueOf(level), count(systems, s -> is(s.mlps().flatMap(Mlps::level), l), s -> 1));
        }
        byLevel.put("unknown", count(systems, s -> !s.mlps().flatMap(Mlps::level).isStated(), s -> 1));
        Map<String, Figure> incidents = new LinkedHashMap<>();
        Function<Incident, Boolean> thisYear = i -> when(i.date(), d -> inYear(d, asOf));
        incidents.put("total", count(f.incidents(), thisYear, i -> 1));
        for (IncidentKind k : IncidentKind.values()) {
            incidents.put(Subjects.wire(k), count(f.incidents(), i -> and(thisYear.apply(i), is(i.kind(), k)), i -> 1));
        }
        Figure found = vulnerabilities(systems, v -> when(v.found(), d -> inYear(d, asOf)));
        Figure fixed = vulnerabilities(systems, v -> and(when(v.found(), d -> inYear(d, asOf)),
                when(v.fixed(), d -> !d.isAfter(asOf))));
        BigDecimal rate = found.isUnknown() || found.atLeast() || fixed.isUnknown() || fixed.atLeast() || found.value() == 0 ? null
                : BigDecimal.valueOf(fixed.value()).divide(BigDecimal.valueOf(found.value()), 4, RoundingMode.HALF_UP);
        return new Summary(
                count(systems, s -> true, s -> 1),
                count(systems, s -> yes(s.publicFacing()), s -> 1),
                count(systems, s -> is(s.operations().flatMap(Operations::by), OperatedBy.CONTRACTOR), s -> 1),
                byLevel,
                count(systems, s -> when(s.mlps().flatMap(Mlps::filedOn), d -> !d.isAfter(asOf)), s -> 1),
                count(systems, s -> assessedThisYear(s, asOf), s -> 1),
                count(devices, d -> terminal.test(d), Device::weight),
                count(devices, d -> d.classified().orElse(false), Device::weight),
                count(devices, d -> terminal.test(d) ? yes(d.antivirus().flatMap(Antivirus::installed)) : Boolean.FALSE, Device::weight),
                count(devices, d -> terminal.test(d) ? yes(d.cpu().flatMap(Cpu::domestic)) : Boolean.FALSE, Device::weight),
                count(devices, d -> terminal.test(d) ? yes(d.os().flatMap(OperatingSystem::domestic)) : Boolean.FALSE, Device::weight),
                count(devices, d -> terminal.test(d) ? yes(d.officeSuite().flatMap(OfficeSuite::domestic)) : Boolean.FALSE, Device::weight),
                count(devices, d -> terminal.test(d) ? yes(d.usbStorageBlocked()) : Boolean.FALSE, Device::weight),
                count(f.media(), m -> m.status().orElse(io.github.anjian.facts.MediumStatus.ACTIVE)
                        == io.github.anjian.facts.MediumStatus.ACTIVE, Medium::weight),
                count(f.organization().flatMap(Organization::network).flatMap(OrgNetwork::wireless), w -> true, w -> 1),
                count(f.facilities(), x -> true, x -> 1),
                count(f.trainings(), t -> when(t.date(), d -> inYear(d, asOf)), t -> 1),
                peopleTrained(f.trainings(), asOf),
                incidents,
                found, fixed, rate,
                meanDaysToFix(systems, asOf),
                count(systems, s -> yes(s.backup().flatMap(Backup::realtime)), s -> 1),
                count(systems, s -> s.backup().isNone() ? Boolean.TRUE
                        : and(not(yes(s.backup().flatMap(Backup::local))), not(yes(s.backup().flatMap(Backup::offsite)))), s -> 1));
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

    private static <T> Boolean when(Value<T> v, Predicate<T> test) {
        return v.isAbsent() ? null : v.is(test);
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
            Boolean b = when(a.date(), d -> inYear(d, asOf));
            if (Boolean.TRUE.equals(b)) {
                return true;
            }
            if (b == null) {
                any = null;
            }
        }
        return list.get().isOpen() ? null : any;
    }

    /**
     * Counts the items the test holds for; an item it cannot decide (null) or an open list makes the
     * count a lower bound; an absent list makes it unknown (SPEC §8.32).
     */
    private static <T> Figure count(Value<Items<T>> list, Function<T, Boolean> test, ToIntFunction<T> weight) {
        if (!list.isStated()) {
            return list.isNone() ? Figure.exactly(0) : Figure.UNKNOWN;
        }
        int n = 0;
        boolean atLeast = list.get().isOpen();
        for (T t : list.get()) {
            Boolean b = test.apply(t);
            if (b == null) {
                atLeast = true;
            } else if (b) {
                n += weight.applyAsInt(t);
            }
        }
        return atLeast ? Figure.atLeast(n) : Figure.exactly(n);
    }

    private static Figure vulnerabilities(Value<Items<InfoSystem>> systems, Function<Vulnerability, Boolean> test) {
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
                Boolean b = test.apply(v);
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
                if (v.found().isStated() && v.fixed().is(d -> !d.isAfter(asOf)) && inYear(v.found().get(), asOf)) {
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
            if (!t.date().is(d -> inYear(d, asOf))) {
                continue;
            }
            t.attendees().is(a -> named.addAll(a.items()));
            largestCount = Math.max(largestCount, t.attendeeCount().orElse(0));
            atLeast |= !t.attendees().isStated() && !t.attendeeCount().isStated();
        }
        int n = Math.max(named.size(), largestCount);
        return atLeast ? Figure.atLeast(n) : Figure.exactly(n);
    }
}

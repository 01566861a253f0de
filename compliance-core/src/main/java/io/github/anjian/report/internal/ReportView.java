package io.github.anjian.report.internal;

import io.github.anjian.engine.Status;
import io.github.anjian.engine.Subject;
import io.github.anjian.rating.Counts;
import io.github.anjian.report.Figure;
import io.github.anjian.report.RenderContext;
import io.github.anjian.report.Report;
import io.github.anjian.report.RequirementResult;
import io.github.anjian.report.Summary;
import io.github.anjian.report.UnknownFact;
import io.github.anjian.report.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** What the text, Markdown and HTML renderings share: orderings, labels and formatted figures. */
final class ReportView {

    /** One figure of the inspection form: its label and its value as shown. */
    record Row(String label, String value) {
    }

    final Report report;
    final Labels labels;
    final RenderContext context;

    ReportView(Report report, RenderContext context) {
        this.report = report;
        this.context = context;
        this.labels = Labels.of(report.lang());
    }

    /** Unwaived before waived, high before medium before low, then larger score impact; stable. */
    List<Violation> worstFirst() {
        List<Violation> v = new ArrayList<>(report.violations());
        v.sort(WORST_FIRST);
        return v;
    }

    /**
     * The first {@code limit} of {@link #worstFirst}, in one pass that keeps at most {@code limit}
     * violations: a report of millions of violations (perhaps in a temporary file) is not copied and sorted
     * to show its worst few.
     */
    List<Violation> worstFirst(int limit) {
        return firstInOrder(report.violations(), WORST_FIRST, limit);
    }

    /** The first {@code limit} of {@link #toCollect}, in one pass. */
    List<UnknownFact> toCollect(int limit) {
        return firstInOrder(report.unknowns(), Comparator.comparing(UnknownFact::severity), limit);
    }

    private static final Comparator<Violation> WORST_FIRST = Comparator.comparing(Violation::waived)
            .thenComparing(Violation::severity)
            .thenComparing(Violation::scoreImpact, Comparator.reverseOrder());

    /** The first {@code limit} items of the stable sort of {@code items} by {@code order}. */
    static <T> List<T> firstInOrder(List<T> items, Comparator<? super T> order, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        record Ranked<T>(T item, int index) {
        }
        Comparator<Ranked<T>> ranked = (a, b) -> {
            int c = order.compare(a.item(), b.item());
            return c != 0 ? c : Integer.compare(a.index(), b.index());
        };
        java.util.PriorityQueue<Ranked<T>> kept = new java.util.PriorityQueue<>(limit + 1, ranked.reversed());
        int i = 0;
        for (T item : items) {
            Ranked<T> r = new Ranked<>(item, i++);
            if (kept.size() < limit) {
                kept.add(r);
            } else if (ranked.compare(r, kept.peek()) < 0) {
                kept.poll();
                kept.add(r);
            }
        }
        List<Ranked<T>> out = new ArrayList<>(kept);
        out.sort(ranked);
        return out.stream().map(Ranked::item).toList();
    }

    /** Unknowns, most weight first, then catalog order. */    /** Unknowns, most weight first, then catalog order. */
    List<UnknownFact> toCollect() {
        List<UnknownFact> u = new ArrayList<>(report.unknowns());
        u.sort(Comparator.comparing(UnknownFact::severity));
        return u;
    }

    /** Requirements that ended in ERROR. */
    List<RequirementResult> errors() {
        return report.requirements().stream().filter(q -> q.status() == Status.ERROR).toList();
    }

    String area(String code) {
        return context.areaName(code, report.lang());
    }

    String title(String requirement) {
        return report.requirement(requirement).map(RequirementResult::title).orElse("");
    }

    String severity(Enum<?> s) {
        return labels.word("severity", s);
    }

    String status(Status s) {
        return labels.word("status", s);
    }

    String statusOf(Violation v) {
        return status(v.waived() ? Status.WAIVED : v.partial() ? Status.PARTIAL : Status.FAIL);
    }

    String grade() {
        return labels.word("grade", report.rating().grade());
    }

    String conclusion() {
        return labels.word("conclusion", report.rating().conclusion());
    }

    String counts(Counts c) {
        return labels.format("counts", c.pass(), c.fail(), c.partial(), c.unknown(), c.notApplicable(), c.error(),
                c.waived());
    }

    /** A subject as "type key (name)", the type in the report's language. */
    String subject(Subject s) {
        String type = labels.getOr("subject." + s.type(), s.type());
        return s.name() == null || s.name().equals(s.key()) ? type + " " + s.key()
                : type + " " + s.key() + " (" + s.name() + ")";
    }

    /** A fix's subject in the same words. */
    String subject(String type, String key) {
        return labels.getOr("subject." + type, type) + " " + key;
    }

    static String location(Violation v) {
        return v.subject().origin().location().toString();
    }

    static String location(UnknownFact u) {
        return u.subject().origin().location().toString();
    }

    /** A number as written in the JSON, or "–" when absent. */
    static String num(BigDecimal b) {
        return b == null ? "–" : b.toPlainString();
    }

    static String percent(BigDecimal b) {
        return b == null ? "–" : b.toPlainString() + "%";
    }

    /** A figure: "n", "≥ n" (open list) or "?" (unknown). */
    static String fig(Figure f) {
        return f.isUnknown() ? "?" : f.atLeast() ? "≥ " + f.value() : f.value().toString();
    }

    /** The inspection form's figures in the JSON's order. */
    List<Row> figures() {
        Summary s = report.summary();
        List<Row> rows = new ArrayList<>();
        add(rows, "systemsTotal", s.systemsTotal());
        add(rows, "systemsPublicFacing", s.systemsPublicFacing());
        add(rows, "systemsContractorOperated", s.systemsContractorOperated());
        for (Map.Entry<String, Figure> e : s.systemsByLevel().entrySet()) {
            String label = "unknown".equals(e.getKey()) ? labels.get("summary.systemsByLevel.unknown")
                    : labels.format("summary.systemsByLevel", e.getKey());
            rows.add(new Row(label, fig(e.getValue())));
        }
        add(rows, "systemsFiled", s.systemsFiled());
        add(rows, "systemsAssessedThisYear", s.systemsAssessedThisYear());
        add(rows, "systemsWithRealtimeBackup", s.systemsWithRealtimeBackup());
        add(rows, "systemsWithoutBackup", s.systemsWithoutBackup());
        add(rows, "terminals", s.terminals());
        add(rows, "terminalsWithAntivirus", s.terminalsWithAntivirus());
        add(rows, "terminalsWithDomesticCpu", s.terminalsWithDomesticCpu());
        add(rows, "terminalsWithDomesticOs", s.terminalsWithDomesticOs());
        add(rows, "terminalsWithDomesticOfficeSuite", s.terminalsWithDomesticOfficeSuite());
        add(rows, "terminalsWithUsbStorageBlocked", s.terminalsWithUsbStorageBlocked());
        add(rows, "classifiedDevices", s.classifiedDevices());
        add(rows, "removableMedia", s.removableMedia());
        add(rows, "wirelessNetworks", s.wirelessNetworks());
        add(rows, "facilities", s.facilities());
        add(rows, "trainingsThisYear", s.trainingsThisYear());
        add(rows, "peopleTrainedThisYear", s.peopleTrainedThisYear());
        for (Map.Entry<String, Figure> e : s.incidentsThisYear().entrySet()) {
            rows.add(new Row(labels.format("summary.incidentsThisYear", labels.getOr("incident." + e.getKey(), e.getKey())),
                    fig(e.getValue())));
        }
        add(rows, "vulnerabilitiesFound", s.vulnerabilitiesFound());
        add(rows, "vulnerabilitiesFixed", s.vulnerabilitiesFixed());
        rows.add(new Row(labels.get("summary.vulnerabilityFixRate"), s.vulnerabilityFixRate() == null ? "–"
                : s.vulnerabilityFixRate().movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%"));
        rows.add(new Row(labels.get("summary.meanDaysToFix"), num(s.meanDaysToFix())));
        return rows;
    }

    private void add(List<Row> rows, String key, Figure f) {
        rows.add(new Row(labels.get("summary." + key), fig(f)));
    }
}

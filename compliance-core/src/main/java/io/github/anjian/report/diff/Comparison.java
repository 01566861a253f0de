package io.github.anjian.report.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Two reports compared by violation fingerprint (SPEC §5): what is new, fixed, still open, newly
 * waived and expired, and how score, grade and conclusion changed. Requirements only one rule pack
 * has are listed, so a report of an older rule pack still compares.
 *
 * @param before the older report
 * @param after the newer report
 * @param changes every violation of either report and how it changed, in (change, requirement, subject) order
 * @param requirementsAdded ids only the newer rule pack has
 * @param requirementsRemoved ids only the older rule pack has
 */
public record Comparison(Snapshot before, Snapshot after, List<Entry> changes, Set<String> requirementsAdded,
                         Set<String> requirementsRemoved) {

    /**
     * One violation and its change.
     *
     * @param change how it changed
     * @param item the violation as the newer report has it (the older one for FIXED)
     */
    public record Entry(Change change, Snapshot.Item item) {
    }

    /** Compares two reports. */
    public static Comparison of(Snapshot before, Snapshot after) {
        Map<String, Snapshot.Item> old = new LinkedHashMap<>();
        before.violations().forEach(v -> old.put(v.fingerprint(), v));
        List<Entry> changes = new ArrayList<>();
        for (Snapshot.Item v : after.violations()) {
            Snapshot.Item was = old.remove(v.fingerprint());
            Change c;
            if (was == null) {
                c = v.waived() ? Change.NEW_WAIVED : Change.NEW;
            } else if (v.waived()) {
                c = was.waived() ? Change.STILL_WAIVED : Change.NEWLY_WAIVED;
            } else {
                c = was.waived() ? Change.EXPIRED : Change.STILL_OPEN;
            }
            changes.add(new Entry(c, v));
        }
        for (Snapshot.Item v : old.values()) {
            changes.add(new Entry(Change.FIXED, v));
        }
        changes.sort(Comparator.comparing((Entry e) -> e.change())
                .thenComparing(e -> e.item().requirement())
                .thenComparing(e -> e.item().subjectType())
                .thenComparing(e -> e.item().subjectId()));
        Set<String> added = new TreeSet<>(after.requirements());
        added.removeAll(before.requirements());
        Set<String> removed = new TreeSet<>(before.requirements());
        removed.removeAll(after.requirements());
        return new Comparison(before, after, List.copyOf(changes), added, removed);
    }

    /** True when the violation of the newer report with this fingerprint is new or its waiver expired. */
    public boolean isNew(String fingerprint) {
        return changes.stream().anyMatch(e -> e.item().fingerprint().equals(fingerprint)
                && (e.change() == Change.NEW || e.change() == Change.NEW_WAIVED || e.change() == Change.EXPIRED));
    }

    /** The entries of one kind of change. */
    public List<Entry> of(Change c) {
        return changes.stream().filter(e -> e.change() == c).toList();
    }

    /** The change in score (after − before). */
    public BigDecimal scoreChange() {
        return after.score().subtract(before.score());
    }

    /**
     * True when a new problem at or above a severity appeared: a new unwaived violation or an
     * expired waiver. {@code minimum} null means never.
     */
    public boolean hasNewAtOrAbove(io.github.anjian.catalog.Severity minimum) {
        if (minimum == null) {
            return false;
        }
        for (Entry e : changes) {
            if (e.change() == Change.NEW || e.change() == Change.EXPIRED) {
                io.github.anjian.catalog.Severity s = io.github.anjian.catalog.Severity.valueOf(e.item().severity().toUpperCase(java.util.Locale.ROOT));
                if (s.atLeast(minimum)) {
                    return true;
                }
            }
        }
        return false;
    }
}

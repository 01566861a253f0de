package io.github.anjian.load.internal;

import io.github.anjian.facts.SourceLocation;
import io.github.anjian.load.Diagnostic;
import io.github.anjian.load.LoadOptions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** What one load collects while binding files, for the checks that need the whole file set. */
final class LoadContext {

    /** A reference written in a file; the place is kept as numbers (there is one per reference). */
    record RefUse(Class<?> target, String id, String file, int line, int column) {
        RefUse(Class<?> target, String id, Node.Scalar at) {
            this(target, id, at.file(), at.line(), at.column());
        }

        SourceLocation location() {
            return new SourceLocation(file, line, column);
        }
    }

    /** An id declared by an entity; {@code scope} is the list it must be unique in. */
    record IdDecl(String scope, String id, String file, int line, int column) {
        IdDecl(String scope, String id, Node.Scalar at) {
            this(scope, id, at.file(), at.line(), at.column());
        }

        SourceLocation location() {
            return new SourceLocation(file, line, column);
        }
    }

    /** A date of a past event, checked against {@code asOf}. */
    record DatedValue(String key, LocalDate date, String file, int line, int column) {
        DatedValue(String key, LocalDate date, Node.Scalar at) {
            this(key, date, at.file(), at.line(), at.column());
        }

        SourceLocation location() {
            return new SourceLocation(file, line, column);
        }
    }

    /** A text value with its place (waiver subjects, requirement ids). */
    record Placed(String text, String file, int line, int column) {
        Placed(Node.Scalar at) {
            this(at.text(), at.file(), at.line(), at.column());
        }

        SourceLocation location() {
            return new SourceLocation(file, line, column);
        }
    }

    final LoadOptions options;
    final List<Diagnostic> diagnostics = new ArrayList<>();
    final ArrayList<RefUse> refs = new ArrayList<>();
    final ArrayList<IdDecl> ids = new ArrayList<>();
    final ArrayList<DatedValue> dates = new ArrayList<>();
    final List<Placed> waiverSubjects = new ArrayList<>();
    final List<Placed> requirementIds = new ArrayList<>();
    final List<BiConsumer<LocalDate, LoadContext>> asOfChecks = new ArrayList<>();
    final Map<String, Integer> listCounts = new HashMap<>();

    /** The ids declared so far by list (scope), each with its first declaration. */
    final Map<String, Map<String, IdDecl>> idIndex = new HashMap<>();
    /** True once the evaluation date for date warnings is known (from the options or the first organization). */
    boolean asOfDecided;
    /** That date, null for none (then there are no date warnings). */
    LocalDate asOf;

    LoadContext(LoadOptions options) {
        this.options = options;
        if (options.asOf().isPresent()) {
            asOfDecided = true;
            asOf = options.asOf().get();
        }
    }

    /** The whole-set checks ran: what they needed may go before the facts are built (a large body's ids). */
    void checked() {
        ids.clear();
        ids.trimToSize();
        idIndex.clear();
        refs.clear();
        refs.trimToSize();
        dates.clear();
        dates.trimToSize();
    }

    /** Records an id declaration. */
    void declare(IdDecl d) {
        ids.add(d);
        Map<String, IdDecl> inList = idIndex.get(d.scope());
        if (inList == null) {
            inList = new HashMap<>();
            idIndex.put(d.scope(), inList);
        }
        inList.putIfAbsent(d.id(), d);
    }

    /**
     * Records a reference to an entity of {@code target}. One that resolves to an id declared already
     * needs no check at the end and is not kept; then the declared id's own string comes back, so
     * that the facts hold one string for both.
     */
    String reference(Class<?> target, String id, Node.Scalar at) {
        Map<String, IdDecl> declared = idIndex.get(TopLevelSpec.get().listOf(target));
        IdDecl d = declared == null ? null : declared.get(id);
        if (d != null) {
            return d.id();
        }
        refs.add(new RefUse(target, id, at));
        return id;
    }

    /** Records the date of a past event; not kept when the evaluation date is known and it is not later. */
    void date(String key, LocalDate date, Node.Scalar at) {
        if (asOfDecided && (asOf == null || !date.isAfter(asOf))) {
            return;
        }
        dates.add(new DatedValue(key, date, at));
    }

    /** The first organization decides the evaluation date unless the options gave it. */
    void organizationBound(io.github.anjian.facts.Organization org) {
        if (!asOfDecided) {
            asOfDecided = true;
            asOf = org != null && org.asOf().isStated() ? org.asOf().get() : null;
        }
    }

    /** What had been collected at one point, so that a file's contributions can be undone. */
    record Checkpoint(int diagnostics, int refs, int ids, int dates, int waiverSubjects, int requirementIds,
                      int asOfChecks, Map<String, Integer> listCounts, boolean asOfDecided, LocalDate asOf) {
    }

    /** A checkpoint of everything collected so far. */
    Checkpoint checkpoint() {
        return new Checkpoint(diagnostics.size(), refs.size(), ids.size(), dates.size(), waiverSubjects.size(),
                requirementIds.size(), asOfChecks.size(), new HashMap<>(listCounts), asOfDecided, asOf);
    }

    /** Forgets everything collected after the checkpoint. */
    void rollback(Checkpoint c) {
        truncate(diagnostics, c.diagnostics());
        truncate(refs, c.refs());
        for (int i = c.ids(); i < ids.size(); i++) {
            IdDecl d = ids.get(i);
            Map<String, IdDecl> inList = idIndex.get(d.scope());
            if (inList.get(d.id()) == d) {
                inList.remove(d.id());
            }
        }
        truncate(ids, c.ids());
        asOfDecided = c.asOfDecided();
        asOf = c.asOf();
        truncate(dates, c.dates());
        truncate(waiverSubjects, c.waiverSubjects());
        truncate(requirementIds, c.requirementIds());
        truncate(asOfChecks, c.asOfChecks());
        listCounts.clear();
        listCounts.putAll(c.listCounts());
    }

    private static void truncate(List<?> list, int size) {
        list.subList(size, list.size()).clear();
    }

    void error(String code, String message, SourceLocation location, String hint) {
        diagnostics.add(Diagnostic.error(code, message, location, hint));
    }

    void warning(String code, String message, SourceLocation location, String hint) {
        diagnostics.add(Diagnostic.warning(code, message, location, hint));
    }

    boolean hasErrors() {
        for (Diagnostic d : diagnostics) {
            if (d.isError()) {
                return true;
            }
        }
        return false;
    }
}

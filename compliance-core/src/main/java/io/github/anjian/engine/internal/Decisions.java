package io.github.anjian.engine.internal;

import io.github.anjian.engine.Outcome;
import io.github.anjian.engine.Part;
import io.github.anjian.engine.Status;
import io.github.anjian.engine.Subject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Collects what rules decided in one check. Two decisions on the same (requirement, subject) are
 * combined as a conjunction; an error wins. Not thread-safe: one per check.
 */
public final class Decisions {

    private final Map<Key, Entry> entries = new LinkedHashMap<>();
    /** Each fact's subject, made once per check (many requirements judge the same fact). */
    private final Map<Object, Subject> subjects = new java.util.IdentityHashMap<>();

    /** The subject a fact stands for, made once per fact. */
    public Subject subject(Object fact) {
        Subject s = subjects.get(fact);
        if (s == null) {
            s = Subjects.of(fact);
            subjects.put(fact, s);
        }
        return s;
    }

    /**
     * A (requirement, subject type, subject key) pair: its parts are existing strings whose hash codes
     * are cached, unlike a concatenated key built (and hashed in full) for every decision.
     */
    record Key(String requirement, String type, String key) {
        static Key of(String requirement, Subject subject) {
            return new Key(requirement, subject.type(), subject.key());
        }
    }

    /** One (requirement, subject) pair and what was decided about it. */
    private static final class Entry {
        final String requirement;
        final Subject subject;
        final List<Part> scopes = new ArrayList<>();
        final List<Part> conditions = new ArrayList<>();
        String error;

        Entry(String requirement, Subject subject) {
            this.requirement = requirement;
            this.subject = subject;
        }
    }

    private Entry entry(String requirement, Subject subject) {
        return entries.computeIfAbsent(Key.of(requirement, subject), k -> new Entry(requirement, subject));
    }

    /** Records a rule's decision on a subject fact. */
    public void record(String requirement, Object fact, Part scope, Part condition) {
        Entry e = entry(requirement, subject(fact));
        e.scopes.add(scope);
        e.conditions.add(condition);
    }

    /** Records that a rule threw on a subject. */
    public void error(String requirement, Subject subject, String message) {
        Entry e = entry(requirement, subject);
        if (e.error == null) {
            e.error = message;
        }
    }

    /** True when some rule decided (or failed on) this pair. */
    public boolean has(String requirement, Subject subject) {
        return entries.containsKey(Key.of(requirement, subject));
    }

    /** Every outcome decided, in the order first decided. */
    public List<Outcome> outcomes() {
        List<Outcome> out = new ArrayList<>(entries.size());
        for (Entry e : entries.values()) {
            out.add(outcome(e));
        }
        return out;
    }

    private static Outcome outcome(Entry e) {
        if (e.error != null) {
            return new Outcome(e.requirement, e.subject, Status.ERROR, List.of(), Map.of(), List.of(), e.error);
        }
        Part scope = Part.all(e.scopes);
        Part condition = Part.all(e.conditions);
        return switch (scope.status()) {
            case FAIL -> new Outcome(e.requirement, e.subject, Status.NOT_APPLICABLE, List.of(), scope.evidence(),
                    scope.reasons(), "");
            case UNKNOWN -> {
                TreeSet<String> missing = new TreeSet<>(scope.missing());
                if (condition.status() == Status.UNKNOWN) {
                    missing.addAll(condition.missing());
                }
                Map<String, String> evidence = new LinkedHashMap<>(scope.evidence());
                evidence.putAll(condition.evidence());
                yield new Outcome(e.requirement, e.subject, Status.UNKNOWN, List.copyOf(missing), evidence, List.of(), "");
            }
            default -> new Outcome(e.requirement, e.subject, condition.status(), List.copyOf(condition.missing()),
                    condition.evidence(), condition.reasons(), "");
        };
    }
}

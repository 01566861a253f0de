package io.github.anjian.engine;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The verdict on one part of a requirement's condition (SPEC §4): {@code PASS}, {@code PARTIAL},
 * {@code UNKNOWN} (with the missing field paths) or {@code FAIL} (with reasons), and the evidence
 * read. Parts combine in one place: {@link #all} takes the lowest in the order
 * FAIL &lt; UNKNOWN &lt; PARTIAL &lt; PASS and collects every missing path; {@link #any} takes the highest.
 * Immutable.
 *
 * <pre>{@code
 * Part p = Part.all(judge.isTrue(d, "antivirus.installed"), judge.withinDays(d, "antivirus.signatureDate", ...));
 * }</pre>
 */
public final class Part {

    private static final Part PASS = new Part(Status.PASS, Collections.emptySortedSet(), Map.of(), List.of());

    private final Status status;
    private final SortedSet<String> missing;
    private final Map<String, String> evidence;
    private final List<Reason> reasons;

    private Part(Status status, SortedSet<String> missing, Map<String, String> evidence, List<Reason> reasons) {
        this.status = status;
        this.missing = missing;
        this.evidence = evidence;
        this.reasons = reasons;
    }

    /** A part that holds. */
    public static Part pass() {
        return PASS;
    }

    /** A part that holds, with the evidence that shows it. */
    public static Part pass(String path, Object value) {
        return new Part(Status.PASS, Collections.emptySortedSet(), one(path, value), List.of());
    }

    /** A part that fails. */
    public static Part fail(Reason reason) {
        return new Part(Status.FAIL, Collections.emptySortedSet(), Map.of(), List.of(reason));
    }

    /** A part that fails, with the value that decided it. */
    public static Part fail(Reason reason, String path, Object value) {
        return new Part(Status.FAIL, Collections.emptySortedSet(), one(path, value), List.of(reason));
    }

    /** A part partly met (a practice without a dated record, or some sections missing). */
    public static Part partial(Reason reason, String path, Object value) {
        return new Part(Status.PARTIAL, Collections.emptySortedSet(), one(path, value), List.of(reason));
    }

    /**
     * {@link #pass(String, Object)} at a path that may be made text only when read: a string, or a
     * field of a fact from {@link Judge#fieldPath} (a large body's parts keep millions of paths).
     */
    public static Part passAt(Object path, Object value) {
        return new Part(Status.PASS, Collections.emptySortedSet(), one(path, value), List.of());
    }

    /** {@link #fail(Reason, String, Object)} at a path as in {@link #passAt}. */
    public static Part failAt(Reason reason, Object path, Object value) {
        return new Part(Status.FAIL, Collections.emptySortedSet(), one(path, value), List.of(reason));
    }

    /** {@link #unknown(String...)} of one path as in {@link #passAt}. */
    public static Part unknownAt(Object missingPath) {
        return new Part(Status.UNKNOWN, new OneMissing(missingPath), Map.of(), List.of());
    }

    /** {@link #partial(Reason, String, Object)} at a path as in {@link #passAt}. */
    public static Part partialAt(Reason reason, Object path, Object value) {
        return new Part(Status.PARTIAL, Collections.emptySortedSet(), one(path, value), List.of(reason));
    }

    /** A part that cannot be decided: the facts at these paths are missing. */
    public static Part unknown(String... missingPaths) {
        if (missingPaths.length == 1) {
            return new Part(Status.UNKNOWN, new OneMissing(missingPaths[0]), Map.of(), List.of());
        }
        TreeSet<String> m = new TreeSet<>(List.of(missingPaths));
        return new Part(Status.UNKNOWN, Collections.unmodifiableSortedSet(m), Map.of(), List.of());
    }

    /** The verdict. */
    public Status status() {
        return status;
    }

    /** The missing field paths (empty unless something was unknown). */
    public SortedSet<String> missing() {
        return missing;
    }

    /** Field path to value, for the facts that decided this part. */
    public Map<String, String> evidence() {
        return evidence;
    }

    /** Why it failed or was only partly met. */
    public List<Reason> reasons() {
        return reasons;
    }

    /** True when the part holds. */
    public boolean passes() {
        return status == Status.PASS;
    }

    /** Adds evidence to a part. */
    public Part withEvidence(String path, Object value) {
        if (evidence.isEmpty()) {
            return new Part(status, missing, one(path, value), reasons);
        }
        EvidenceBuilder e = new EvidenceBuilder(evidence);
        e.put(path, value);
        return new Part(status, missing, e.build(), reasons);
    }

    /** Adds a reason to a part. */
    public Part withReason(Reason reason) {
        List<Reason> r = new ArrayList<>(reasons);
        r.add(reason);
        return new Part(status, missing, evidence, List.copyOf(r));
    }

    /** The same part with another verdict (keeping evidence, missing paths and reasons). */
    public Part as(Status newStatus) {
        return new Part(newStatus, missing, evidence, reasons);
    }

    static int rank(Status s) {
        return switch (s) {
            case FAIL -> 0;
            case UNKNOWN -> 1;
            case PARTIAL -> 2;
            case PASS -> 3;
            default -> throw new IllegalArgumentException("not a part verdict: " + s);
        };
    }

    /** Conjunction: the lowest part; all missing paths, evidence and reasons of the parts that are not PASS. */
    public static Part all(Part... parts) {
        return combine(parts, true);
    }

    /** Conjunction over a collection; an empty conjunction passes. */
    public static Part all(Collection<Part> parts) {
        return combine(parts.toArray(NO_PARTS), true);
    }

    /** Alternative: the highest part ("firewall or WAF"); an empty alternative fails. */
    public static Part any(Part... parts) {
        if (parts.length == 0) {
            return fail(Reason.of("no-alternative"));
        }
        return combine(parts, false);
    }

    /** Alternative over a collection. */
    public static Part any(Collection<Part> parts) {
        return any(parts.toArray(NO_PARTS));
    }

    private static final Part[] NO_PARTS = new Part[0];

    // over an array: the rules' conjunctions come as varargs, and a list view would add an object and an
    // interface call per part to the commonest operation of a check
    private static Part combine(Part[] list, boolean lowest) {
        int n = list.length;
        if (n == 0) {
            return PASS;
        }
        if (n == 1) {
            return java.util.Objects.requireNonNull(list[0], "part 0 is null");
        }
        Status result = null;
        for (int i = 0; i < n; i++) {
            Part p = list[i];
            if (p == null) {
                throw new NullPointerException("part " + i + " is null");
            }
            if (result == null || (lowest ? rank(p.status) < rank(result) : rank(p.status) > rank(result))) {
                result = p.status;
            }
        }
        // most conjunctions pass with little evidence: share the parts' own immutable collections and
        // build new ones only where two parts contribute (a check makes millions of parts)
        SortedSet<String> missing = Collections.emptySortedSet();
        TreeSet<String> missingUnion = null;
        Map<String, String> evidence = Map.of();
        Map<String, String> secondEvidence = null; // two contributing parts merge without a builder
        EvidenceBuilder evidenceUnion = null;
        List<Reason> reasons = List.of();
        List<Reason> reasonsUnion = null;
        for (int i = 0; i < n; i++) {
            Part p = list[i];
            if (!p.evidence.isEmpty()) {
                if (evidenceUnion != null) {
                    evidenceUnion.putAll(p.evidence);
                } else if (evidence.isEmpty()) {
                    evidence = p.evidence;
                } else if (secondEvidence == null) {
                    secondEvidence = p.evidence;
                } else {
                    evidenceUnion = new EvidenceBuilder(evidence);
                    evidenceUnion.putAll(secondEvidence);
                    evidenceUnion.putAll(p.evidence);
                }
            }
            if (result == Status.UNKNOWN && p.status == Status.UNKNOWN && !p.missing.isEmpty()) {
                if (missingUnion != null) {
                    missingUnion.addAll(p.missing);
                } else if (missing.isEmpty()) {
                    missing = p.missing;
                } else {
                    missingUnion = new TreeSet<>(missing);
                    missingUnion.addAll(p.missing);
                }
            }
            // a conjunction is explained by every part that fell short; an alternative by its best parts
            boolean explains = lowest ? p.status == Status.FAIL || p.status == Status.PARTIAL : p.status == result;
            if (result != Status.PASS && explains && !p.reasons.isEmpty()) {
                if (reasonsUnion != null) {
                    reasonsUnion.addAll(p.reasons);
                } else if (reasons.isEmpty()) {
                    reasons = p.reasons;
                } else {
                    reasonsUnion = new ArrayList<>(reasons);
                    reasonsUnion.addAll(p.reasons);
                }
            }
        }
        return new Part(result,
                missingUnion != null ? Collections.unmodifiableSortedSet(missingUnion) : missing,
                evidenceUnion != null ? evidenceUnion.build() : secondEvidence != null ? merge(evidence, secondEvidence)
                        : evidence,
                reasonsUnion != null ? List.copyOf(reasonsUnion) : reasons);
    }

    /**
     * "If C, also X" (SPEC §8.17): C false: not required (PASS); C true: X decides;
     * C unknown: PASS if X passes, else UNKNOWN (missing paths of both).
     */
    public static Part when(Part condition, Part then) {
        return switch (condition.status) {
            case FAIL -> PASS;
            case PASS, PARTIAL -> then;
            case UNKNOWN -> then.passes() ? then : new Part(Status.UNKNOWN, union(condition.missing, then.missing),
                    merge(condition.evidence, then.evidence), then.reasons);
            default -> throw new IllegalStateException(condition.status.name());
        };
    }

    private static SortedSet<String> union(SortedSet<String> a, SortedSet<String> b) {
        TreeSet<String> m = new TreeSet<>(a);
        m.addAll(b);
        return Collections.unmodifiableSortedSet(m);
    }

    private static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
        if (b.isEmpty()) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        // the commonest merges, without a builder
        if (a instanceof At x && b instanceof At y && !FieldRef.same(x.origin, x.field, y.origin, y.field)) {
            return new TwoAt(x, y);
        }
        if (a instanceof Evidence x && b instanceof Evidence y && x.size() == 1 && y.size() == 1
                && !FieldRef.same(x.rawKey(0), y.rawKey(0))) {
            return new Two(x.rawKey(0), x.raw(0), y.rawKey(0), y.raw(0));
        }
        EvidenceBuilder m = new EvidenceBuilder(a);
        m.putAll(b);
        return m.build();
    }

    /** Evidence maps in reading order, the second's entries after (and over) the first's. */
    public static Map<String, String> mergeEvidence(Map<String, String> a, Map<String, String> b) {
        return merge(a, b);
    }

    /** True for the evidence maps parts make: immutable and ordered, so an outcome keeps them as they are. */
    /**
     * The missing paths as an immutable list in the set's order; one path of a fact's field stays a
     * reference and is made text when read (a large body has hundreds of thousands of unknowns).
     */
    public static List<String> missingList(SortedSet<String> missing) {
        return missing.isEmpty() ? List.of() : missing instanceof OneMissing one ? OneMissingList.of(one.ref)
                : List.copyOf(missing);
    }

    /**
     * Read-only evidence of the given paths and values, in this order, as parts make it (an outcome
     * keeps it without a copy): {@code keysAndValues} alternates paths and values, no path twice.
     */
    public static Map<String, String> evidenceOf(String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("paths and values alternate: an even number of strings");
        }
        for (String s : keysAndValues) {
            Objects.requireNonNull(s, "evidence path or value");
        }
        int n = keysAndValues.length / 2;
        return n == 0 ? Map.of() : n == 1 ? new One(keysAndValues[0], keysAndValues[1])
                : n == 2 ? new Two(keysAndValues[0], keysAndValues[1], keysAndValues[2], keysAndValues[3])
                : new Many(keysAndValues.clone());
    }

    /** True for a list of one missing path made by {@link #missingList} (immutable). */
    static boolean isOneMissing(List<String> missing) {
        return missing instanceof OneMissingList;
    }

    /** {@code missing} itself when {@link #missingList} made it (immutable), else an immutable copy. */
    public static List<String> copyOfMissing(List<String> missing) {
        return missing instanceof OneMissingList ? missing : List.copyOf(missing);
    }

    /** The list of one missing path, made text when read. */
    private static final class OneMissingList extends java.util.AbstractList<String> implements java.util.RandomAccess {
        /** The path, or the origin of the fact whose {@link #field} is missing (a {@link FieldRef}'s parts). */
        private final Object pathOrOrigin;
        private final String field;

        private OneMissingList(Object pathOrOrigin, String field) {
            this.pathOrOrigin = pathOrOrigin;
            this.field = field;
        }

        static OneMissingList of(Object ref) {
            return ref instanceof FieldRef r ? new OneMissingList(r.origin(), r.field()) : new OneMissingList(ref, null);
        }

        @Override
        public String get(int index) {
            Objects.checkIndex(index, 1);
            return field == null ? FieldRef.text(pathOrOrigin) : ((io.github.anjian.facts.Origin) pathOrOrigin).field(field);
        }

        @Override
        public int size() {
            return 1;
        }
    }

    static boolean isFrozen(Map<String, String> evidence) {
        return evidence instanceof Evidence || evidence.getClass() == SINGLE_ENTRY;
    }

    private static final Class<?> SINGLE_ENTRY = Map.of("", "").getClass();

    /**
     * An ordered, read-only evidence map whose values stay the objects the rule read (a date, a
     * number, a wire name) and become text when read: a large body keeps millions of these, and
     * most are never rendered twice. It implements {@link Map} itself rather than extending
     * {@code AbstractMap}, whose two cached view fields would make each of them 8 bytes larger.
     */
    private abstract static class Evidence implements Map<String, String> {

        /** The key as stored: a path or a {@link FieldRef}. */
        abstract Object rawKey(int i);

        abstract Object raw(int i);

        String key(int i) {
            return FieldRef.text(rawKey(i));
        }

        static String text(Object v) {
            return ArgText.of(v);
        }

        @Override
        public boolean isEmpty() {
            return size() == 0;
        }

        private int indexOf(Object key) {
            for (int i = 0, n = size(); i < n; i++) {
                if (key(i).equals(key)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public String get(Object key) {
            int i = indexOf(key);
            return i < 0 ? null : text(raw(i));
        }

        @Override
        public boolean containsKey(Object key) {
            return indexOf(key) >= 0;
        }

        @Override
        public boolean containsValue(Object value) {
            for (int i = 0, n = size(); i < n; i++) {
                if (text(raw(i)).equals(value)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String put(String key, String value) {
            throw new UnsupportedOperationException("evidence is read-only");
        }

        @Override
        public String remove(Object key) {
            throw new UnsupportedOperationException("evidence is read-only");
        }

        @Override
        public void putAll(Map<? extends String, ? extends String> m) {
            throw new UnsupportedOperationException("evidence is read-only");
        }

        @Override
        public void clear() {
            throw new UnsupportedOperationException("evidence is read-only");
        }

        @Override
        public Set<String> keySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<String> iterator() {
                    return new Cursor<>() {
                        @Override
                        String at(int i) {
                            return key(i);
                        }
                    };
                }

                @Override
                public int size() {
                    return Evidence.this.size();
                }
            };
        }

        @Override
        public Collection<String> values() {
            return new java.util.AbstractCollection<>() {
                @Override
                public Iterator<String> iterator() {
                    return new Cursor<>() {
                        @Override
                        String at(int i) {
                            return text(raw(i));
                        }
                    };
                }

                @Override
                public int size() {
                    return Evidence.this.size();
                }
            };
        }

        @Override
        public Set<Map.Entry<String, String>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, String>> iterator() {
                    return new Cursor<>() {
                        @Override
                        Map.Entry<String, String> at(int i) {
                            return new java.util.AbstractMap.SimpleImmutableEntry<>(key(i), text(raw(i)));
                        }
                    };
                }

                @Override
                public int size() {
                    return Evidence.this.size();
                }
            };
        }

        /** Goes over the entries in order. */
        private abstract class Cursor<T> implements Iterator<T> {
            private int next;

            abstract T at(int i);

            @Override
            public boolean hasNext() {
                return next < size();
            }

            @Override
            public T next() {
                if (next >= size()) {
                    throw new NoSuchElementException();
                }
                return at(next++);
            }
        }

        @Override
        public boolean equals(Object o) {
            if (o == this) {
                return true;
            }
            if (!(o instanceof Map<?, ?> m) || m.size() != size()) {
                return false;
            }
            for (int i = 0, n = size(); i < n; i++) {
                if (!text(raw(i)).equals(m.get(key(i)))) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int h = 0;
            for (int i = 0, n = size(); i < n; i++) {
                h += key(i).hashCode() ^ text(raw(i)).hashCode();
            }
            return h;
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder("{");
            for (int i = 0, n = size(); i < n; i++) {
                b.append(i == 0 ? "" : ", ").append(key(i)).append('=').append(text(raw(i)));
            }
            return b.append('}').toString();
        }
    }

    /** Evidence of one entry: the value, and the key as each kind keeps it. */
    private abstract static class Single extends Evidence {
        final Object value;

        Single(Object value) {
            this.value = value;
        }

        @Override
        Object raw(int i) {
            return value;
        }

        @Override
        public int size() {
            return 1;
        }
    }

    /** One entry. */
    private static final class One extends Single {
        private final Object key;

        One(Object key, Object value) {
            super(value);
            this.key = Objects.requireNonNull(key, "path");
        }

        @Override
        Object rawKey(int i) {
            return key;
        }
    }

    /**
     * One entry whose path is a field of a loaded fact, kept as the fact's origin and the field (a
     * {@link FieldRef}'s parts, without the reference object: the commonest evidence of a check).
     */
    private static final class At extends Single {
        private final io.github.anjian.facts.Origin origin;
        private final String field;

        At(io.github.anjian.facts.Origin origin, String field, Object value) {
            super(value);
            this.origin = origin;
            this.field = field;
        }

        @Override
        Object rawKey(int i) {
            return new FieldRef(origin, field);
        }

        @Override
        String key(int i) {
            return origin.field(field);
        }
    }

    /** Evidence of one entry at {@code path}: a {@link FieldRef} is kept as its parts. */
    private static Evidence one(Object path, Object value) {
        return path instanceof FieldRef r ? new At(r.origin(), r.field(), value) : new One(path, value);
    }

    /** Evidence of two entries: the values, and the keys as each kind keeps them. */
    private abstract static class Pair extends Evidence {
        final Object value0;
        final Object value1;

        Pair(Object value0, Object value1) {
            this.value0 = value0;
            this.value1 = value1;
        }

        @Override
        Object raw(int i) {
            return i == 0 ? value0 : value1;
        }

        @Override
        public int size() {
            return 2;
        }
    }

    /** Two entries (the commonest combination: a rule's scope and its condition), without an array. */
    private static final class Two extends Pair {
        private final Object key0;
        private final Object key1;

        Two(Object key0, Object value0, Object key1, Object value1) {
            super(value0, value1);
            this.key0 = key0;
            this.key1 = key1;
        }

        @Override
        Object rawKey(int i) {
            return i == 0 ? key0 : key1;
        }
    }

    /** Two entries at fields of loaded facts ({@link At} twice, in one object). */
    private static final class TwoAt extends Pair {
        private final io.github.anjian.facts.Origin origin0;
        private final String field0;
        private final io.github.anjian.facts.Origin origin1;
        private final String field1;

        TwoAt(At a, At b) {
            super(a.value, b.value);
            this.origin0 = a.origin;
            this.field0 = a.field;
            this.origin1 = b.origin;
            this.field1 = b.field;
        }

        @Override
        Object rawKey(int i) {
            return i == 0 ? new FieldRef(origin0, field0) : new FieldRef(origin1, field1);
        }

        @Override
        String key(int i) {
            return i == 0 ? origin0.field(field0) : origin1.field(field1);
        }
    }

    /** Entries as alternating keys and values. */
    private static final class Many extends Evidence {
        private final Object[] keysAndValues;

        Many(Object[] keysAndValues) {
            this.keysAndValues = keysAndValues;
        }

        @Override
        Object rawKey(int i) {
            return keysAndValues[2 * i];
        }

        @Override
        Object raw(int i) {
            return keysAndValues[2 * i + 1];
        }

        @Override
        public int size() {
            return keysAndValues.length / 2;
        }
    }

    /** Collects entries in first-put order, a later value replacing an earlier one of the same path. */
    private static final class EvidenceBuilder {
        private Object[] kv = new Object[8];
        private int n;
        private HashMap<String, Integer> index;

        EvidenceBuilder(Map<String, String> first) {
            putAll(first);
        }

        void putAll(Map<String, String> m) {
            if (m instanceof Evidence e) {
                for (int i = 0, size = e.size(); i < size; i++) {
                    put(e.rawKey(i), e.raw(i));
                }
            } else {
                for (Map.Entry<String, String> en : m.entrySet()) {
                    put(en.getKey(), en.getValue());
                }
            }
        }

        void put(Object key, Object value) {
            Objects.requireNonNull(key, "path");
            int at = indexOf(key);
            if (at >= 0) {
                kv[2 * at + 1] = value;
                return;
            }
            if (2 * n == kv.length) {
                kv = Arrays.copyOf(kv, kv.length * 2);
            }
            kv[2 * n] = key;
            kv[2 * n + 1] = value;
            if (index != null) {
                index.put(FieldRef.text(key), n);
            }
            n++;
        }

        // small maps are scanned; a large one (a rule over a whole list) gets an index so that
        // collecting stays linear
        private int indexOf(Object key) {
            if (index == null && n > 16) {
                index = new HashMap<>();
                for (int i = 0; i < n; i++) {
                    index.put(FieldRef.text(kv[2 * i]), i);
                }
            }
            if (index != null) {
                Integer i = index.get(FieldRef.text(key));
                return i == null ? -1 : i;
            }
            for (int i = 0; i < n; i++) {
                if (FieldRef.same(kv[2 * i], key)) {
                    return i;
                }
            }
            return -1;
        }

        Map<String, String> build() {
            return n == 1 ? one(kv[0], kv[1]) : n == 2 ? new Two(kv[0], kv[1], kv[2], kv[3])
                    : new Many(Arrays.copyOf(kv, 2 * n));
        }
    }

    @Override
    public String toString() {
        return status + (missing.isEmpty() ? "" : " missing " + missing) + (reasons.isEmpty() ? "" : " " + reasons);
    }

    /** The read-only sorted set of one missing path (most unknown parts miss one fact; a tree set per
     * part was a fair share of what a check allocates). */
    private static final class OneMissing extends AbstractSet<String> implements SortedSet<String> {
        /** The path or a {@link FieldRef}: made text when the set is read. */
        private final Object ref;

        OneMissing(Object path) {
            this.ref = Objects.requireNonNull(path, "missing path");
        }

        private String path() {
            return FieldRef.text(ref);
        }

        @Override
        public Iterator<String> iterator() {
            return Collections.singleton(path()).iterator();
        }

        @Override
        public int size() {
            return 1;
        }

        @Override
        public boolean contains(Object o) {
            return path().equals(o);
        }

        @Override
        public java.util.Comparator<? super String> comparator() {
            return null;
        }

        @Override
        public SortedSet<String> subSet(String from, String to) {
            if (from.compareTo(to) > 0) {
                throw new IllegalArgumentException("fromKey > toKey");
            }
            return path().compareTo(from) >= 0 && path().compareTo(to) < 0 ? this : Collections.emptySortedSet();
        }

        @Override
        public SortedSet<String> headSet(String to) {
            return path().compareTo(to) < 0 ? this : Collections.emptySortedSet();
        }

        @Override
        public SortedSet<String> tailSet(String from) {
            return path().compareTo(from) >= 0 ? this : Collections.emptySortedSet();
        }

        @Override
        public String first() {
            return path();
        }

        @Override
        public String last() {
            return path();
        }
    }
}

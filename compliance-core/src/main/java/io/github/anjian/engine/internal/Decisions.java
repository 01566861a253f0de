package io.github.anjian.engine.internal;

import io.github.anjian.engine.Outcome;
import io.github.anjian.engine.Part;
import io.github.anjian.engine.Status;
import io.github.anjian.engine.Subject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Collects what rules decided in one check. Two decisions on the same (requirement, subject) are
 * combined as a conjunction; an error wins. Not thread-safe: one per check.
 *
 * <p>Decisions are kept per fact (found by identity), each fact with the few requirements decided
 * on it: a check of a million devices records tens of millions of decisions, and a map entry keyed
 * by (requirement, subject) for each of them cost more than the rules themselves.
 */
public final class Decisions {

    /** Each fact's subject and decisions, made once per fact (many requirements judge the same fact). */
    private final Map<Object, Judged> judged;
    /**
     * The same by subject type and key: facts with one business key are one subject (a staff member is
     * made anew for each use; two trainings of a day without topic share a key), as SPEC §8.30 keys them.
     */
    private final Map<String, Map<String, Judged>> byKey = new HashMap<>(); // type, then key: no key string made per fact
    /**
     * Every (requirement, subject) pair in the order first decided, as its subject's decisions and
     * the pair's slot among them (two arrays: an object per pair would outlive the pair's decisions).
     */
    private Judged[] orderJudged = new Judged[64];
    private int[] orderSlot = new int[64];
    private int orderSize;
    /** Pairs before this index in the order were looked at by {@link #finishSlice}. */
    private int finishedUpTo;

    /** Decisions of a check of about {@code facts} facts (the identity map is sized once for them). */
    public Decisions(int facts) {
        judged = new IdentityHashMap<>(Math.max(16, facts));
    }

    /** Decisions of a check of few facts. */
    public Decisions() {
        this(16);
    }

    /**
     * One subject: the requirements decided on it, each with its slot: an open {@link Entry} while
     * rules may still decide it, its {@link Outcome} once finished (the entry and its parts are then
     * dropped), and whether the outcome was taken.
     */
    private static final class Judged {
        final Subject subject;
        /** How many facts {@link #register} saw for this subject: one means no later slice can add to it. */
        int facts;
        // ids apart from slots: a look-up compares references in one small array
        String[] requirements = new String[4];
        Object[] slots = new Object[4];
        int size;
        /** Bit i: slot i was taken (slots past 63 in {@link #takenMore}). */
        long taken;
        boolean[] takenMore;

        Judged(Subject subject) {
            this.subject = subject;
        }

        int indexOf(String requirement) {
            String[] ids = requirements;
            for (int i = 0; i < size; i++) {
                // requirement ids are the catalog's own instances (RuleBase): references match
                if (ids[i] == requirement) {
                    return i;
                }
            }
            for (int i = 0; i < size; i++) {
                if (ids[i].equals(requirement)) {
                    return i;
                }
            }
            return -1;
        }

        int add(String requirement, Entry e) {
            if (size == slots.length) {
                slots = java.util.Arrays.copyOf(slots, size * 2);
                requirements = java.util.Arrays.copyOf(requirements, size * 2);
            }
            requirements[size] = requirement;
            slots[size] = e;
            return size++;
        }

        boolean isTaken(int i) {
            return i < 64 ? (taken & 1L << i) != 0 : takenMore != null && i - 64 < takenMore.length && takenMore[i - 64];
        }

        void markTaken(int i) {
            if (i < 64) {
                taken |= 1L << i;
                return;
            }
            if (takenMore == null || i - 64 >= takenMore.length) {
                takenMore = java.util.Arrays.copyOf(takenMore == null ? new boolean[0] : takenMore, Math.max(size, i + 1) - 64);
            }
            takenMore[i - 64] = true;
        }

        /** The outcome of slot i: kept once finished, else made from the decisions so far. */
        Outcome outcome(int i) {
            Object slot = slots[i];
            return slot instanceof Outcome o ? o : Decisions.outcome((Entry) slot, requirements[i], subject);
        }
    }

    /** The open decisions on one (requirement, subject) pair. */
    private static final class Entry {
        // most pairs are decided by one rule: keep the first decision in fields, further ones in lists
        Part scope;
        Part condition;
        List<Part> moreScopes;
        List<Part> moreConditions;
        String error;

        void add(Part s, Part c) {
            if (scope == null) {
                scope = s;
                condition = c;
                return;
            }
            if (moreScopes == null) {
                moreScopes = new ArrayList<>(2);
                moreConditions = new ArrayList<>(2);
                moreScopes.add(scope);
                moreConditions.add(condition);
            }
            moreScopes.add(s);
            moreConditions.add(c);
        }

        Part scope() {
            return moreScopes != null ? Part.all(moreScopes) : scope;
        }

        Part condition() {
            return moreConditions != null ? Part.all(moreConditions) : condition;
        }
    }

    /**
     * The facts of the slice being fired, with their decisions: every rule goes over the slice's facts
     * in turn, and a table of a thousand facts stays in the processor's caches where the table of
     * every fact of a large body does not.
     */
    private final Map<Object, Judged> slice = new IdentityHashMap<>();

    /** Before a slice of facts not registered is fired: its facts are looked up first. */
    private void beginSlice(List<Object> facts) {
        slice.clear();
        for (Object fact : facts) {
            slice.put(fact, judged(fact));
        }
    }

    /**
     * Before a slice of the registered facts ({@link #register}) is fired: {@code from} and {@code to}
     * index the list registered, whose decisions were found then (no look-up in the table of all facts).
     */
    public void beginSlice(List<Object> registeredFacts, int from, int to) {
        if (registered == null || registered.length != registeredFacts.size()) {
            beginSlice(registeredFacts.subList(from, to));
            return;
        }
        slice.clear();
        for (int i = from; i < to; i++) {
            slice.put(registeredFacts.get(i), registered[i]);
        }
    }

    /** The decisions of each registered fact, by its index in the list registered. */
    private Judged[] registered;
    /** The list registered ({@link #register}). */
    private List<Object> registeredFacts;
    /** Subject lists whose facts were registered in a run, by list (identity): the index of their first fact. */
    private Map<List<?>, Integer> registeredRuns = Map.of();

    private Judged judged(Object fact) {
        Judged j = slice.isEmpty() ? null : slice.get(fact);
        if (j == null) {
            j = judged.get(fact);
        }
        if (j == null) {
            Subject subject = Subjects.of(fact);
            j = byKey.computeIfAbsent(subject.type(), t -> new HashMap<>()).computeIfAbsent(subject.key(),
                    k -> new Judged(subject));
            judged.put(fact, j);
        }
        return j;
    }


    /** The subject a fact stands for, made once per fact. */
    public Subject subject(Object fact) {
        return judged(fact).subject;
    }

    private Entry entry(String requirement, Object fact) {
        Judged j = judged(fact);
        int i = j.indexOf(requirement);
        if (i < 0) {
            Entry e = new Entry();
            i = j.add(requirement, e);
            if (orderSize == orderJudged.length) {
                orderJudged = java.util.Arrays.copyOf(orderJudged, orderSize * 2);
                orderSlot = java.util.Arrays.copyOf(orderSlot, orderSize * 2);
            }
            orderJudged[orderSize] = j;
            orderSlot[orderSize++] = i;
            return e;
        }
        if (j.slots[i] instanceof Entry e) {
            return e;
        }
        throw new IllegalStateException("a decision of " + requirement + " on " + j.subject.type() + " "
                + j.subject.key() + " came after its slice was finished");
    }

    /** Records a rule's decision on a subject fact. */
    public void record(String requirement, Object fact, Part scope, Part condition) {
        entry(requirement, fact).add(scope, condition);
    }

    /**
     * Records that a rule threw on a subject fact.
     *
     * @throws IllegalArgumentException when the fact is not a subject
     */
    public void error(String requirement, Object fact, String message) {
        Entry e = entry(requirement, fact);
        if (e.error == null) {
            e.error = message;
        }
    }

    /** What {@link #take} returns for a subject whose outcome was taken already (a second fact with its key). */
    public static final Outcome TAKEN = new Outcome("", new Subject("", "", "", io.github.anjian.facts.Origin.synthetic(""), 0),
            Status.ERROR, List.of(), Map.of(), List.of(), "taken");

    /**
     * The outcome decided for this requirement on this subject fact, once: null when none was
     * decided, {@link #TAKEN} when it was taken already.
     */
    public Outcome take(String requirement, Object fact) {
        return take(find(fact), requirement);
    }

    /** The decisions on a fact: by identity, else by its subject's key; null when none. */
    private Judged find(Object fact) {
        Judged j = judged.get(fact);
        if (j == null) {
            Subject subject = Subjects.of(fact);
            Map<String, Judged> ofType = byKey.get(subject.type());
            j = ofType == null ? null : ofType.get(subject.key());
        }
        return j;
    }

    private Outcome take(Judged j, String requirement) {
        int i = j == null ? -1 : j.indexOf(requirement);
        if (i < 0) {
            return null;
        }
        if (j.isTaken(i)) {
            return TAKEN;
        }
        j.markTaken(i);
        taken++;
        return j.outcome(i);
    }

    /** How many pairs {@link #take} and {@link #takeInto} have taken. */
    private int taken;

    /**
     * The outcomes of several requirements on the facts of one subject list, taken once each
     * ({@link #take}), the facts in report order (subject type, then key): {@code into[r]} gets the
     * outcome of {@code requirements[r]} on each fact, or an ERROR when no rule decided it. One
     * look-up per fact serves every requirement that judges the list.
     */
    public void takeInto(List<?> facts, String[] requirements, List<List<Outcome>> into) {
        Judged[] js = new Judged[facts.size()];
        boolean sorted = true;
        int n = 0;
        // a list registered as a run: its facts' decisions by index, without a look-up in the table of all facts
        Integer run = registeredRuns.get(facts);
        int from = run == null || registered == null ? -1 : run;
        for (Object fact : facts) {
            int at = from + n;
            Judged j = from >= 0 && at < registered.length && registeredFacts.get(at) == fact ? registered[at] : find(fact);
            js[n] = j != null ? j : judged(fact);
            sorted &= n == 0 || Subject.REPORT_ORDER.compare(js[n - 1].subject, js[n].subject) <= 0;
            n++;
        }
        if (!sorted) {
            // stable: facts of one key keep their list order, and only the first takes the outcome
            java.util.Arrays.sort(js, (a, b) -> Subject.REPORT_ORDER.compare(a.subject, b.subject));
        }
        for (Judged j : js) {
            for (int r = 0; r < requirements.length; r++) {
                Outcome o = take(j, requirements[r]);
                if (o == null) {
                    into.get(r).add(new Outcome(requirements[r], j.subject, Status.ERROR, List.of(), Map.of(),
                            List.of(io.github.anjian.engine.Reason.of("no-rule")),
                            "no rule of " + requirements[r] + " decided this subject"));
                } else if (o != TAKEN) {
                    into.get(r).add(o);
                }
            }
        }
    }

    /** The outcomes not taken with {@link #take}, in the order first decided. */
    public List<Outcome> untaken() {
        List<Outcome> out = new ArrayList<>();
        if (taken == orderSize) {
            return out;
        }
        for (int k = 0; k < orderSize; k++) {
            Judged j = orderJudged[k];
            int i = orderSlot[k];
            if (!j.isTaken(i)) {
                j.markTaken(i);
                taken++;
                out.add(j.outcome(i));
            }
        }
        return out;
    }

    /** Every outcome decided, in the order first decided. */
    public List<Outcome> outcomes() {
        List<Outcome> out = new ArrayList<>(orderSize);
        for (int k = 0; k < orderSize; k++) {
            out.add(orderJudged[k].outcome(orderSlot[k]));
        }
        return out;
    }

    /**
     * Registers the facts of a check made in slices (one Drools session per slice), before the
     * first slice: a subject that stands for one of these facts only is decided within that
     * fact's slice, so {@link #finishSlice} may make its outcomes then.
     */
    public void register(List<Object> facts) {
        register(facts, Map.of());
    }

    /**
     * {@link #register(List)}, where {@code runs} names subject lists whose facts stand in {@code facts}
     * one after another from the given index: {@link #takeInto} then finds their decisions by index.
     * The facts are not entered in the table by identity: a fact's subject key finds its decisions
     * when a rule records on it outside its slice (rare), and the table of a large body is not built.
     */
    public void register(List<Object> facts, Map<List<?>, Integer> runs) {
        registered = new Judged[facts.size()];
        registeredFacts = facts;
        registeredRuns = runs;
        int i = 0;
        for (Object fact : facts) {
            Subject subject = Subjects.of(fact);
            Judged j = byKey.computeIfAbsent(subject.type(), t -> new HashMap<>()).computeIfAbsent(subject.key(),
                    k -> new Judged(subject));
            j.facts++;
            registered[i++] = j;
        }
    }

    /**
     * After a slice: makes the outcomes of the pairs it decided on subjects that stand for one
     * registered fact, and drops their parts. A large check then holds one slice's parts at a time,
     * not every part of every subject until the end.
     */
    public void finishSlice() {
        for (int k = finishedUpTo; k < orderSize; k++) {
            Judged j = orderJudged[k];
            if (j.facts == 1) {
                int i = orderSlot[k];
                if (j.slots[i] instanceof Entry e) {
                    j.slots[i] = outcome(e, j.requirements[i], j.subject);
                }
            }
        }
        finishedUpTo = orderSize;
        slice.clear();
    }

    private static Outcome outcome(Entry e, String requirement, Subject subject) {
        if (e.error != null) {
            return new Outcome(requirement, subject, Status.ERROR, List.of(), Map.of(), List.of(), e.error);
        }
        Part scope = e.scope();
        Part condition = e.condition();
        return switch (scope.status()) {
            case FAIL -> new Outcome(requirement, subject, Status.NOT_APPLICABLE, List.of(), scope.evidence(),
                    scope.reasons(), "");
            case UNKNOWN -> {
                List<String> missing;
                if (condition.status() != Status.UNKNOWN || condition.missing().isEmpty()) {
                    // the scope's paths alone: one stays a reference, made text when read
                    missing = Part.missingList(scope.missing());
                } else {
                    TreeSet<String> union = new TreeSet<>(scope.missing());
                    union.addAll(condition.missing());
                    missing = List.copyOf(union);
                }
                Map<String, String> evidence = Part.mergeEvidence(scope.evidence(), condition.evidence());
                yield new Outcome(requirement, subject, Status.UNKNOWN, missing, evidence, List.of(), "");
            }
            default -> new Outcome(requirement, subject, condition.status(), Part.missingList(condition.missing()),
                    condition.evidence(), condition.reasons(), "");
        };
    }
}

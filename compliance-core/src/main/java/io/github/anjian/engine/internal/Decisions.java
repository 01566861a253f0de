package io.github.anjian.engine.internal;

import io.github.anjian.engine.Outcome;
import io.github.anjian.engine.Part;
import io.github.anjian.engine.Status;
import io.github.anjian.engine.Subject;
import io.github.anjian.report.internal.OutcomeSpool;
import io.github.anjian.report.internal.SpooledOutcomes;

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
 * by (requirement, subject) for each of them cost more than the rules themselves. With a spool
 * ({@link #spoolTo}), a subject's outcomes leave the heap when its slice ends and are read back as
 * records when taken.
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
        // made at the first decision: most registered facts of a large body are subjects of a few requirements, some of none
        String[] requirements;
        Object[] slots;
        int size;
        /**
         * Where the records of this subject's outcomes start in the spool ({@link #spoolTo}), slot by slot,
         * once {@link #slots} is dropped for them; -1 while the outcomes are on the heap.
         */
        long spoolAt = -1;
        int spoolBytes;
        /** The subject's index in the spool's table, once spooled (and then in {@link #spooledJudged}); else -1. */
        int subjectId = -1;
        /** Slots below this one were looked at for the watched list ({@link #spoolFinished}). */
        int watchedUpTo;
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
            if (slots == null) {
                slots = new Object[4];
                requirements = new String[4];
            } else if (size == slots.length) {
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

        /** The outcome of slot i: kept once finished, else made from the decisions so far (not spooled). */
        Outcome outcome(int i) {
            Object slot = slots[i];
            return slot instanceof Outcome o ? o : Decisions.outcome((Entry) slot, requirements[i], subject);
        }

        boolean finished() {
            for (int i = 0; i < size; i++) {
                if (!(slots[i] instanceof Outcome)) {
                    return false;
                }
            }
            return true;
        }
    }

    // ------------------------------------------------------------------ spooling

    /** The spool of finished outcomes, or null when they stay on the heap. */
    private OutcomeSpool spool;
    private OutcomeSpool.Reader spoolReader;
    private final OutcomeSpool.Bytes group = new OutcomeSpool.Bytes(1024);
    /** Subjects whose outcomes went to the spool, in the order they went. */
    private Judged[] spooledJudged = new Judged[64];
    private int spooledCount;
    /** Requirements whose pairs keep their order of decision after spooling ({@link #forEachOutcome}). */
    private java.util.Set<String> watched = java.util.Set.of();
    /** The spooled pairs of watched requirements, in the order first decided. */
    private Judged[] watchedJudged = new Judged[16];
    private int[] watchedSlot = new int[16];
    private int watchedSize;

    /**
     * From now on, a finished subject's outcomes go to {@code spool} (records, one after another) and
     * leave the heap; they are decoded when taken. For checks in slices ({@link #register}).
     *
     * @param watchedRequirements requirements whose outcomes {@link #forEachOutcome} will be asked for
     */
    public void spoolTo(OutcomeSpool spool, java.util.Set<String> watchedRequirements) {
        this.spool = spool;
        this.spoolReader = spool.reader();
        this.watched = java.util.Set.copyOf(watchedRequirements);
        forgetKeysOfRuns();
    }

    /**
     * Drops the key table's entries of subjects that stand for one fact of a registered run: their
     * decisions are found by the fact's index (in its slice and in {@link #takeInto}), and the table
     * of a million subjects is some 80 MB. Subjects outside runs (the organization, contractors' staff)
     * and keys shared by several facts stay.
     */
    private void forgetKeysOfRuns() {
        if (registered == null) {
            return;
        }
        for (Map.Entry<List<?>, Integer> run : registeredRuns.entrySet()) {
            int from = run.getValue();
            for (int i = from, to = Math.min(registered.length, from + run.getKey().size()); i < to; i++) {
                Judged j = registered[i];
                if (j.facts == 1) {
                    Map<String, Judged> ofType = byKey.get(j.subject.type());
                    if (ofType != null && ofType.get(j.subject.key()) == j) {
                        ofType.remove(j.subject.key());
                    }
                }
            }
        }
        // the emptied tables keep their arrays: make them anew at their size
        byKey.replaceAll((type, table) -> new HashMap<>(table));
        keysForgotten = true;
    }

    /** True once {@link #forgetKeysOfRuns} dropped the run subjects' keys. */
    private boolean keysForgotten;
    /** Registered facts by identity to their index: made only if a fact is looked up outside its slice and run. */
    private Map<Object, Integer> registeredIndex;

    /**
     * The decisions of a registered fact whose key was forgotten, looked up by the fact itself: a rule that
     * decides on a fact outside the fact's slice, or a list of facts that is not a run (neither happens with
     * the catalog's rules, so the table is seldom made).
     */
    private Judged registeredJudged(Object fact) {
        if (!keysForgotten) {
            return null;
        }
        if (registeredIndex == null) {
            registeredIndex = new IdentityHashMap<>(registered.length);
            for (int i = 0; i < registered.length; i++) {
                registeredIndex.putIfAbsent(registeredFacts.get(i), i);
            }
        }
        Integer at = registeredIndex.get(fact);
        return at == null ? null : registered[at];
    }

    /** Writes a finished subject's outcomes to the spool and drops them from the heap. */
    private void spool(Judged j) {
        boolean listed = j.subjectId >= 0;
        if (!listed) {
            j.subjectId = spool.newSubject(j.subject);
        }
        group.clear();
        for (int i = 0; i < j.size; i++) {
            spool.encode((Outcome) j.slots[i], j.subjectId, group);
        }
        j.spoolAt = spool.append(group.array(), 0, group.length());
        j.spoolBytes = group.length();
        j.slots = null;
        j.requirements = null; // the records name them (indexOf)
        if (!listed) {
            if (spooledCount == spooledJudged.length) {
                spooledJudged = java.util.Arrays.copyOf(spooledJudged, spooledCount * 2);
            }
            spooledJudged[spooledCount++] = j;
        }
    }

    /** Brings a spooled subject's outcomes back to the heap (a rule decided on it again: rare). */
    private void unspool(Judged j) {
        Object[] slots = new Object[Math.max(4, j.size * 2)];
        String[] requirements = new String[slots.length];
        // (spoolAt is still set: spooledOutcome reads the records)
        for (int i = 0; i < j.size; i++) {
            Outcome o = spooledOutcome(j, i);
            slots[i] = o;
            requirements[i] = o.requirement();
        }
        j.requirements = requirements;
        j.slots = slots;
        j.spoolAt = -1;
        for (int i = 0; i < j.size; i++) {
            addToOrder(j, i); // finished pairs: the next finishSlice spools them again
        }
    }

    /** Where record {@code i} of a spooled subject starts in the spool reader's buffer. */
    private int spooledRecord(Judged j, int i) {
        int at = spoolReader.at(j.spoolAt, j.spoolBytes);
        byte[] b = spoolReader.buffer();
        for (int k = 0; k < i; k++) {
            at += OutcomeSpool.recordLength(b, at);
        }
        return at;
    }

    /** The slot of a requirement on a subject, spooled or not; -1 when none. */
    private int indexOf(Judged j, String requirement) {
        if (j.spoolAt < 0) {
            return j.indexOf(requirement);
        }
        int id = spool.requirementId(requirement);
        if (id < 0) {
            return -1;
        }
        int at = spoolReader.at(j.spoolAt, j.spoolBytes);
        byte[] b = spoolReader.buffer();
        for (int i = 0; i < j.size; i++) {
            if (OutcomeSpool.recordRequirementId(b, at) == id) {
                return i;
            }
            at += OutcomeSpool.recordLength(b, at);
        }
        return -1;
    }

    /** The requirement of slot i of a subject, spooled or not. */
    private String requirementOf(Judged j, int i) {
        if (j.spoolAt < 0) {
            return j.requirements[i];
        }
        int at = spooledRecord(j, i);
        return spool.recordRequirement(spoolReader.buffer(), at);
    }

    private Outcome spooledOutcome(Judged j, int i) {
        int at = spooledRecord(j, i);
        return spool.decodeRecord(spoolReader.buffer(), at);
    }

    /** The outcome of slot i of a subject, spooled or not. */
    private Outcome outcomeOf(Judged j, int i) {
        return j.spoolAt >= 0 ? spooledOutcome(j, i) : j.outcome(i);
    }

    private void addToOrder(Judged j, int i) {
        if (orderSize == orderJudged.length) {
            orderJudged = java.util.Arrays.copyOf(orderJudged, orderSize * 2);
            orderSlot = java.util.Arrays.copyOf(orderSlot, orderSize * 2);
        }
        orderJudged[orderSize] = j;
        orderSlot[orderSize++] = i;
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
        sliceFrom = from;
        sliceTo = to;
    }

    /** The registered facts of the slice being fired: [sliceFrom, sliceTo). */
    private int sliceFrom;
    private int sliceTo;

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
            j = registeredJudged(fact);
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
        int i = indexOf(j, requirement);
        if (i < 0) {
            if (j.spoolAt >= 0) {
                unspool(j);
            }
            Entry e = new Entry();
            i = j.add(requirement, e);
            addToOrder(j, i);
            return e;
        }
        if (j.spoolAt >= 0) {
            unspool(j);
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
            j = registeredJudged(fact);
        }
        if (j == null) {
            Subject subject = Subjects.of(fact);
            Map<String, Judged> ofType = byKey.get(subject.type());
            j = ofType == null ? null : ofType.get(subject.key());
        }
        return j;
    }

    private Outcome take(Judged j, String requirement) {
        int i = j == null ? -1 : indexOf(j, requirement);
        if (i < 0) {
            return null;
        }
        if (j.isTaken(i)) {
            return TAKEN;
        }
        j.markTaken(i);
        taken++;
        return outcomeOf(j, i);
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
                if (j.spoolAt >= 0 && into.get(r) instanceof SpooledOutcomes.Builder b) {
                    // a spooled outcome goes to the report's spool as its record, not decoded and encoded again
                    int i = indexOf(j, requirements[r]);
                    if (i >= 0 && !j.isTaken(i)) {
                        j.markTaken(i);
                        taken++;
                        int at = spooledRecord(j, i);
                        byte[] buf = spoolReader.buffer();
                        b.addRecord(buf, at, OutcomeSpool.recordLength(buf, at));
                        continue;
                    }
                }
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
        if (spool != null) {
            // spooled subjects left the order; their pairs' order does not matter (the caller sorts)
            for (int n = 0; n < spooledCount; n++) {
                Judged j = spooledJudged[n];
                if (j.spoolAt >= 0) {
                    for (int i = 0; i < j.size; i++) {
                        if (!j.isTaken(i)) {
                            j.markTaken(i);
                            taken++;
                            out.add(spooledOutcome(j, i));
                        }
                    }
                }
            }
        } else if (taken == orderSize) {
            return out;
        }
        for (int k = 0; k < orderSize; k++) {
            Judged j = orderJudged[k];
            int i = orderSlot[k];
            if (!j.isTaken(i)) {
                j.markTaken(i);
                taken++;
                out.add(outcomeOf(j, i));
            }
        }
        return out;
    }

    /**
     * Each outcome of these requirements, in the order first decided. With a spool, only the
     * requirements watched ({@link #spoolTo}) keep that order for their spooled outcomes.
     */
    public void forEachOutcome(java.util.Set<String> requirements, java.util.function.Consumer<Outcome> action) {
        if (spool != null && !watched.containsAll(requirements)) {
            throw new IllegalStateException("outcomes of requirements not watched: " + requirements);
        }
        for (int k = 0; k < watchedSize; k++) {
            Judged j = watchedJudged[k];
            int i = watchedSlot[k];
            if (requirements.contains(requirementOf(j, i))) {
                action.accept(outcomeOf(j, i));
            }
        }
        // with a spool, the pairs before finishedUpTo that are left in the order are in the watched list
        for (int k = spool != null ? finishedUpTo : 0; k < orderSize; k++) {
            Judged j = orderJudged[k];
            int i = orderSlot[k];
            if (requirements.contains(requirementOf(j, i))) {
                action.accept(outcomeOf(j, i));
            }
        }
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
        if (spool != null) {
            spoolFinished();
        }
        finishedUpTo = orderSize;
        slice.clear();
        sliceFrom = 0;
        sliceTo = 0;
    }

    /**
     * Spools the finished subjects of the pairs decided since the last slice and leaves only the
     * others in the order; watched requirements' spooled pairs keep their place in a list of their own.
     */
    private void spoolFinished() {
        // in the facts' order, which is mostly report order: takeInto then reads the spool front to back
        if (registered != null) {
            for (int i = sliceFrom; i < sliceTo; i++) {
                Judged j = registered[i];
                if (j.spoolAt < 0 && j.facts == 1 && j.size > 0 && j.finished()) {
                    spool(j);
                }
            }
        }
        int w = finishedUpTo;
        for (int k = finishedUpTo; k < orderSize; k++) {
            Judged j = orderJudged[k];
            int i = orderSlot[k];
            if (!watched.isEmpty() && i >= j.watchedUpTo && watched.contains(requirementOf(j, i))) {
                // watched pairs keep the order of decision, spooled or not (forEachOutcome)
                if (watchedSize == watchedJudged.length) {
                    watchedJudged = java.util.Arrays.copyOf(watchedJudged, watchedSize * 2);
                    watchedSlot = java.util.Arrays.copyOf(watchedSlot, watchedSize * 2);
                }
                watchedJudged[watchedSize] = j;
                watchedSlot[watchedSize++] = i;
                j.watchedUpTo = i + 1;
            }
            if (j.spoolAt < 0 && j.facts == 1 && j.finished()) {
                spool(j);
            }
            if (j.spoolAt < 0) {
                orderJudged[w] = j;
                orderSlot[w++] = i;
            }
        }
        java.util.Arrays.fill(orderJudged, w, orderSize, null);
        orderSize = w;
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

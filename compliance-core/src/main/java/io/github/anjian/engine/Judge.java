package io.github.anjian.engine;

import io.github.anjian.engine.internal.Decisions;
import io.github.anjian.engine.internal.FieldPaths;
import io.github.anjian.facts.Account;
import io.github.anjian.facts.Facts;
import io.github.anjian.facts.Frequency;
import io.github.anjian.facts.InfoSystem;
import io.github.anjian.facts.Items;
import io.github.anjian.facts.Located;
import io.github.anjian.facts.Mlps;
import io.github.anjian.facts.Operations;
import io.github.anjian.facts.OperatedBy;
import io.github.anjian.facts.Scan;
import io.github.anjian.facts.ScanKind;
import io.github.anjian.facts.Value;
import org.kie.api.runtime.rule.RuleContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * The vocabulary rules are written in, and the sink for their decisions. A rule names its subject,
 * its scope (when the requirement applies) and the parts of its condition; the judge combines them
 * the same way for every rule (SPEC §2 and §4): conjunction, practice versus record, open lists,
 * subject-filter defaults, unknown applicability. One judge per check; not thread-safe.
 *
 * <pre>{@code
 * rule "PRT-05 antivirus"  @id("PRT-05")
 * when $d : Device()
 * then judge.decideWhen(kcontext, $d,
 *          Part.all(judge.active($d), judge.kindIn($d, DeviceKind.TERMINAL, DeviceKind.SERVER)),
 *          () -> Part.all(judge.isTrue($d, "antivirus.installed"),
 *              judge.withinDays($d, "antivirus.signatureDate", "avSignatureDays",
 *                               "antivirus.updateFrequency", "antivirus.autoUpdate")));
 * end
 * }</pre>
 *
 * <p>{@link #decideWhen} makes the condition only for subjects the scope does not rule out (in a
 * generated 200-device body 40% of all outcomes are NOT_APPLICABLE); {@link #decide} takes a condition
 * made already, for consequences that build it in statements of their own.
 */
public final class Judge {

    private final Facts facts;
    private final LocalDate asOf;
    private final Map<String, BigDecimal> parameters;
    private final Decisions decisions;
    private final Map<String, String> ruleIds;
    private final Part[] orgLevelCache = new Part[6];
    private Map<String, List<Account>> accountsByOwner;
    private final Map<Items<String>, Set<String>> listedSets = new IdentityHashMap<>();

    /**
     * A judge for one check.
     *
     * @param facts the facts checked
     * @param asOf the evaluation date
     * @param parameters every parameter's value in force (defaults with overrides applied)
     * @param ruleIds rule name to requirement id
     * @param decisions where decisions go
     */
    public Judge(Facts facts, LocalDate asOf, Map<String, BigDecimal> parameters, Map<String, String> ruleIds,
                 Decisions decisions) {
        this.facts = facts;
        this.asOf = asOf;
        this.parameters = parameters;
        this.ruleIds = ruleIds;
        this.decisions = decisions;
    }

    /** The facts under check, for lookups across entities. */
    public Facts facts() {
        return facts;
    }

    /**
     * The {@code accounts} list narrowed to the accounts whose {@code owner} is this person, in list
     * order; absent, {@code none} and open exactly as the whole list is. The index behind it is built
     * once per check, so a rule on every person does not scan every account (that join would grow
     * with the square of the body).
     */
    public Value<Items<Account>> accountsOwnedBy(String personId) {
        Value<Items<Account>> all = facts.accounts();
        if (!all.isStated()) {
            return all;
        }
        List<Account> own = accountsByOwner().getOrDefault(personId, List.of());
        return Value.of(all.get().isOpen() ? Items.open(own) : Items.of(own));
    }

    private synchronized Map<String, List<Account>> accountsByOwner() {
        if (accountsByOwner == null) {
            Map<String, List<Account>> byOwner = new HashMap<>();
            for (Account a : facts.accounts().get()) {
                if (a.owner().isStated()) {
                    byOwner.computeIfAbsent(a.owner().get(), k -> new ArrayList<>(1)).add(a);
                }
            }
            accountsByOwner = byOwner;
        }
        return accountsByOwner;
    }

    /**
     * True when the list names {@code id}. A long list (an all-staff training's attendees) is hashed
     * once per check, so asking it once for every person stays linear in the body's size.
     */
    public boolean lists(Items<String> list, String id) {
        List<String> items = list.items();
        if (items.size() <= 16) {
            return items.contains(id);
        }
        Set<String> set;
        synchronized (listedSets) {
            set = listedSets.computeIfAbsent(list, l -> new HashSet<>(l.items()));
        }
        return set.contains(id);
    }

    /** The evaluation date. */
    public LocalDate asOf() {
        return asOf;
    }

    // ---------------------------------------------------------------- decisions

    /**
     * Records the outcome for one subject: NOT_APPLICABLE when the scope fails, UNKNOWN when the
     * scope is unknown, else the conjunction of the parts.
     */
    public void decide(RuleContext kcontext, Object subject, Part scope, Part... parts) {
        String requirement = requirementOf(kcontext);
        Part condition = Part.all(parts);
        decisions.record(requirement, subject, scope, condition);
    }

    /**
     * As {@link #decide}, with the condition made only when the scope does not fail: a subject the
     * requirement does not apply to is NOT_APPLICABLE whatever its condition (and even when another
     * rule of the requirement decides it too), so the condition's field reads and parts are skipped.
     * A condition that would throw is then not an ERROR either: the subject is out of scope.
     *
     * @param condition makes the conjunction of the condition's parts; called at most once
     */
    public void decideWhen(RuleContext kcontext, Object subject, Part scope, java.util.function.Supplier<Part> condition) {
        String requirement = requirementOf(kcontext);
        decisions.record(requirement, subject, scope, scope.status() == Status.FAIL ? Part.pass() : condition.get());
    }

    /** Records the outcome for one subject that is always in scope. */
    public void decideAlways(RuleContext kcontext, Object subject, Part... parts) {
        decide(kcontext, subject, Part.pass(), parts);
    }

    /** The requirement id of the rule that fires (its {@code @id} metadata). */
    public String requirementOf(RuleContext kcontext) {
        org.kie.api.definition.rule.Rule rule = kcontext.getRule();
        if (rule == lastRule) {
            return lastRuleId; // a rule fires for all its matches in turn: most calls ask for the last one
        }
        String name = rule.getName();
        String id = ruleIds.get(name);
        if (id == null) {
            throw new IllegalStateException("rule '" + name + "' has no @id");
        }
        lastRule = rule;
        lastRuleId = id;
        return id;
    }

    // a judge serves one check on one thread at a time
    private org.kie.api.definition.rule.Rule lastRule;
    private String lastRuleId;

    // ---------------------------------------------------------------- parameters

    /** A parameter's value in force, as a whole number (days, months). */
    public int param(String name) {
        BigDecimal v = parameters.get(name);
        if (v == null) {
            throw new IllegalArgumentException("unknown parameter " + name);
        }
        return v.intValueExact();
    }

    /** A parameter's value in force, as a decimal (ratios). */
    public BigDecimal ratio(String name) {
        BigDecimal v = parameters.get(name);
        if (v == null) {
            throw new IllegalArgumentException("unknown parameter " + name);
        }
        return v;
    }

    // ---------------------------------------------------------------- reading facts

    /** The value at a key path below a fact. */
    public Value<?> get(Object fact, String path) {
        return FieldPaths.get(fact, path);
    }

    /** The full path of a field of a fact, e.g. {@code devices[d-7].antivirus.signatureDate}. */
    public static String pathOf(Object fact, String path) {
        if (fact instanceof Located l) {
            return path.isEmpty() ? l.origin().path() : l.origin().field(path);
        }
        return path;
    }

    /**
     * The path of a field of a fact as {@link #pathOf} gives it, but kept as the fact and the field and
     * made text only when read ({@code toString}); for {@link Part#passAt} and the other parts at a path,
     * and as a {@link Reason}'s argument.
     */
    public static Object fieldPath(Object fact, String path) {
        return ref(fact, path);
    }

    /** The path of a field of a fact as a {@link FieldRef} (text made when read), else as {@link #pathOf}. */
    private static Object ref(Object fact, String path) {
        if (fact instanceof Located l && !path.isEmpty()) {
            return new FieldRef(l.origin(), path);
        }
        return path;
    }

    // ---------------------------------------------------------------- scopes (subject filters)

    /** Active unless {@code status} says otherwise (SPEC §2 default: active). */
    public Part active(Object fact) {
        Value<?> s = get(fact, "status");
        if (s.isAbsent() || "ACTIVE".equals(String.valueOf(s.orElse(null)))) {
            return Part.pass();
        }
        return Part.fail(Reason.of("not-active", ref(fact, "status"), wire(s)));
    }

    /** The fact's status is one of the given enum constants (absent status counts as active). */
    public Part statusIn(Object fact, Enum<?>... states) {
        Value<?> s = get(fact, "status");
        String st = s.isAbsent() ? "ACTIVE" : s.isStated() ? String.valueOf(s.get()) : "NONE";
        for (Enum<?> e : states) {
            if (e.name().equals(st)) {
                return Part.passAt(ref(fact, "status"), wire(s));
            }
        }
        return Part.fail(Reason.of("not-one-of", ref(fact, "status"), wire(s), wireAll(states)));
    }

    /** Not classified unless {@code classified: true} (SPEC §2 default). */
    public Part notClassified(Object fact) {
        Value<?> c = get(fact, "classified");
        return Boolean.TRUE.equals(c.orElse(null))
                ? Part.fail(Reason.of("classified", ref(fact, "classified"))) : Part.pass();
    }

    /** Classified ({@code classified: true}); absent means not classified. */
    public Part classified(Object fact) {
        Value<?> c = get(fact, "classified");
        return Boolean.TRUE.equals(c.orElse(null))
                ? Part.passAt(ref(fact, "classified"), true) : Part.fail(Reason.of("not-classified", ref(fact, "classified")));
    }

    /** The fact's {@code kind} is one of these. */
    public Part kindIn(Object fact, Enum<?>... kinds) {
        return oneOf(fact, "kind", (Object[]) kinds);
    }

    /**
     * A system the body answers for: not classified and not operated on the superior body's
     * platform (SPEC §8.18). {@code operations.by} absent leaves applicability unknown (§8.15).
     */
    public Part ownSystem(InfoSystem s) {
        Part nc = notClassified(s);
        if (!nc.passes()) {
            return nc;
        }
        Value<OperatedBy> by = s.operations().flatMap(Operations::by);
        if (by.isAbsent()) {
            return Part.unknown(pathOf(s, "operations.by"));
        }
        return by.isEqualTo(OperatedBy.SUPERIOR)
                ? Part.fail(Reason.of("superior-platform", pathOf(s, "operations.by"))) : Part.pass();
    }

    /** A system in scope whoever operates it: not classified (SPEC §8.18). */
    public Part inScope(InfoSystem s) {
        return notClassified(s);
    }

    /** The system's MLPS level is at least {@code n}; unknown when the level is absent. */
    public Part levelAtLeast(InfoSystem s, int n) {
        Value<Integer> level = s.mlps().flatMap(Mlps::level);
        String path = pathOf(s, "mlps.level");
        if (level.isAbsent()) {
            return Part.unknown(path);
        }
        if (level.isNone()) {
            return Part.fail(Reason.of("level-below", path, "none", n));
        }
        return level.get() >= n ? Part.pass(path, level.get()) : Part.fail(Reason.of("level-below", path, level.get(), n), path, level.get());
    }

    /**
     * "org L≥n" (SPEC §4): some in-scope system is level n or more. Unknown while {@code systems} is
     * absent, or a listed in-scope system's level is absent (or the list is open) and none is known
     * to be n or more.
     */
    public Part orgLevelAtLeast(int n) {
        Part cached = orgLevelCache[n];
        if (cached != null) {
            return cached;
        }
        Part result;
        Value<Items<InfoSystem>> systems = facts.systems();
        if (systems.isAbsent()) {
            result = Part.unknown("systems");
        } else {
            List<String> unknown = new ArrayList<>();
            String found = null;
            for (InfoSystem s : systems.get()) {
                if (!notClassified(s).passes()) {
                    continue;
                }
                Part p = levelAtLeast(s, n);
                if (p.passes()) {
                    found = s.id();
                    break;
                }
                if (p.status() == Status.UNKNOWN) {
                    unknown.addAll(p.missing());
                }
            }
            if (found != null) {
                result = Part.pass("org level", ">= " + n + " (" + found + ")");
            } else if (!unknown.isEmpty() || systems.get().isOpen()) {
                if (systems.get().isOpen()) {
                    unknown.add("systems");
                }
                result = Part.unknown(unknown.toArray(String[]::new));
            } else {
                result = Part.fail(Reason.of("org-level-below", n));
            }
        }
        orgLevelCache[n] = result;
        return result;
    }

    // ---------------------------------------------------------------- checks

    /** The boolean at {@code path} is true. */
    public Part isTrue(Object fact, String path) {
        return isBoolean(fact, path, true);
    }

    /** The boolean at {@code path} is false. */
    public Part isFalse(Object fact, String path) {
        return isBoolean(fact, path, false);
    }

    private Part isBoolean(Object fact, String path, boolean expected) {
        Value<?> v = get(fact, path);
        Object full = ref(fact, path);
        if (v.isAbsent()) {
            return Part.unknownAt(full);
        }
        return Boolean.valueOf(expected).equals(v.orElse(null)) ? Part.passAt(full, expected)
                : Part.failAt(Reason.of(expected ? "not-true" : "not-false", full, v), full, v);
    }

    /** Something is stated at {@code path} (not absent, not none). */
    public Part isSet(Object fact, String path) {
        Value<?> v = get(fact, path);
        Object full = ref(fact, path);
        if (v.isAbsent()) {
            return Part.unknownAt(full);
        }
        return v.isStated() ? Part.passAt(full, wire(v)) : Part.failAt(Reason.of("not-set", full), full, v);
    }

    /** The section at {@code path} exists: stated (even as {@code {}}), not none. */
    public Part exists(Object fact, String path) {
        return isSet(fact, path);
    }

    /** The number at {@code path} is at least {@code min}. */
    public Part atLeast(Object fact, String path, long min) {
        return compare(fact, path, min, true);
    }

    /** The number at {@code path} is at most {@code max}. */
    public Part atMost(Object fact, String path, long max) {
        return compare(fact, path, max, false);
    }

    private Part compare(Object fact, String path, long bound, boolean atLeast) {
        Value<?> v = get(fact, path);
        Object full = ref(fact, path);
        if (v.isAbsent()) {
            return Part.unknownAt(full);
        }
        if (!v.isStated()) {
            return Part.failAt(Reason.of("not-set", full), full, v);
        }
        long n = ((Number) v.get()).longValue();
        boolean ok = atLeast ? n >= bound : n <= bound;
        return ok ? Part.passAt(full, n) : Part.failAt(Reason.of(atLeast ? "below-min" : "above-max", full, n, bound), full, n);
    }

    /** The value at {@code path} is one of {@code allowed} (enum constants or plain values). */
    public Part oneOf(Object fact, String path, Object... allowed) {
        Value<?> v = get(fact, path);
        Object full = ref(fact, path);
        if (v.isAbsent()) {
            return Part.unknownAt(full);
        }
        if (v.isStated()) {
            for (Object a : allowed) {
                if (a.equals(v.get())) {
                    return Part.passAt(full, wire(v));
                }
            }
        }
        return Part.failAt(Reason.of("not-one-of", full, wire(v), wireAll(allowed)), full, wire(v));
    }

    /** Wraps a plain boolean decided in the rule, with evidence. */
    public Part holds(boolean ok, Reason whenNot, String evidencePath, Object evidence) {
        return ok ? Part.pass(evidencePath, evidence) : Part.fail(whenNot, evidencePath, evidence);
    }

    /**
     * The person named at {@code refPath} has one of the roles: UNKNOWN while the reference or the
     * person's {@code role} is absent, FAIL when the reference is {@code none}.
     */
    public Part personHasRole(Object fact, String refPath, io.github.anjian.facts.Role... roles) {
        Value<?> ref = get(fact, refPath);
        Object full = ref(fact, refPath);
        if (ref.isAbsent()) {
            return Part.unknownAt(full);
        }
        if (!ref.isStated()) {
            return Part.failAt(Reason.of("not-set", full), full, "none");
        }
        return facts.person(String.valueOf(ref.get()))
                .map(p -> oneOf(p, "role", (Object[]) roles))
                .orElse(Part.unknownAt(full));
    }

    /** The date at {@code path} is on or before asOf: UNKNOWN when absent, FAIL when {@code none}. */
    public Part onOrBeforeAsOf(Object fact, String path) {
        return onOrBefore(fact, path, asOf, "asOf");
    }

    /**
     * The date at {@code path} is on or before {@code limit} (named {@code limitName} in messages):
     * UNKNOWN when absent, FAIL when {@code none} (it never happened) or later.
     */
    public Part onOrBefore(Object fact, String path, LocalDate limit, String limitName) {
        Value<?> v = get(fact, path);
        Object full = ref(fact, path);
        if (v.isAbsent()) {
            return Part.unknownAt(full);
        }
        if (!v.isStated()) {
            return Part.failAt(Reason.of("never", full), full, "none");
        }
        LocalDate d = (LocalDate) v.get();
        return d.isAfter(limit) ? Part.failAt(Reason.of("not-after", full, d, limitName, limit), full, d) : Part.passAt(full, d);
    }

    /**
     * Not expired: the date at {@code path} is not before asOf (SPEC §8.12); {@code none} never
     * expires; absent is UNKNOWN.
     */
    public Part notExpired(Object fact, String path) {
        Value<?> v = get(fact, path);
        Object full = ref(fact, path);
        if (v.isAbsent()) {
            return Part.unknownAt(full);
        }
        if (!v.isStated()) {
            return Part.passAt(full, "none");
        }
        LocalDate d = (LocalDate) v.get();
        return d.isBefore(asOf) ? Part.failAt(Reason.of("expired", full, d), full, d) : Part.passAt(full, d);
    }

    /**
     * The person at {@code refPath} is not the one named at {@code otherRefPath}: PASS when either is
     * {@code none}, UNKNOWN when either is absent.
     */
    public Part notSamePerson(Object fact, String refPath, Object other, String otherRefPath) {
        Value<?> a = get(fact, refPath);
        Value<?> b = get(other, otherRefPath);
        if (a.isNone() || b.isNone()) {
            return Part.pass();
        }
        if (a.isAbsent() || b.isAbsent()) {
            List<String> missing = new ArrayList<>();
            if (a.isAbsent()) {
                missing.add(pathOf(fact, refPath));
            }
            if (b.isAbsent()) {
                missing.add(pathOf(other, otherRefPath));
            }
            return Part.unknown(missing.toArray(String[]::new));
        }
        String fa = pathOf(fact, refPath);
        return a.get().equals(b.get())
                ? Part.fail(Reason.text(fa + " is also " + pathOf(other, otherRefPath) + " (" + a.get() + ")",
                        fa + " 同时也是 " + pathOf(other, otherRefPath) + "（" + a.get() + "）"), fa, a.get())
                : Part.pass(fa, a.get());
    }

    // ---------------------------------------------------------------- dates, practice versus record

    /**
     * A dated event at {@code datePath} within {@code param} days of asOf; without a date, the
     * practice at {@code practicePaths} (a {@link Frequency}, or {@code true} for automatic update)
     * gives PARTIAL when its period fits, else FAIL (SPEC §2 practice versus record).
     */
    public Part withinDays(Object fact, String datePath, String param, String... practicePaths) {
        return within(fact, datePath, param(param), false, practicePaths);
    }

    /** As {@link #withinDays} with a window of {@code param} calendar months. */
    public Part withinMonths(Object fact, String datePath, String param, String... practicePaths) {
        return within(fact, datePath, param(param), true, practicePaths);
    }

    /** As {@link #withinMonths} with a fixed number of months (level-bound windows, SPEC §8.8). */
    public Part withinFixedMonths(Object fact, String datePath, int months, String... practicePaths) {
        return within(fact, datePath, months, true, practicePaths);
    }

    private Part within(Object fact, String datePath, int window, boolean months, String... practicePaths) {
        Value<?> v = get(fact, datePath);
        Object full = ref(fact, datePath);
        if (v.isStated()) {
            return dateWithinAt(full, (LocalDate) v.get(), window, months);
        }
        if (v.isNone()) {
            return Part.failAt(Reason.of("never", full), full, "none");
        }
        return practice(fact, full, window, months, practicePaths);
    }

    /** A stated date within the window; the path a string or a {@link #fieldPath}. */
    public Part dateWithin(Object fullPath, LocalDate date, int window, boolean months) {
        return dateWithinAt(fullPath, date, window, months);
    }

    private Part dateWithinAt(Object fullPath, LocalDate date, int window, boolean months) {
        boolean ok = months ? !date.isBefore(asOf.minusMonths(window))
                : ChronoUnit.DAYS.between(date, asOf) <= window;
        if (ok) {
            return Part.passAt(fullPath, date);
        }
        return Part.failAt(Reason.of(months ? "older-than-months" : "older-than-days", fullPath, date, window, asOf),
                fullPath, date);
    }

    private Part practice(Object fact, Object fullDatePath, int window, boolean months, String... practicePaths) {
        Frequency best = null;
        Object bestPath = null;
        for (String p : practicePaths) {
            Value<?> v = get(fact, p);
            if (!v.isStated()) {
                continue;
            }
            Frequency f = v.get() instanceof Frequency fr ? fr : Boolean.TRUE.equals(v.get()) ? Frequency.DAILY : null;
            if (f != null && (best == null || better(f, best, months))) {
                best = f;
                bestPath = ref(fact, p);
            }
        }
        return judgePracticeAt(fullDatePath, best, bestPath, window, months);
    }

    /** Judges a stated practice against a window (no dated record). */
    public Part judgePractice(String fullDatePath, Frequency best, String bestPath, int window, boolean months) {
        return judgePracticeAt(fullDatePath, best, bestPath, window, months);
    }

    // paths as strings or FieldRefs: a body's undated practices keep their paths as references
    private Part judgePracticeAt(Object fullDatePath, Frequency best, Object bestPath, int window, boolean months) {
        if (best == null) {
            return Part.unknownAt(fullDatePath);
        }
        OptionalInt period = months ? best.periodMonths() : best.periodDays();
        if (best == Frequency.REGULAR) {
            return Part.unknown(FieldRef.text(fullDatePath), FieldRef.text(bestPath));
        }
        if (period.isPresent() && period.getAsInt() <= window) {
            return Part.partialAt(Reason.of("practice-only", bestPath, wire(best), fullDatePath), bestPath, wire(best));
        }
        return Part.failAt(Reason.of(months ? "practice-too-rare-months" : "practice-too-rare-days", bestPath, wire(best), window),
                bestPath, wire(best));
    }

    private static boolean better(Frequency a, Frequency b, boolean months) {
        OptionalInt pa = months ? a.periodMonths() : a.periodDays();
        OptionalInt pb = months ? b.periodMonths() : b.periodDays();
        if (pa.isPresent() != pb.isPresent()) {
            return pa.isPresent() || a == Frequency.REGULAR && b == Frequency.IRREGULAR;
        }
        return pa.isPresent() && pa.getAsInt() < pb.getAsInt();
    }

    /** {@code scans[kind].date} for each scan kind (a holder: made after this class's wire names). */
    private static final class ScanDates {
        static final String[] PATHS = paths();

        private static String[] paths() {
            ScanKind[] kinds = ScanKind.values();
            String[] paths = new String[kinds.length];
            for (ScanKind k : kinds) {
                paths[k.ordinal()] = "scans[" + wire(k) + "].date";
            }
            return paths;
        }
    }

    /**
     * A scan of {@code kind} in the fact's {@code scans} within {@code param} days. Dated items
     * decide when any item of the kind carries a date or {@code none}; else practice items (SPEC §8.10).
     */
    public Part scanWithinDays(Object fact, ScanKind kind, String param) {
        @SuppressWarnings("unchecked")
        Value<Items<Scan>> scans = (Value<Items<Scan>>) get(fact, "scans");
        Object listPath = ref(fact, "scans");
        int window = param(param);
        if (scans.isAbsent()) {
            return Part.unknownAt(listPath);
        }
        LocalDate latest = null;
        boolean dated = false;
        Frequency best = null;
        String bestPath = null;
        for (Scan s : scans.get()) {
            if (s.kind() != kind) {
                continue;
            }
            if (s.date().isKnown()) {
                dated = true;
                if (s.date().isStated() && (latest == null || s.date().get().isAfter(latest))) {
                    latest = s.date().get();
                }
            } else if (s.frequency().isStated() && (best == null || better(s.frequency().get(), best, false))) {
                best = s.frequency().get();
                bestPath = s.origin().field("frequency");
            }
        }
        Object what = fact instanceof Located l ? new FieldRef(l.origin(), ScanDates.PATHS[kind.ordinal()])
                : listPath + "[" + wire(kind) + "].date";
        if (dated) {
            Part p = latest == null ? Part.failAt(Reason.of("never", what), what, "none")
                    : dateWithinAt(what, latest, window, false);
            // "some scan within the window" over an open list: a later scan may be unlisted (SPEC §4)
            return p.passes() || !scans.get().isOpen() ? p : Part.any(p, Part.unknownAt(listPath));
        }
        if (best != null) {
            Part p = judgePractice(what.toString(), best, bestPath, window, false);
            return p.status() == Status.UNKNOWN || !scans.get().isOpen() ? p : Part.any(p, Part.unknownAt(listPath));
        }
        return scans.get().isOpen() ? Part.unknownAt(listPath)
                // the path made text only when the message is read: a large body has many such devices
                : Part.failAt(Reason.of("no-record-of-kind", listPath, wire(kind), scanZh(kind)), listPath, "[]");
    }

    /** The Chinese name of a kind of scan, for reasons in Chinese reports. */
    private static String scanZh(ScanKind kind) {
        return switch (kind) {
            case VULNERABILITY -> "漏洞扫描";
            case MALWARE -> "病毒木马检测";
        };
    }

    // ---------------------------------------------------------------- lists

    /**
     * "Every item …" over a list: the lowest item; an open list adds one UNKNOWN item, an absent list
     * is UNKNOWN, an empty complete list passes (SPEC §4).
     */
    public <T> Part every(Value<Items<T>> list, String listPath, Function<T, Part> test) {
        if (list.isAbsent()) {
            return Part.unknown(listPath);
        }
        if (list.isNone()) {
            return Part.pass();
        }
        List<Part> parts = new ArrayList<>();
        for (T t : list.get()) {
            parts.add(test.apply(t));
        }
        if (list.get().isOpen()) {
            parts.add(Part.unknown(listPath));
        }
        return Part.all(parts);
    }

    /** As {@link #every} but a listed-only reading: an open list adds nothing ("every listed …"). */
    public <T> Part everyListed(Value<Items<T>> list, String listPath, Function<T, Part> test) {
        if (list.isAbsent()) {
            return Part.unknown(listPath);
        }
        List<Part> parts = new ArrayList<>();
        for (T t : list.orElse(Items.of(List.of()))) {
            parts.add(test.apply(t));
        }
        return Part.all(parts);
    }

    /**
     * "Some item …": the highest item; an open list adds one UNKNOWN item, an absent list is
     * UNKNOWN, an empty complete list fails with {@code whenNone}.
     */
    public <T> Part some(Value<Items<T>> list, String listPath, Function<T, Part> test, Reason whenNone) {
        if (list.isAbsent()) {
            return Part.unknown(listPath);
        }
        List<Part> parts = new ArrayList<>();
        for (T t : list.orElse(Items.of(List.of()))) {
            parts.add(test.apply(t));
        }
        if (list.isStated() && list.get().isOpen()) {
            parts.add(Part.unknown(listPath));
        }
        if (parts.isEmpty()) {
            return Part.fail(whenNone, listPath, "[]");
        }
        return Part.any(parts);
    }

    // ---------------------------------------------------------------- helpers

    /** Each enum's constants as written in fact files, made once: evidence repeats them millions of times. */
    private static final ClassValue<String[]> WIRE_NAMES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] names = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                names[i] = ((Enum<?>) constants[i]).name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            }
            return names;
        }
    };

    /** "n listed" and "n or more listed" for small n. */
    private static final String[][] LISTED = new String[32][];

    static {
        for (int n = 0; n < LISTED.length; n++) {
            LISTED[n] = new String[] {n + " listed", n + " or more listed"};
        }
    }

    /** An enum constant or value as written in fact files. */
    public static String wire(Object v) {
        if (v instanceof Value<?> val) {
            return val.isStated() ? wire(val.get()) : val.toString();
        }
        if (v instanceof Enum<?> e) {
            return WIRE_NAMES.get(e.getDeclaringClass())[e.ordinal()];
        }
        // a section or a list is evidence by its presence, not by a dump of everything in it
        if (v instanceof Record) {
            return "stated";
        }
        if (v instanceof Items<?> items) {
            int n = items.items().size();
            // the texts of small lists are made once: every device of a body may name its list's size
            return n < LISTED.length ? LISTED[n][items.isOpen() ? 1 : 0] : n + (items.isOpen() ? " or more listed" : " listed");
        }
        return ArgText.of(v);
    }

    private static Object wireAll(Object[] values) {
        for (Object v : values) {
            if (!(v instanceof Enum<?>)) {
                return new WireList(values.clone());
            }
        }
        // rules name a few fixed sets of constants: one shared argument per set, not one per subject
        // (only enum constants are kept, so the map stays as small as the rules)
        return WIRE_LISTS.computeIfAbsent(List.of(values), k -> new WireList(values.clone()));
    }

    private static final ConcurrentMap<List<Object>, WireList> WIRE_LISTS =
            new ConcurrentHashMap<>();

    /** Allowed values as one argument, joined when the reason is read (not once per subject). */
    private record WireList(Object[] values) {
        @Override
        public String toString() {
            StringJoiner j = new StringJoiner(", ");
            for (Object o : values) {
                j.add(wire(o));
            }
            return j.toString();
        }
    }
}

package io.github.anjian.load.internal;

import io.github.anjian.facts.Contractor;
import io.github.anjian.facts.Covers;
import io.github.anjian.facts.InfoSystem;
import io.github.anjian.facts.Items;
import io.github.anjian.facts.Origin;
import io.github.anjian.facts.TechnicalSupport;
import io.github.anjian.facts.Value;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds node trees to model records by their {@link RecordSpec}: keys checked against the record's
 * components, scalars typed, {@code none} and open lists understood, origins filled. Reports every
 * problem to the {@link LoadContext} and goes on; a value with a problem comes back {@link #INVALID}.
 */
final class Binder {

    /** Marks a value that could not be bound (its problem is already reported). */
    static final Object INVALID = new Object();

    private static final Set<String> RESERVED_IDS = Set.of("internal", "none");
    private static final Set<String> FUTURE_DATE_KEYS = Set.of("expires", "due", "deadline", "targetDate", "asOf");
    private static final Set<String> OPEN_LIST_KEYS = Set.of("complete", "items");

    private static final String[] INDEXES = new String[64];

    static {
        for (int i = 0; i < INDEXES.length; i++) {
            INDEXES[i] = Integer.toString(i);
        }
    }

    private final LoadContext ctx;
    private final Sharing sharing = new Sharing();
    private final ScalarTyping scalars;
    private final RecordChecks checks;

    Binder(LoadContext ctx) {
        this.ctx = ctx;
        this.scalars = new ScalarTyping(ctx, sharing);
        this.checks = new RecordChecks(ctx);
    }

    /** The scalar typing this binder uses (and its shared values). */
    ScalarTyping scalars() {
        return scalars;
    }

    /** Binds a mapping to the record {@code spec} describes; {@code path} is the item's path. */
    Object record(Node node, RecordSpec spec, String path, String key) {
        return record(node, spec, path, key, null, null);
    }

    /**
     * Binds a mapping to a record; a list item's origin is made of {@code list} and {@code itemKey}
     * (its path is {@code list[itemKey]}), else (both null) of {@code path}.
     */
    private Object record(Node node, RecordSpec spec, String path, String key, String list, String itemKey) {
        if (!(node instanceof Node.Mapping m)) {
            ctx.error("wrong-type", "'" + key + "' must be a mapping", node.location(),
                    "write key: value pairs" + (spec.idField() != null ? ", e.g. { id: ... }" : ""));
            return INVALID;
        }
        Present present = present(m, spec, path);
        boolean ok = present.ok;
        Object[] args = new Object[spec.arity()];
        for (FieldSpec f : spec.fields()) {
            Node.Entry e = present.byIndex[f.index()];
            Object v;
            if (e == null) {
                if (f.required()) {
                    ctx.error("missing-key", "missing required key '" + f.key() + "' in " + path, m.location(),
                            "add " + f.key() + ":");
                    v = INVALID;
                } else {
                    v = Value.absent();
                }
            } else {
                v = field(f, e, path);
            }
            if (v == INVALID) {
                ok = false;
            } else {
                args[f.index()] = v;
            }
        }
        if (spec.originIndex() >= 0) {
            args[spec.originIndex()] = list != null
                    ? Origin.ofItem(list, itemKey, m.file(), m.line(), m.column()) : new Origin(path, m.location());
        }
        declareId(spec, present, args, path, list, itemKey);
        if (!ok) {
            return INVALID;
        }
        Object record = spec.construct(args);
        checks.check(record, m, present);
        return spec.originIndex() < 0 ? sharing.object(record) : record;
    }

    private void declareId(RecordSpec spec, Present present, Object[] args, String path, String list,
                           String itemKey) {
        int bracket = path.lastIndexOf('[');
        FieldSpec idField = spec.idField();
        if (idField == null || bracket < 0) {
            return;
        }
        Node.Entry e = present.byIndex[idField.index()];
        if (e != null && e.value() instanceof Node.Scalar s && !s.isNull() && !s.isNone()) {
            // the list's own path string when it is the scope (one string, not one per item)
            String scope = list != null && bracket == list.length() && itemKey.indexOf('[') < 0
                    ? list : path.substring(0, bracket);
            // the bound id's own string when it bound (the facts then hold one string for both)
            String id = args[idField.index()] instanceof String bound ? bound : s.text();
            ctx.declare(new LoadContext.IdDecl(scope, id, s));
        }
    }

    /** A mapping's entries by the fields of its record: the first entry of each key the record has. */
    static final class Present {
        private final RecordSpec spec;
        final Node.Entry[] byIndex;
        /** False when a key was duplicate or unknown (reported). */
        boolean ok = true;

        Present(RecordSpec spec) {
            this.spec = spec;
            this.byIndex = new Node.Entry[spec.arity()];
        }

        /** The entry of a key of the record, or null when the mapping does not have it. */
        Node.Entry get(String key) {
            FieldSpec f = spec.field(key);
            return f == null ? null : byIndex[f.index()];
        }
    }

    /**
     * The entries of a mapping by the fields of {@code spec}, reporting duplicate and unknown keys in
     * the order they come (the same problems, in the same order, as {@link #entries}).
     */
    private Present present(Node.Mapping m, RecordSpec spec, String path) {
        Present p = new Present(spec);
        Map<String, Node.Entry> unknown = null; // made on the first unknown key only
        for (Node.Entry e : m.entries()) {
            String k = e.key().text();
            FieldSpec f = spec.field(k);
            Node.Entry first;
            if (f != null) {
                first = p.byIndex[f.index()];
                if (first == null) {
                    p.byIndex[f.index()] = e;
                }
            } else {
                if (unknown == null) {
                    unknown = new HashMap<>();
                }
                first = unknown.putIfAbsent(k, e);
            }
            if (first != null) {
                ctx.error("duplicate-key", "duplicate key '" + k + "' (first at " + first.key().location() + ")",
                        e.key().location(), "keep one of them");
                p.ok = false;
            } else if (f == null) {
                unknownKey(e.key(), spec.keys(), path);
                p.ok = false;
            }
        }
        return p;
    }

    /**
     * The entries by key, reporting duplicate and unknown keys; null when there was such a problem
     * (every problem is still reported).
     */
    Map<String, Node.Entry> entries(Node.Mapping m, Set<String> valid, String path) {
        Map<String, Node.Entry> present = new HashMap<>(m.entries().size() * 2);
        boolean ok = true;
        for (Node.Entry e : m.entries()) {
            String k = e.key().text();
            Node.Entry first = present.putIfAbsent(k, e);
            if (first != null) {
                ctx.error("duplicate-key", "duplicate key '" + k + "' (first at " + first.key().location() + ")",
                        e.key().location(), "keep one of them");
                ok = false;
            } else if (!valid.contains(k)) {
                unknownKey(e.key(), valid, path);
                ok = false;
            }
        }
        return ok ? present : null;
    }

    void unknownKey(Node.Scalar key, Set<String> valid, String path) {
        var near = Suggestions.nearest(key.text(), valid);
        ctx.error("unknown-key", "unknown key '" + key.text() + "'"
                        + near.map(n -> " — did you mean '" + n + "'?").orElse(" in " + path), key.location(),
                near.isPresent() ? "" : "valid keys: " + String.join(", ", valid));
    }

    /** Binds one key's value; {@code path} is the path of the mapping that holds it. */
    private Object field(FieldSpec f, Node.Entry e, String path) {
        Node v = e.value();
        if (v instanceof Node.Scalar s) {
            if (s.isNull()) {
                ctx.error("null-value", "'" + f.key() + "' has no value", e.key().location(),
                        "omit the key or write `none`");
                return INVALID;
            }
            if (s.isNone()) {
                return none(f, s);
            }
        }
        FactType t = f.type();
        boolean nested = t instanceof FactType.Mapping || t instanceof FactType.ListOf || t instanceof FactType.CoversType;
        Object x = value(v, t, nested ? path + "." + f.key() : path, f.key());
        if (x == INVALID) {
            return INVALID;
        }
        if (f.key().equals("id") && RESERVED_IDS.contains(x)) {
            ctx.error("reserved-id", "'" + x + "' is reserved and cannot be an id", v.location(),
                    "choose another id");
            return INVALID;
        }
        return f.required() ? x : sharing.value(x);
    }

    private Object none(FieldSpec f, Node.Scalar s) {
        if (f.type() instanceof FactType.Enumeration en && en.acceptsNone()) {
            Enum<?> constant = en.byWireName().get("none");
            return f.required() ? constant : sharing.value(constant);
        }
        if (f.key().equals("id")) {
            ctx.error("reserved-id", "'none' is reserved and cannot be an id", s.location(), "choose another id");
            return INVALID;
        }
        if (f.required()) {
            ctx.error("wrong-type", "'" + f.key() + "' is required and cannot be none", s.location(),
                    "state a value");
            return INVALID;
        }
        if (!f.type().acceptsNone()) {
            ctx.error("wrong-type", "'" + f.key() + "' does not accept none", s.location(),
                    f.type() instanceof FactType.ListOf || f.type() instanceof FactType.CoversType
                            ? "write [] for an empty list" : "state a value or omit the key");
            return INVALID;
        }
        return Value.none();
    }

    /** Binds one value of a type. */
    Object value(Node v, FactType type, String path, String key) {
        if (type instanceof FactType.Mapping mt) {
            return record(v, mt.spec(), path, key);
        }
        if (type instanceof FactType.ListOf l) {
            return list(v, l.element(), path, key, 0);
        }
        if (!(v instanceof Node.Scalar s)) {
            if (type instanceof FactType.CoversType) {
                return covers(v, path, key);
            }
            ctx.error("wrong-type", "'" + key + "' must be " + describe(type) + ", not a "
                    + (v instanceof Node.Mapping ? "mapping" : "list"), v.location(), "");
            return INVALID;
        }
        if (s.isNull()) {
            ctx.error("null-value", "an item of '" + key + "' has no value", s.location(),
                    "omit the item or write a value");
            return INVALID;
        }
        if (type instanceof FactType.Text t) {
            Object x = scalars.text(s, key);
            if (x != INVALID && t.ref() != null) {
                return ctx.reference(t.ref(), (String) x, s);
            }
            return x;
        }
        if (type instanceof FactType.Bool) {
            return scalars.bool(s, key);
        }
        if (type instanceof FactType.Int i) {
            return scalars.integer(s, key, i);
        }
        if (type instanceof FactType.Decimal) {
            return scalars.decimal(s, key);
        }
        if (type instanceof FactType.Date) {
            Object d = scalars.date(s, key);
            if (d != INVALID && !FUTURE_DATE_KEYS.contains(key)) {
                ctx.date(key, (LocalDate) d, s);
            }
            return d;
        }
        if (type instanceof FactType.Enumeration en) {
            return scalars.enumeration(s, key, en);
        }
        if (type instanceof FactType.CoversType) {
            return covers(s, path, key);
        }
        return support(s, key);
    }

    private Object covers(Node v, String path, String key) {
        if (v instanceof Node.Scalar s) {
            if ((s.style() == Node.Style.PLAIN || s.style() == Node.Style.QUOTED) && s.text().equals("all")) {
                return Covers.ALL;
            }
            ctx.error("wrong-type", "'" + key + "' must be all or a list of system ids, not '" + s.text() + "'",
                    s.location(), "write covers: all or covers: [system-id]");
            return INVALID;
        }
        Object items = list(v, new FactType.Text(InfoSystem.class), path, key, 0);
        return items == INVALID ? INVALID : new Covers(false, castItems(items));
    }

    @SuppressWarnings("unchecked")
    private static Items<String> castItems(Object items) {
        return (Items<String>) items;
    }

    private Object support(Node.Scalar s, String key) {
        Object x = scalars.text(s, key);
        if (x == INVALID) {
            return INVALID;
        }
        if (x.equals("internal")) {
            return TechnicalSupport.INTERNAL;
        }
        return new TechnicalSupport(ctx.reference(Contractor.class, (String) x, s));
    }

    /**
     * Binds a list, plain (complete) or open; items of a record type get paths {@code path[id]} or
     * {@code path[index]} with indexes counted from {@code offset}.
     */
    Object list(Node v, FactType element, String path, String key, int offset) {
        List<Node> nodes;
        boolean complete = true;
        boolean ok = true;
        if (v instanceof Node.Sequence seq) {
            nodes = seq.items();
        } else if (v instanceof Node.Mapping m) {
            Map<String, Node.Entry> e = entries(m, OPEN_LIST_KEYS, path);
            if (e == null) {
                return INVALID;
            }
            Node.Entry c = e.get("complete");
            if (c != null) {
                Object b = c.value() instanceof Node.Scalar s ? scalars.bool(s, "complete") : INVALID;
                if (!(c.value() instanceof Node.Scalar)) {
                    ctx.error("wrong-type", "'complete' must be true or false", c.value().location(), "");
                }
                if (b == INVALID) {
                    ok = false;
                } else {
                    complete = (Boolean) b;
                }
            }
            Node.Entry items = e.get("items");
            if (items == null) {
                ctx.error("missing-key", "missing required key 'items' in the open list '" + key + "'",
                        m.location(), "write { complete: false, items: [...] }");
                return INVALID;
            }
            if (!(items.value() instanceof Node.Sequence seq)) {
                ctx.error("wrong-type", "'items' of '" + key + "' must be a list", items.value().location(), "");
                return INVALID;
            }
            nodes = seq.items();
        } else {
            ctx.error("wrong-type", "'" + key + "' must be a list", v.location(),
                    "write [a, b], or { complete: false, items: [...] } for a partial list");
            return INVALID;
        }
        List<Object> out = new ArrayList<>(nodes.size());
        FactType.Mapping recordType = element instanceof FactType.Mapping mt ? mt : null;
        for (int i = 0; i < nodes.size(); i++) {
            Object x = item(nodes.get(i), element, recordType, path, key, i + offset);
            if (x == INVALID) {
                ok = false;
            } else {
                out.add(x);
            }
        }
        if (!ok) {
            return INVALID;
        }
        Items<Object> items = complete ? Items.of(out) : Items.open(out);
        return recordType == null ? sharing.object(items) : items;
    }

    /**
     * Binds one list item of {@code element}; {@code recordType} is the element when it is a record
     * type, else null; {@code index} counts from the list's first item across files.
     */
    Object item(Node n, FactType element, FactType.Mapping recordType, String path, String key, int index) {
        if (recordType != null) {
            String itemKey = itemKey(n, recordType.spec(), index);
            return n instanceof Node.Scalar s && s.isNull()
                    ? nullItem(s, key) : record(n, recordType.spec(), path + "[" + itemKey + "]", key, path, itemKey);
        }
        return value(n, element, path, key);
    }

    private Object nullItem(Node.Scalar s, String key) {
        ctx.error("null-value", "an item of '" + key + "' is empty", s.location(), "remove the '-' or write the item");
        return INVALID;
    }

    private String itemKey(Node n, RecordSpec spec, int index) {
        if (spec.idField() != null && n instanceof Node.Mapping m) {
            for (Node.Entry e : m.entries()) {
                if (e.key().text().equals("id") && e.value() instanceof Node.Scalar s && !s.isNull()) {
                    return sharing.text(s.text());
                }
            }
        }
        return index < INDEXES.length ? INDEXES[index] : Integer.toString(index);
    }

    private static String describe(FactType t) {
        if (t instanceof FactType.Text) {
            return "text";
        }
        if (t instanceof FactType.Bool) {
            return "true or false";
        }
        if (t instanceof FactType.Int || t instanceof FactType.Decimal) {
            return "a number";
        }
        if (t instanceof FactType.Date) {
            return "a date";
        }
        if (t instanceof FactType.Enumeration e) {
            return "one of " + String.join(", ", e.byWireName().keySet());
        }
        return "a single value";
    }
}

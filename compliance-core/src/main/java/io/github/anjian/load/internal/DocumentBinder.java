package io.github.anjian.load.internal;

import io.github.anjian.facts.Items;
import io.github.anjian.facts.Organization;
import io.github.anjian.facts.ParameterSetting;
import io.github.anjian.facts.SourceLocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Binds the top level of one fact file (SPEC §2): {@code schema}, {@code organization}, the lists, {@code parameters}. */
final class DocumentBinder {

    private final LoadContext ctx;
    private final Binder binder;
    private final TopLevelSpec top = TopLevelSpec.get();

    DocumentBinder(LoadContext ctx) {
        this.ctx = ctx;
        this.binder = new Binder(ctx);
    }

    FilePart bind(Node root, String file) {
        FilePart part = new FilePart();
        if (root == null || root instanceof Node.Scalar s && s.isNull()) {
            ctx.error("empty-file", "the file states nothing", new SourceLocation(file, 1, 1),
                    "start it with schema: " + TopLevelSpec.SCHEMA);
            return part;
        }
        if (!(root instanceof Node.Mapping m)) {
            ctx.error("wrong-type", "a fact file must be a mapping of keys", root.location(),
                    "start it with schema: " + TopLevelSpec.SCHEMA);
            return part;
        }
        Map<String, Node.Entry> entries = new HashMap<>();
        for (Node.Entry e : m.entries()) {
            String k = e.key().text();
            Node.Entry first = entries.putIfAbsent(k, e);
            if (first != null) {
                ctx.error("duplicate-key", "duplicate key '" + k + "' (first at " + first.key().location() + ")",
                        e.key().location(), "merge the two into one");
            } else if (!top.keys().contains(k)) {
                binder.unknownKey(e.key(), top.keys(), "the top level");
            }
        }
        schema(entries.get(TopLevelSpec.SCHEMA_KEY), m);
        for (Node.Entry e : m.entries()) {
            if (entries.get(e.key().text()) == e) {
                entry(e, part);
            }
        }
        return part;
    }

    /**
     * Binds a plain YAML file from its event stream (the fast path): each item of a top-level list is
     * bound as soon as it is read, so the file never sits in memory as a tree. Whatever would give a
     * problem at the top level (a duplicate or unknown key, a missing or wrong schema) falls back, and
     * so does whatever {@link YamlEvents} does not handle; then nothing collected here counts.
     */
    FilePart bindStreamed(YamlEvents in) throws YamlEvents.Fallback {
        if (in.next() != YamlEvents.STREAM_START || in.next() != YamlEvents.DOCUMENT_START
                || in.next() != YamlEvents.MAPPING_START) {
            throw YamlEvents.Fallback.INSTANCE;
        }
        in.open(0);
        FilePart part = new FilePart();
        Set<String> seen = new HashSet<>();
        boolean schema = false;
        int e;
        while ((e = in.next()) != YamlEvents.MAPPING_END) {
            Node.Scalar key = in.key(e);
            String k = key.text();
            if (!seen.add(k) || !top.keys().contains(k)) {
                throw YamlEvents.Fallback.INSTANCE;
            }
            int v = in.next();
            TopLevelSpec.ListSection section = top.lists().get(k);
            if (section != null && v == YamlEvents.SEQUENCE_START) {
                in.open(1);
                streamList(in, section, part);
                continue;
            }
            Node value = in.node(v, 1);
            if (k.equals(TopLevelSpec.SCHEMA_KEY)) {
                if (!(value instanceof Node.Scalar s) || !s.text().equals(TopLevelSpec.SCHEMA)) {
                    throw YamlEvents.Fallback.INSTANCE;
                }
                schema = true;
            } else {
                entry(new Node.Entry(key, value), part);
            }
        }
        if (!schema || in.next() != YamlEvents.DOCUMENT_END) {
            throw YamlEvents.Fallback.INSTANCE;
        }
        // the composing reader expands at most (characters + 100,000) nodes; code points never exceed characters
        if (in.next() != YamlEvents.STREAM_END || in.nodes() > in.index() + 100_000L) {
            throw YamlEvents.Fallback.INSTANCE;
        }
        return part;
    }

    /** Binds the items of a top-level list one at a time, as the parser delivers them. */
    private void streamList(YamlEvents in, TopLevelSpec.ListSection s, FilePart part) throws YamlEvents.Fallback {
        String k = s.key();
        int offset = ctx.listCounts.getOrDefault(k, 0);
        FactType.Mapping type = new FactType.Mapping(s.itemType());
        List<Object> out = new ArrayList<>();
        boolean ok = true;
        int count = 0;
        int e;
        while ((e = in.next()) != YamlEvents.SEQUENCE_END) {
            Object x = binder.item(in.node(e, 2), type, type, k, k, offset + count);
            count++;
            if (x == Binder.INVALID) {
                ok = false;
                out.clear();
            } else if (ok) {
                out.add(x);
            }
        }
        ctx.listCounts.put(k, offset + count);
        if (ok) {
            part.lists.put(k, Items.of(out));
        }
    }

    /** Binds one top-level entry (the first of its key). */
    private void entry(Node.Entry e, FilePart part) {
        String k = e.key().text();
        if (e.value() instanceof Node.Scalar s && s.isNull()) {
            ctx.error("null-value", "'" + k + "' has no value", e.key().location(),
                    "omit the key or write `none`");
        } else if (k.equals(TopLevelSpec.ORGANIZATION)) {
            part.organizationAt = e.value().location();
            Object o = binder.value(e.value(), new FactType.Mapping(Organization.class), k, k);
            part.organization = o == Binder.INVALID ? null : (Organization) o;
            ctx.organizationBound(part.organization);
        } else if (k.equals(TopLevelSpec.PARAMETERS)) {
            part.parametersAt = e.value().location();
            parameters(e.value(), part);
        } else if (top.lists().containsKey(k)) {
            list(e, top.lists().get(k), part);
        }
    }

    private void schema(Node.Entry e, Node.Mapping root) {
        if (e == null) {
            ctx.error("missing-schema", "the file does not state its schema", root.location(),
                    "add schema: " + TopLevelSpec.SCHEMA + " as the first line");
        } else if (!(e.value() instanceof Node.Scalar s) || !s.text().equals(TopLevelSpec.SCHEMA)) {
            String got = e.value() instanceof Node.Scalar s ? s.text() : "a " + e.value().getClass().getSimpleName();
            ctx.error("wrong-schema", "unsupported schema '" + got + "'", e.value().location(),
                    "this version reads schema: " + TopLevelSpec.SCHEMA);
        }
    }

    private void list(Node.Entry e, TopLevelSpec.ListSection s, FilePart part) {
        String k = s.key();
        int offset = ctx.listCounts.getOrDefault(k, 0);
        ctx.listCounts.put(k, offset + size(e.value()));
        if (e.value() instanceof Node.Scalar sc && sc.isNone()) {
            ctx.error("wrong-type", "'" + k + "' does not accept none", sc.location(),
                    "write " + k + ": [] to state there are none");
            return;
        }
        Object items = binder.list(e.value(), new FactType.Mapping(s.itemType()), k, k, offset);
        if (items != Binder.INVALID) {
            part.lists.put(k, (Items<?>) items);
        }
    }

    private static int size(Node n) {
        if (n instanceof Node.Sequence s) {
            return s.items().size();
        }
        if (n instanceof Node.Mapping m) {
            for (Node.Entry e : m.entries()) {
                if (e.key().text().equals("items") && e.value() instanceof Node.Sequence s) {
                    return s.items().size();
                }
            }
        }
        return 0;
    }

    /** Days, months, minutes and characters are whole numbers of at least 0, a ratio lies in 0..1 (SPEC §8.8). */
    private boolean fitsType(BigDecimal value, String type, Node.Scalar at) {
        if (type == null) {
            return true;
        }
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        boolean ok = switch (type) {
            case "days", "months", "minutes", "characters" -> whole && value.signum() >= 0;
            case "ratio" -> value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0;
            default -> true;
        };
        if (!ok) {
            ctx.error("out-of-range", "parameter value " + value.toPlainString() + " is not a valid " + type,
                    at.location(), type.equals("ratio") ? "write a number from 0 to 1" : "write a whole number of " + type);
        }
        return ok;
    }

    private void parameters(Node v, FilePart part) {
        if (!(v instanceof Node.Mapping m)) {
            ctx.error("wrong-type", "'parameters' must be a mapping of name: number", v.location(),
                    "e.g. parameters: { passwordMaxAgeDays: 60 }");
            return;
        }
        Map<String, String> known = ctx.options.parameterTypes();
        Map<String, Node.Entry> seen = new HashMap<>();
        for (Node.Entry e : m.entries()) {
            String name = e.key().text();
            Node.Entry first = seen.putIfAbsent(name, e);
            if (first != null) {
                ctx.error("duplicate-key", "duplicate parameter '" + name + "' (first at "
                        + first.key().location() + ")", e.key().location(), "keep one of them");
                continue;
            }
            if (!known.isEmpty() && !known.containsKey(name)) {
                var near = Suggestions.nearest(name, known.keySet());
                ctx.error("unknown-parameter", "unknown parameter '" + name + "'"
                                + near.map(n -> " — did you mean '" + n + "'?").orElse(""), e.key().location(),
                        near.isPresent() ? "" : "known parameters: " + String.join(", ", new java.util.TreeSet<>(known.keySet())));
                continue;
            }
            if (!(e.value() instanceof Node.Scalar s) || s.isNull()) {
                ctx.error(e.value() instanceof Node.Scalar ? "null-value" : "wrong-type",
                        "parameter '" + name + "' must be a number", e.value() instanceof Node.Scalar
                                ? e.key().location() : e.value().location(), "e.g. " + name + ": 60");
                continue;
            }
            Object x = binder.scalars().decimal(s, name);
            if (x != Binder.INVALID && fitsType((BigDecimal) x, known.get(name), s)) {
                part.parameters.add(new ParameterSetting(name, (BigDecimal) x, e.key().location()));
            }
        }
    }
}

package io.github.anjian.load.internal;

import io.github.anjian.load.LoadOptions;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The streaming fast path for plain YAML: SnakeYAML's parser events, read one at a time, with
 * {@link Node} trees built only for the part being bound (one list item, one top-level value), so a
 * large file never sits in memory as a tree. Marks are kept as line and column only (the texts the
 * facts keep are shared by {@link Sharing#text}).
 *
 * <p>Anything the fast path does not handle exactly as {@link YamlReader} would (a syntax error,
 * anchors and aliases, explicit tags, nesting close to the limit, keys that are not scalars) throws
 * {@link Fallback}; the caller then discards what was bound and reads the file with {@link YamlReader}.
 */
final class YamlEvents {

    /** The fast path cannot decide; read the file with {@link YamlReader} instead. */
    static final class Fallback extends Exception {
        private static final long serialVersionUID = 1L;
        static final Fallback INSTANCE = new Fallback();

        private Fallback() {
            super("fall back to the composing reader", null, false, false);
        }
    }

    private final ParserImpl parser;
    private final String file;
    private final int maxDepth;
    private long nodes;

    YamlEvents(Reader reader, String file, LoadOptions options) throws Fallback {
        this.file = file;
        this.maxDepth = options.maxDepth();
        try {
            this.parser = new ParserImpl(new StreamReader(reader), loaderOptions(options));
        } catch (RuntimeException e) {
            throw Fallback.INSTANCE;
        }
    }

    /** SnakeYAML's options for the given limits (shared with the composing reader; here, so that
     * the fast path does not initialise SnakeYAML's tag table, which it never needs). */
    static LoaderOptions loaderOptions(LoadOptions options) {
        LoaderOptions lo = new LoaderOptions();
        lo.setMaxAliasesForCollections(options.maxAliases());
        lo.setNestingDepthLimit(options.maxDepth());
        lo.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, Math.max(1024, options.maxFileBytes())));
        lo.setAllowDuplicateKeys(true);
        lo.setAllowRecursiveKeys(false);
        lo.setProcessComments(false);
        return lo;
    }

    /** The file name used in locations. */
    String file() {
        return file;
    }

    /** Nodes built so far (each counts as the composing reader's alias budget counts). */
    long nodes() {
        return nodes;
    }

    /** The next event; any parser error falls back. */
    Event next() throws Fallback {
        try {
            return parser.getEvent();
        } catch (RuntimeException e) {
            throw Fallback.INSTANCE;
        }
    }

    /** The code point index of an event's start. */
    static int index(Event e) {
        return e.getStartMark().getIndex();
    }

    /** Counts a collection whose children the caller reads, at nesting {@code depth}. */
    void open(int depth) throws Fallback {
        nodes++;
        if (depth >= maxDepth - 1) {
            throw Fallback.INSTANCE;
        }
    }

    /** The whole node that starts with {@code e}, at nesting {@code depth} (the root is 0). */
    Node node(Event e, int depth) throws Fallback {
        open(depth);
        if (e instanceof ScalarEvent s) {
            return scalar(s);
        }
        if (e instanceof SequenceStartEvent ss) {
            plainCollection(ss.getAnchor(), ss.getTag());
            Mark m = ss.getStartMark();
            List<Node> items = new ArrayList<>();
            Event x;
            while (!((x = next()) instanceof SequenceEndEvent)) {
                items.add(node(x, depth + 1));
            }
            return new Node.Sequence(items, file, m.getLine() + 1, m.getColumn() + 1);
        }
        if (e instanceof MappingStartEvent ms) {
            plainCollection(ms.getAnchor(), ms.getTag());
            Mark m = ms.getStartMark();
            List<Node.Entry> entries = new ArrayList<>();
            Event x;
            while (!((x = next()) instanceof MappingEndEvent)) {
                Node.Scalar key = key(x);
                entries.add(new Node.Entry(key, node(next(), depth + 1)));
            }
            return new Node.Mapping(entries, file, m.getLine() + 1, m.getColumn() + 1);
        }
        throw Fallback.INSTANCE;
    }

    /** A mapping key: a plain or quoted scalar, else the fast path falls back. */
    Node.Scalar key(Event e) throws Fallback {
        if (!(e instanceof ScalarEvent k)) {
            throw Fallback.INSTANCE;
        }
        nodes++;
        return scalar(k);
    }

    /** True for the start of a sequence without anchor or tag. */
    static boolean isPlainSequence(Event e) {
        return e instanceof SequenceStartEvent s && s.getAnchor() == null && s.getTag() == null;
    }

    private static void plainCollection(String anchor, String tag) throws Fallback {
        if (anchor != null || tag != null) {
            throw Fallback.INSTANCE;
        }
    }

    private Node.Scalar scalar(ScalarEvent s) throws Fallback {
        if (s.getAnchor() != null || s.getTag() != null) {
            throw Fallback.INSTANCE;
        }
        String v = s.getValue();
        boolean plain = s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
        if (plain && v.length() == 1 && (v.charAt(0) == '!' || v.charAt(0) == '&' || v.charAt(0) == '*')) {
            throw Fallback.INSTANCE; // SnakeYAML resolves these to its non-standard !!yaml tag
        }
        Mark m = s.getStartMark();
        return new Node.Scalar(v, plain ? Node.Style.PLAIN : Node.Style.QUOTED, file,
                m.getLine() + 1, m.getColumn() + 1);
    }
}

package io.github.anjian.load.internal;

import io.github.anjian.load.LoadOptions;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentEndEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.events.StreamStartEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The streaming fast path for plain YAML: parser events, read one at a time, with {@link Node} trees
 * built only for the part being bound (one list item, one top-level value), so a large file never sits
 * in memory as a tree. The events come from {@link FactYamlScanner} (the common case) or from
 * SnakeYAML's parser; marks are kept as line and column only.
 *
 * <p>Anything the fast path does not handle exactly as {@link YamlReader} would (a syntax error,
 * anchors and aliases, explicit tags, nesting close to the limit, keys that are not scalars) throws
 * {@link Fallback}; the caller then discards what was bound and tries the next tier.
 */
final class YamlEvents {

    static final byte STREAM_START = 1;
    static final byte DOCUMENT_START = 2;
    static final byte DOCUMENT_END = 3;
    static final byte STREAM_END = 4;
    static final byte MAPPING_START = 5;
    static final byte MAPPING_END = 6;
    static final byte SEQUENCE_START = 7;
    static final byte SEQUENCE_END = 8;
    static final byte SCALAR = 9;

    /** The fast path cannot decide; read the file with the next tier instead. */
    static final class Fallback extends Exception {
        private static final long serialVersionUID = 1L;
        static final Fallback INSTANCE = new Fallback();

        private Fallback() {
            super("fall back to the composing reader", null, false, false);
        }
    }

    /**
     * A stream of events without anchors, tags or aliases. {@link #next} gives the kind of the next
     * event; the other methods describe the event last returned (0-based line and column as
     * SnakeYAML's marks give them).
     */
    interface Source {
        int next() throws Fallback;

        /** A scalar's value. */
        String value();

        /** A scalar's style: plain, or quoted. */
        boolean plain();

        int line();

        int column();

        /** The code point index of the event's start; asked for the stream end only. */
        int index();
    }

    private final Source source;
    private final String file;
    private final int maxDepth;
    private long nodes;

    private YamlEvents(Source source, String file, LoadOptions options) {
        this.source = source;
        this.file = file;
        this.maxDepth = options.maxDepth();
    }

    /** Events from the hand-written scanner over a whole text; falls back at once for anything it does not take. */
    static YamlEvents scanned(String text, String file, LoadOptions options) throws Fallback {
        return new YamlEvents(new FactYamlScanner(text, options.maxDepth()), file, options);
    }

    /** Events from SnakeYAML's parser over a reader. */
    static YamlEvents parsed(Reader reader, String file, LoadOptions options) throws Fallback {
        return new YamlEvents(new Parsed(reader, options), file, options);
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

    /** The kind of the next event. */
    int next() throws Fallback {
        return source.next();
    }

    /** The code point index of the stream end, once {@link #next} has returned it. */
    int index() {
        return source.index();
    }

    /** Counts a collection whose children the caller reads, at nesting {@code depth}. */
    void open(int depth) throws Fallback {
        nodes++;
        if (depth >= maxDepth - 1) {
            throw Fallback.INSTANCE;
        }
    }

    /** The whole node that starts with the event of kind {@code kind} just read, at nesting {@code depth} (the root is 0). */
    Node node(int kind, int depth) throws Fallback {
        open(depth);
        if (kind == SCALAR) {
            return scalar();
        }
        int line = source.line() + 1;
        int column = source.column() + 1;
        if (kind == SEQUENCE_START) {
            List<Node> items = new ArrayList<>();
            int x;
            while ((x = next()) != SEQUENCE_END) {
                items.add(node(x, depth + 1));
            }
            return new Node.Sequence(items, file, line, column);
        }
        if (kind == MAPPING_START) {
            List<Node.Entry> entries = new ArrayList<>();
            int x;
            while ((x = next()) != MAPPING_END) {
                Node.Scalar key = key(x);
                entries.add(new Node.Entry(key, node(next(), depth + 1)));
            }
            return new Node.Mapping(entries, file, line, column);
        }
        throw Fallback.INSTANCE;
    }

    /** A mapping key: a plain or quoted scalar, else the fast path falls back. */
    Node.Scalar key(int kind) throws Fallback {
        if (kind != SCALAR) {
            throw Fallback.INSTANCE;
        }
        nodes++;
        return scalar();
    }

    private Node.Scalar scalar() {
        return new Node.Scalar(source.value(), source.plain() ? Node.Style.PLAIN : Node.Style.QUOTED, file,
                source.line() + 1, source.column() + 1);
    }

    /** SnakeYAML's parser as a {@link Source}; anchors, tags and aliases fall back. */
    static final class Parsed implements Source {
        private final ParserImpl parser;
        private Event event;

        Parsed(Reader reader, LoadOptions options) throws Fallback {
            try {
                this.parser = new ParserImpl(new StreamReader(reader), loaderOptions(options));
            } catch (RuntimeException e) {
                throw Fallback.INSTANCE;
            }
        }

        @Override
        public int next() throws Fallback {
            Event e;
            try {
                e = parser.getEvent();
            } catch (RuntimeException x) {
                throw Fallback.INSTANCE;
            }
            event = e;
            if (e instanceof ScalarEvent s) {
                String v = s.getValue();
                if (s.getAnchor() != null || s.getTag() != null || s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
                        && v.length() == 1 && (v.charAt(0) == '!' || v.charAt(0) == '&' || v.charAt(0) == '*')) {
                    throw Fallback.INSTANCE; // SnakeYAML resolves those one-character scalars to its non-standard !!yaml tag
                }
                return SCALAR;
            }
            if (e instanceof CollectionStartEvent c && (c.getAnchor() != null || c.getTag() != null)) {
                throw Fallback.INSTANCE;
            }
            if (e instanceof MappingStartEvent) {
                return MAPPING_START;
            }
            if (e instanceof MappingEndEvent) {
                return MAPPING_END;
            }
            if (e instanceof SequenceStartEvent) {
                return SEQUENCE_START;
            }
            if (e instanceof SequenceEndEvent) {
                return SEQUENCE_END;
            }
            if (e instanceof DocumentStartEvent) {
                return DOCUMENT_START;
            }
            if (e instanceof DocumentEndEvent) {
                return DOCUMENT_END;
            }
            if (e instanceof StreamStartEvent) {
                return STREAM_START;
            }
            if (e instanceof StreamEndEvent) {
                return STREAM_END;
            }
            throw Fallback.INSTANCE; // an alias
        }

        @Override
        public String value() {
            return ((ScalarEvent) event).getValue();
        }

        @Override
        public boolean plain() {
            return ((ScalarEvent) event).getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
        }

        @Override
        public int line() {
            return event.getStartMark().getLine();
        }

        @Override
        public int column() {
            return event.getStartMark().getColumn();
        }

        @Override
        public int index() {
            Mark m = event.getStartMark();
            return m.getIndex();
        }
    }
}

package io.github.anjian.load.internal;

import io.github.anjian.facts.SourceLocation;

import java.util.List;

/** A parsed YAML or JSON value that knows where it starts; the loader's only view of a document. */
public sealed interface Node permits Node.Scalar, Node.Mapping, Node.Sequence {

    /** Where the node starts. */
    SourceLocation location();

    /** How a scalar was written, which decides how it may be typed. */
    enum Style { PLAIN, QUOTED, JSON_NUMBER, JSON_BOOLEAN, JSON_NULL }

    /** A scalar with its raw text; the place is kept as numbers and made a location on demand. */
    record Scalar(String text, Style style, String file, int line, int column) implements Node {
        Scalar(String text, Style style, SourceLocation at) {
            this(text, style, at.file(), at.line(), at.column());
        }

        @Override
        public SourceLocation location() {
            return new SourceLocation(file, line, column);
        }

        /** True for a YAML null ({@code ~}, {@code null}, empty) or a JSON null. */
        public boolean isNull() {
            return style == Style.JSON_NULL || style == Style.PLAIN
                    && (text.isEmpty() || text.equals("~") || text.equals("null") || text.equals("Null")
                    || text.equals("NULL"));
        }

        /** True when the scalar reads {@code none}. */
        public boolean isNone() {
            return (style == Style.PLAIN || style == Style.QUOTED) && text.equals("none");
        }
    }

    /** One key and its value. */
    record Entry(Scalar key, Node value) {
    }

    /** A mapping, entries in file order, duplicates kept. */
    record Mapping(List<Entry> entries, String file, int line, int column) implements Node {
        Mapping(List<Entry> entries, SourceLocation at) {
            this(entries, at.file(), at.line(), at.column());
        }

        @Override
        public SourceLocation location() {
            return new SourceLocation(file, line, column);
        }
    }

    /** A sequence. */
    record Sequence(List<Node> items, String file, int line, int column) implements Node {
        Sequence(List<Node> items, SourceLocation at) {
            this(items, at.file(), at.line(), at.column());
        }

        @Override
        public SourceLocation location() {
            return new SourceLocation(file, line, column);
        }
    }
}

package io.github.anjian.load.internal;

import io.github.anjian.facts.SourceLocation;

import java.util.List;

/** A parsed YAML or JSON value that knows where it starts; the loader's only view of a document. */
public sealed interface Node permits Node.Scalar, Node.Mapping, Node.Sequence {

    /** Where the node starts. */
    SourceLocation location();

    /** How a scalar was written, which decides how it may be typed. */
    enum Style { PLAIN, QUOTED, JSON_NUMBER, JSON_BOOLEAN, JSON_NULL }

    /** A scalar with its raw text. */
    record Scalar(String text, Style style, SourceLocation location) implements Node {
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
    record Mapping(List<Entry> entries, SourceLocation location) implements Node {
    }

    /** A sequence. */
    record Sequence(List<Node> items, SourceLocation location) implements Node {
    }
}

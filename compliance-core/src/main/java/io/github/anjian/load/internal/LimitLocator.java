package io.github.anjian.load.internal;

import io.github.anjian.load.LoadOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;

/**
 * Finds where a document first breaks the alias or nesting limit, for SnakeYAML's composer reports
 * these without a place. Walks the parser's event stream, which is not recursive and builds nothing.
 */
final class LimitLocator {
    private LimitLocator() {
    }

    /** The mark of the first collection alias past the limit or the first collection nested too deep, or null. */
    static Mark locate(String text, LoaderOptions lo, LoadOptions options) {
        Set<String> collectionAnchors = new HashSet<>();
        int aliases = 0;
        int depth = 0;
        try {
            ParserImpl parser = new ParserImpl(new StreamReader(new StringReader(text)), lo);
            while (parser.peekEvent() != null) {
                Event e = parser.getEvent();
                if (e instanceof CollectionStartEvent c) {
                    if (c.getAnchor() != null) {
                        collectionAnchors.add(c.getAnchor());
                    }
                    if (++depth > options.maxDepth()) {
                        return e.getStartMark();
                    }
                } else if (e instanceof CollectionEndEvent) {
                    depth--;
                } else if (e instanceof AliasEvent a && collectionAnchors.contains(a.getAnchor())
                        && ++aliases > options.maxAliases()) {
                    return e.getStartMark();
                }
            }
        } catch (YAMLException e) {
            return null;
        }
        return null;
    }
}

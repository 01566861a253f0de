package io.github.anjian.load.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.anjian.facts.SourceLocation;
import io.github.anjian.load.Diagnostic;
import io.github.anjian.load.LoadOptions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads one JSON document into a {@link Node} tree with Jackson's streaming parser and token locations. */
final class JsonReader {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final LoadOptions options;

    JsonReader(LoadOptions options) {
        this.options = options;
    }

    /** The document's root node, or null when the document holds nothing. */
    Node read(String file, String text) throws FileProblem {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return null;
            }
            Node root = value(p, t, file, 0);
            if (p.nextToken() != null) {
                throw new FileProblem(Diagnostic.error("json-syntax", "text after the end of the document",
                        loc(file, p.currentTokenLocation()), "a JSON fact file holds one object"));
            }
            return root;
        } catch (JsonParseException e) {
            JsonLocation l = e.getLocation();
            String msg = e.getOriginalMessage();
            throw new FileProblem(Diagnostic.error("json-syntax", "JSON syntax error: " + msg,
                    l == null ? new SourceLocation(file, 1, 1) : loc(file, l), "check commas, brackets and quotes"));
        } catch (IOException e) {
            throw new FileProblem(Diagnostic.error("json-syntax", "JSON syntax error: " + e.getMessage(),
                    new SourceLocation(file, 1, 1), ""));
        }
    }

    private Node value(JsonParser p, JsonToken t, String file, int depth) throws IOException, FileProblem {
        SourceLocation loc = loc(file, p.currentTokenLocation());
        if (depth > options.maxDepth()) {
            throw new FileProblem(Diagnostic.error("nesting-too-deep",
                    "nesting deeper than " + options.maxDepth() + " levels", loc, "flatten the document"));
        }
        switch (t) {
            case START_OBJECT: {
                List<Node.Entry> entries = new ArrayList<>();
                JsonToken k;
                while ((k = p.nextToken()) == JsonToken.FIELD_NAME) {
                    Node.Scalar key = new Node.Scalar(p.currentName(), Node.Style.QUOTED,
                            loc(file, p.currentTokenLocation()));
                    entries.add(new Node.Entry(key, value(p, p.nextToken(), file, depth + 1)));
                }
                return new Node.Mapping(entries, loc);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                JsonToken i;
                while ((i = p.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(value(p, i, file, depth + 1));
                }
                return new Node.Sequence(items, loc);
            }
            case VALUE_STRING:
                return new Node.Scalar(p.getText(), Node.Style.QUOTED, loc);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Node.Scalar(p.getText(), Node.Style.JSON_NUMBER, loc);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Node.Scalar(p.getText(), Node.Style.JSON_BOOLEAN, loc);
            case VALUE_NULL:
                return new Node.Scalar("null", Node.Style.JSON_NULL, loc);
            default:
                throw new FileProblem(Diagnostic.error("json-syntax", "unexpected " + t, loc, ""));
        }
    }

    private static SourceLocation loc(String file, JsonLocation l) {
        return new SourceLocation(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }
}

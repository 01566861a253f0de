package io.github.anjian.load.internal;

import io.github.anjian.facts.SourceLocation;
import io.github.anjian.load.Diagnostic;
import io.github.anjian.load.LoadOptions;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads one YAML document into a {@link Node} tree with SnakeYAML's composer: nothing is ever
 * constructed, explicit non-standard tags are refused, and aliases, nesting and size are bounded.
 */
final class YamlReader {

    private static final Set<String> STANDARD_TAGS = Set.of(Tag.STR.getValue(), Tag.INT.getValue(),
            Tag.BOOL.getValue(), Tag.NULL.getValue(), Tag.FLOAT.getValue(), Tag.MAP.getValue(),
            Tag.SEQ.getValue(), Tag.TIMESTAMP.getValue(), Tag.MERGE.getValue());

    private final LoadOptions options;

    YamlReader(LoadOptions options) {
        this.options = options;
    }

    /** The document's root node, or null when the document holds nothing. */
    Node read(String file, String text) throws FileProblem {
        LoaderOptions lo = YamlEvents.loaderOptions(options);
        org.yaml.snakeyaml.nodes.Node root;
        try {
            // what Yaml.compose does, without the Yaml facade (its constructor and representer are not needed)
            root = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), lo), new Resolver(), lo)
                    .getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw problem(file, m, e.getProblem() == null ? e.getMessage() : e.getProblem());
        } catch (YAMLException e) {
            throw problem(file, LimitLocator.locate(text, lo, options), e.getMessage());
        }
        if (root == null) {
            return null;
        }
        return new Converter(file, text.length() + 100_000L).convert(root, 0);
    }

    private FileProblem problem(String file, Mark mark, String message) {
        SourceLocation loc = mark == null ? new SourceLocation(file, 1, 1) : location(file, mark);
        String msg = message == null ? "" : message;
        if (msg.contains("tag is not allowed")) {
            return new FileProblem(Diagnostic.error("yaml-tag", msg.strip(), loc,
                    "remove the tag; fact files use plain YAML only"));
        }
        if (msg.contains("aliases")) {
            return new FileProblem(Diagnostic.error("yaml-alias-limit",
                    "too many aliases (more than " + options.maxAliases() + ")", loc,
                    "write the values out; aliases are limited to guard against alias bombs"));
        }
        if (msg.contains("Nesting Depth")) {
            return new FileProblem(Diagnostic.error("nesting-too-deep",
                    "nesting deeper than " + options.maxDepth() + " levels", loc, "flatten the document"));
        }
        if (msg.contains("code points")) {
            return new FileProblem(Diagnostic.error("file-too-large",
                    "the document exceeds the size limit", loc, "split the facts over several files"));
        }
        return new FileProblem(Diagnostic.error("yaml-syntax", "YAML syntax error: " + msg.strip(), loc,
                "check indentation, colons and quotes near this place"));
    }

    static SourceLocation location(String file, Mark m) {
        return new SourceLocation(file, m.getLine() + 1, m.getColumn() + 1);
    }

    /** Turns SnakeYAML nodes into ours, expanding aliases within a budget. */
    private final class Converter {
        private final String file;
        private long budget;

        Converter(String file, long budget) {
            this.file = file;
            this.budget = budget;
        }

        Node convert(org.yaml.snakeyaml.nodes.Node n, int depth) throws FileProblem {
            Mark mark = n.getStartMark();
            int line = mark.getLine() + 1;
            int column = mark.getColumn() + 1;
            if (--budget < 0) {
                SourceLocation loc = new SourceLocation(file, line, column);
                throw new FileProblem(Diagnostic.error("yaml-alias-limit",
                        "aliases expand the document beyond its own size", loc,
                        "write the values out; an alias bomb is refused"));
            }
            if (depth > options.maxDepth()) {
                throw new FileProblem(Diagnostic.error("nesting-too-deep",
                        "nesting deeper than " + options.maxDepth() + " levels", new SourceLocation(file, line, column),
                        "flatten the document"));
            }
            String tag = n.getTag().getValue();
            if (!STANDARD_TAGS.contains(tag)) {
                throw new FileProblem(Diagnostic.error("yaml-tag", "the tag '" + tag + "' is not allowed",
                        new SourceLocation(file, line, column),
                        "remove the tag; fact files use plain YAML only"));
            }
            if (n instanceof ScalarNode s) {
                Node.Style style = s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
                        ? Node.Style.PLAIN : Node.Style.QUOTED;
                return new Node.Scalar(s.getValue(), style, file, line, column);
            }
            if (n instanceof SequenceNode seq) {
                List<Node> items = new ArrayList<>(seq.getValue().size());
                for (org.yaml.snakeyaml.nodes.Node item : seq.getValue()) {
                    items.add(convert(item, depth + 1));
                }
                return new Node.Sequence(items, file, line, column);
            }
            MappingNode map = (MappingNode) n;
            List<Node.Entry> entries = new ArrayList<>(map.getValue().size());
            for (NodeTuple t : map.getValue()) {
                Node key = convert(t.getKeyNode(), depth + 1);
                if (!(key instanceof Node.Scalar sk)) {
                    throw new FileProblem(Diagnostic.error("wrong-type", "a key must be plain text",
                            key.location(), "write the key as a word"));
                }
                entries.add(new Node.Entry(sk, convert(t.getValueNode(), depth + 1)));
            }
            return new Node.Mapping(entries, file, line, column);
        }
    }
}

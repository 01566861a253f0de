package io.github.anjian.load.internal;

import io.github.anjian.load.LoadOptions;
import io.github.anjian.load.bench.DeviceFileGenerator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
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

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written scanner gives exactly SnakeYAML's parser events (kind, value, style, start line and
 * column, the stream end's index) or falls back: for every YAML file in the repository, for generated
 * bodies, for hand-picked cases and for mutated texts.
 */
class FactYamlScannerTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final LoadOptions OPTIONS = LoadOptions.defaults();
    private static final List<String> CORPUS = corpus();

    private static List<String> corpus() {
        List<String> out = new ArrayList<>();
        for (Path p : yamlFiles()) {
            out.add(read(p));
        }
        return out;
    }

    private static List<Path> yamlFiles() {
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(p -> p.toString().matches(".*\\.ya?ml$") && Files.isRegularFile(p))
                    .filter(p -> {
                        String rel = ROOT.relativize(p).toString().replace('\\', '/');
                        return !rel.contains("/target/") && !rel.startsWith("target/") && !rel.startsWith(".");
                    })
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return new String(Files.readAllBytes(p), StandardCharsets.UTF_8); // invalid bytes become U+FFFD
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> generated() {
        return List.of(read(Path.of("src/test/resources/scanner/generated-body-30.yaml")), DeviceFileGenerator.yaml(300));
    }

    @Test
    void everyRepositoryFileAgreesOrFallsBack() {
        List<Path> files = yamlFiles();
        assertThat(files).hasSizeGreaterThan(400);
        List<String> fellBack = new ArrayList<>();
        for (Path p : files) {
            String text = read(p);
            boolean taken = agrees(text);
            if (!taken) {
                fellBack.add(ROOT.relativize(p).toString());
            }
            // the same file with Windows line ends: taken alike
            assertThat(agrees(text.replace("\r\n", "\n").replace("\n", "\r\n"))).as(p + " with CRLF").isEqualTo(taken);
        }
        System.out.printf("FactYamlScanner: %d of %d repository YAML files fall back: %s%n", fellBack.size(), files.size(), fellBack);
        for (String f : fellBack) {
            assertThat(f).as("a bundled example must take the scanner").doesNotStartWith("compliance-examples/examples");
        }
    }

    @Test
    void manyShortPlainScalarsThatShareSlotsKeepTheirOwnTexts() {
        // the scanner reuses an earlier equal short scalar: thousands of distinct ones, in block and flow
        // context, of equal hashes ("Aa" and "BB") and of 32 and 33 chars, must each keep their own text
        StringBuilder b = new StringBuilder("items:\n");
        for (int i = 0; i < 3000; i++) {
            b.append("  - { k").append(i % 97).append(": v").append(i).append(", Aa: BB, BB: Aa }\n");
            b.append("  - x").append(i * 7919).append('\n');
        }
        b.append("  - ").append("y".repeat(32)).append("\n  - ").append("y".repeat(33)).append('\n');
        assertThat(agrees(b.toString())).isTrue();
    }

    @Test
    void generatedBodiesAndExamplesTakeTheScanner() {
        List<String> texts = new ArrayList<>(generated());
        for (Path p : yamlFiles()) {
            if (ROOT.relativize(p).toString().startsWith("compliance-examples/examples")) {
                texts.add(read(p));
            }
        }
        assertThat(texts).hasSizeGreaterThan(3);
        for (String text : texts) {
            assertThat(agrees(text)).as(text.substring(0, Math.min(200, text.length()))).isTrue();
        }
    }

    @Test
    void handPickedCases() {
        String[] taken = {
            "a: 1\n",
            "a: 1",
            "a:\n",
            "a:",
            "a:\nb: 2\n",
            "a: # c\n  b: 2\n",
            "---\na: 1\n",
            "# head\n--- # c\na: 1\n...\n",
            "a: 1\n...\n# tail\n...\n",
            "a:\n- 1\n- 2\nb: 3\n",
            "a:\n- x: 1\n  y: 2\n-\n- [1, 2]\nb:\n",
            "a:\n  - 1\n  -\n  - x\n",
            "  a: 1\n  b:\n    - c\n",
            "a: { b: 1, c: [x, y, ], d: {}, e: [], f: , g: }\n",
            "a: {b: 1, \"c\":d, e:[f], g: h i  j}\n",
            "a: [ -1, -x, a:b, 'q''q', \"\\x41\\u00e9\\n\\\\\" ]\n",
            "'a': \"b\"\n\"c d\" : e\n",
            "a: b#c\nd: e #f\ng: 'h'#i\n",
            "a: 10:30\nurl: http://x.y/z?q=1#f\nk: -x\n",
            "a: ?x\nb: :y\nc: x,y[z]{w}\n",
            "a: 中文 名字\n键: 值\n",
            "a: b\n\n\n   \nc: d\n",
            "- a\n- b: c\n  d: e\n",
            "a:\n  b:\n    c:\n  d: 1\ne: 2\n",
            "a: ~\nb: null\nc: ''\nd: \"\"\n",
            "a: b\r\nc:\r\n- d\r\n-\r\n# e\r\n\r\n",
        };
        for (String text : taken) {
            assertThat(reference(text)).as(text).isNotNull();
            assertThat(scanned(text)).as(text).isEqualTo(reference(text));
        }
        String[] fallBack = {
            "", "# only\n", "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: |\n  x\n", "a: >\n  x\n", "a: b\n  c\n",
            "a: 'b\n  c'\n", "a:\tb\n", "a: b\rc: d\r\n", "a: b\r", "\uFEFFa: 1\n", "? a\n: b\n", "%YAML 1.1\n---\na: 1\n",
            "a: 1\n---\nb: 2\n", "a: [1,\n 2]\n", "a: \"\\U0001F600\"\n", "a: 😀\n", "a: \u0001\n", "a: b: c\n",
            "a: 1\n  b: 2\n", "k: -\n", "[a]: 1\n", "a\n", "- - a\n", "a: - b\n", "{a: 1}\n", "a: {b}\n", "a: [b: c]\n",
            "a: @x\n", "a: `x`\n", "a:\n- 1\n b: 2\n",
        };
        for (String text : fallBack) {
            assertThat(scanned(text)).as(text).isNull();
        }
    }

    @Property(tries = 8000)
    void mutatedTextsAgreeOrFallBack(@ForAll long seed, @ForAll @IntRange(min = 0, max = 10_000) int which,
                                     @ForAll @IntRange(min = 1, max = 4) int mutations) {
        Random random = new Random(seed);
        String text = CORPUS.get(which % CORPUS.size());
        if (text.length() > 20_000) {
            text = text.substring(0, 20_000);
        }
        if (seed % 3 == 0) {
            text = text.replace("\n", "\r\n");
        }
        for (int i = 0; i < mutations; i++) {
            text = mutate(text, random);
        }
        Statistics.label("scanner").collect(assertAgreesOrFallsBack(text) ? "taken" : "fell back");
    }

    private static final String[] KEYS = {"a", "b", "k k", "'q'", "\"x y\"", "-1", "?x", ":x", "中文", "a:b", "a ", "''"};
    private static final String[] VALUES = {"plain text", "[1, 2]", "{k: v}", "{ k: [a, {b: c}], }", "'it''s'",
        "\"e\\n\\x41\\u00e9\"", "{a: }", "[ ]", "{}", "~", "x #y", "v,w", "url:x", "-", "a: b", "[a: 1]", "{a: 1, b}",
        "&x y", "*x", "!t y", "|", ">", "'", "\"", "a#b", "two  spaces ", "[a, [b, {c: d}]]", "{\"q\":r}", "[-x, -]", "-x",
        "...", "---", "? x", ": x", "- x", "%x", "@x", "[a,]", "[,]", "{a:[b]}", "[a]]", "\"\\/\"", "\"\\U00000041\""};
    private static final String[] PIECES = {"- ", "-", ": ", ":", "# c", " ", "[", "]", "{", "}", ",", "'", "\"", "---", "...",
        "\t", "&", "*", "!", "|", "?", "%"};

    /** Random texts of a few lines of "- key: value # comment" parts at random indentation: agree or fall back. */
    @Property(tries = 40000)
    void piecedTextsAgreeOrFallBack(@ForAll long seed) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int lines = 1 + random.nextInt(8); lines > 0; lines--) {
            sb.append(" ".repeat(random.nextInt(4) == 0 ? random.nextInt(5) : 2 * random.nextInt(3)));
            if (random.nextInt(10) < 3) {
                sb.append(random.nextInt(8) == 0 ? "-" : "- ");
            }
            if (random.nextInt(10) < 6) {
                sb.append(KEYS[random.nextInt(KEYS.length)]).append(random.nextInt(8) == 0 ? ":" : ": ");
            }
            if (random.nextInt(10) < 7) {
                sb.append(VALUES[random.nextInt(VALUES.length)]);
            }
            if (random.nextInt(10) == 0) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            if (random.nextInt(10) == 0) {
                sb.append(" # c");
            }
            if (random.nextInt(12) > 0) {
                sb.append(random.nextInt(6) == 0 ? "\r\n" : "\n");
            }
        }
        String text = sb.toString();
        Statistics.label("scanner").collect(assertAgreesOrFallsBack(text) ? "taken"
                : reference(text) == null ? "fell back, SnakeYAML rejects" : "fell back, SnakeYAML takes");
    }

    private static final String ALPHABET = ":-{}[],#'\"\n &*!|>?%@`\\.~ \t\rab z09-中";

    private static String mutate(String text, Random random) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length());
        String c = String.valueOf(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return switch (random.nextInt(5)) {
            case 0 -> text.substring(0, at) + c + text.substring(at);
            case 1 -> text.isEmpty() ? c : text.substring(0, at) + c + text.substring(at + 1);
            case 2 -> text.isEmpty() ? text : text.substring(0, at) + text.substring(at + 1);
            case 3 -> text.substring(0, at) + c + c + text.substring(at);
            default -> {
                // move to a line start and change its indentation
                int start = text.lastIndexOf('\n', at) + 1;
                yield random.nextBoolean() ? text.substring(0, start) + " " + text.substring(start)
                        : text.startsWith(" ", start) ? text.substring(0, start) + text.substring(start + 1) : text;
            }
        };
    }

    /** True when the scanner takes the text (and then agrees), false when it falls back. */
    private static boolean agrees(String text) {
        List<String> scanned = scanned(text);
        if (scanned == null) {
            return false;
        }
        assertThat(scanned).as(text).isEqualTo(reference(text));
        return true;
    }

    /** Asserts that the scanner falls back or agrees with SnakeYAML; true when it took the text. */
    private static boolean assertAgreesOrFallsBack(String text) {
        List<String> scanned = scanned(text);
        if (scanned == null) {
            return false;
        }
        List<String> reference = reference(text);
        assertThat(reference).as("SnakeYAML rejects what the scanner took:\n" + text).isNotNull();
        assertThat(scanned).as(text).isEqualTo(reference);
        return true;
    }

    /** The scanner's events, or null when it falls back. */
    static List<String> scanned(String text) {
        FactYamlScanner scanner;
        try {
            scanner = new FactYamlScanner(text, OPTIONS.maxDepth());
        } catch (YamlEvents.Fallback e) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = scanner.size(); i > 0; i--) {
            int kind = scanner.next();
            String v = kind == YamlEvents.SCALAR ? " " + (scanner.plain() ? "plain" : "quoted") + " |" + scanner.value() + "|" : "";
            String end = kind == YamlEvents.STREAM_END ? " #" + scanner.index() : "";
            out.add(kind + v + " @" + scanner.line() + ":" + scanner.column() + end);
        }
        return out;
    }

    /** SnakeYAML's parser events in the same form, or null when it throws. */
    static List<String> reference(String text) {
        try {
            ParserImpl parser = new ParserImpl(new StreamReader(new StringReader(text)), YamlEvents.loaderOptions(OPTIONS));
            List<String> out = new ArrayList<>();
            while (true) {
                Event e = parser.getEvent();
                Mark m = e.getStartMark();
                String v = "";
                if (e instanceof ScalarEvent s) {
                    v = " " + (s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN ? "plain" : "quoted") + " |"
                            + s.getValue() + "|" + (s.getAnchor() != null ? " &" : "") + (s.getTag() != null ? " !" : "");
                } else if (e instanceof CollectionStartEvent c) {
                    v = (c.getAnchor() != null ? " &" : "") + (c.getTag() != null ? " !" : "");
                }
                String end = e instanceof StreamEndEvent ? " #" + m.getIndex() : "";
                out.add(kind(e) + v + " @" + m.getLine() + ":" + m.getColumn() + end);
                if (e instanceof StreamEndEvent) {
                    return out;
                }
            }
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String kind(Event e) {
        if (e instanceof StreamStartEvent) {
            return String.valueOf(YamlEvents.STREAM_START);
        }
        if (e instanceof DocumentStartEvent) {
            return String.valueOf(YamlEvents.DOCUMENT_START);
        }
        if (e instanceof DocumentEndEvent) {
            return String.valueOf(YamlEvents.DOCUMENT_END);
        }
        if (e instanceof StreamEndEvent) {
            return String.valueOf(YamlEvents.STREAM_END);
        }
        if (e instanceof MappingStartEvent) {
            return String.valueOf(YamlEvents.MAPPING_START);
        }
        if (e instanceof MappingEndEvent) {
            return String.valueOf(YamlEvents.MAPPING_END);
        }
        if (e instanceof SequenceStartEvent) {
            return String.valueOf(YamlEvents.SEQUENCE_START);
        }
        if (e instanceof SequenceEndEvent) {
            return String.valueOf(YamlEvents.SEQUENCE_END);
        }
        if (e instanceof ScalarEvent) {
            return String.valueOf(YamlEvents.SCALAR);
        }
        return e instanceof AliasEvent ? "alias" : e.getClass().getSimpleName();
    }
}

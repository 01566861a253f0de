package io.github.anjian.load.internal;

import io.github.anjian.facts.Facts;
import io.github.anjian.load.FactLoader;
import io.github.anjian.load.LoadOptions;
import io.github.anjian.load.LoadResult;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streaming fast path and the composing reader agree: the same diagnostics and the same facts for
 * valid files and for mutated ones (whatever the fast path cannot decide, it hands to the composing
 * reader, so the two must never differ).
 */
class StreamingAgreementTest {

    private static final String[] VALUES = {"yes", "[]", "{}", "none", "~", "", "12", "-1", "0", "2024-13-01",
            "2030-01-01", "\"x\"", "true", "&a [1]", "*a", "!!str x", "!x y", "{ complete: false }",
            "{ complete: false, items: [ ~ ] }", "all", "internal", "[ { id: x } ]", "1e9", "'", "[", "\t", "!", "p-1",
            "[ d-1, d-1 ]", "{ a: 1, a: 2 }"};
    private static final List<String> BASES = bases();

    private static List<String> bases() {
        try (Stream<Path> s = Stream.concat(Files.walk(Path.of("src/test/resources/valid")),
                Files.list(Path.of("../compliance-examples/examples/seed-bureau")))) {
            List<String> out = new ArrayList<>();
            for (Path p : s.filter(p -> p.toString().matches(".*\\.ya?ml$")).sorted().toList()) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void validFilesAgree() {
        for (String text : BASES) {
            assertAgree(text);
        }
    }

    @Test
    void decimalsAreRecognisedAsTheRegexDid() {
        Pattern regex = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");
        String[] samples = {"", "+", "-", ".", "1", "-1", "+1.", ".5", "1.5", "1e5", "1E-5", "1.e5", ".e5", "e5", "1e",
                "1e+", "1.5.5", "0x10", "1_000", "12a", " 1", "1 ", "--1", "٣"};
        for (String t : samples) {
            assertThat(ScalarTyping.isDecimal(t)).as(t).isEqualTo(regex.matcher(t).matches());
        }
        Random random = new Random(7);
        String alphabet = "0123456789.eE+-x";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(7); n > 0; n--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = sb.toString();
            assertThat(ScalarTyping.isDecimal(t)).as(t).isEqualTo(regex.matcher(t).matches());
        }
    }

    @Property(tries = 300)
    void mutatedFilesAgree(@ForAll long seed, @ForAll @IntRange(min = 0, max = 99) int which,
                           @ForAll @IntRange(min = 1, max = 3) int mutations) {
        Random random = new Random(seed);
        String text = BASES.get(which % BASES.size());
        for (int i = 0; i < mutations; i++) {
            text = mutate(text, random);
        }
        assertAgree(text);
    }

    private static String mutate(String text, Random random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int i = random.nextInt(lines.size());
        switch (random.nextInt(6)) {
            case 0 -> lines.remove(i);
            case 1 -> lines.add(i, lines.get(random.nextInt(lines.size())));
            case 2 -> {
                String line = lines.get(i);
                int colon = line.indexOf(": ");
                if (colon >= 0) {
                    lines.set(i, line.substring(0, colon + 2) + VALUES[random.nextInt(VALUES.length)]);
                }
            }
            case 3 -> {
                int j = random.nextInt(lines.size());
                String x = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, x);
            }
            case 4 -> {
                String line = lines.get(i);
                int at = line.isEmpty() ? 0 : random.nextInt(line.length());
                String chars = "\"'[]{}:-#&*!,\t x";
                lines.set(i, line.substring(0, at) + chars.charAt(random.nextInt(chars.length())) + line.substring(at));
            }
            default -> {
                return text.substring(0, random.nextInt(text.length() + 1));
            }
        }
        return String.join("\n", lines);
    }

    @Test
    void everyRepositoryFileLoadsAlikeOnEveryTier() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().matches(".*\\.ya?ml$") && Files.isRegularFile(p))
                    .filter(p -> !root.relativize(p).toString().replace('\\', '/').matches("(.*/)?(target|\\..*)/.*"))
                    .sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(400);
        LoadOptions options = LoadOptions.defaults().withRequirementIds(java.util.Set.of("ORG-01", "DEV-01"));
        for (Path p : files) {
            LoadResult scanned = FactLoader.with(options).load(List.of(p));
            LoadResult parsed = new LoadRun(options, true, false).load(List.of(p));
            LoadResult composed = new LoadRun(options, false).load(List.of(p));
            assertSame(p.toString(), scanned, composed);
            assertSame(p.toString(), parsed, composed);
        }
    }

    private static void assertAgree(String text) {
        LoadOptions options = LoadOptions.defaults().withRequirementIds(java.util.Set.of("ORG-01", "DEV-01"));
        LoadResult composed = new LoadRun(options, false).loadText("f.yaml", text);
        assertSame(text, new LoadRun(options, true).loadText("f.yaml", text), composed);
        assertSame(text, new LoadRun(options, true, false).loadText("f.yaml", text), composed);
    }

    /** The same diagnostics and the same facts. */
    private static void assertSame(String what, LoadResult streamed, LoadResult composed) {
        assertThat(streamed.diagnostics()).as(what).isEqualTo(composed.diagnostics());
        assertThat(streamed.facts().isPresent()).as(what).isEqualTo(composed.facts().isPresent());
        if (streamed.facts().isPresent()) {
            Facts a = streamed.facts().get();
            Facts b = composed.facts().get();
            assertThat(a.organization()).isEqualTo(b.organization());
            for (String key : TopLevelSpec.get().lists().keySet()) {
                assertThat(list(a, key)).as(what + ": " + key).isEqualTo(list(b, key));
            }
        }
    }

    private static Object list(Facts facts, String key) {
        try {
            return Facts.class.getMethod(key).invoke(facts);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

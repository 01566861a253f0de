package io.github.anjian.load;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Mutated valid fact files (keys deleted, duplicated, misspelt, retyped, values swapped for other
 * types, lines swapped, files truncated, random bytes inserted) always end in facts or in located
 * diagnostics: never an exception, never a hang.
 */
class LoaderRobustnessPropertiesTest {

    private static final Set<String> FILE_LEVEL = Set.of("file-not-found", "not-a-file", "no-fact-files", "file-too-large");
    private static final String[] VALUES = {"yes", "[]", "{}", "none", "~", "", "12", "-1", "0", "2024-13-01",
            "2024-02-30", "\"x\"", "true", "&a [1]", "*a", "!!str x", "!!python/object:os.system x", "{ complete: false }",
            "{ complete: false, items: [ ~ ] }", "all", "internal", "[ { id: x } ]", "1e9", "99999999999", "'", "[", "\t"};
    private static final List<Base> BASES = bases();

    private record Base(String name, byte[] bytes) {
    }

    private static List<Base> bases() {
        try (Stream<Path> s = Stream.concat(Files.walk(Path.of("src/test/resources/valid")), Files.list(SeedExampleTest.SEED))) {
            List<Base> out = new ArrayList<>();
            for (Path p : s.filter(p -> p.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList()) {
                out.add(new Base(p.getFileName().toString(), Files.readAllBytes(p)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 400)
    void everyMutatedFileEndsInFactsOrLocatedDiagnostics(@ForAll long seed, @ForAll @IntRange(min = 0, max = 99) int which,
                                                          @ForAll @IntRange(min = 1, max = 4) int mutations) throws IOException {
        Base base = BASES.get(which % BASES.size());
        Random random = new Random(seed);
        byte[] bytes = base.bytes();
        for (int i = 0; i < mutations; i++) {
            bytes = mutate(bytes, random);
        }
        Path dir = Files.createTempDirectory("anjian-prop");
        Path file = dir.resolve(base.name());
        Files.write(file, bytes);
        try {
            LoadResult r = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> FactLoader.defaults().load(List.of(file)));
            assertThat(r).isNotNull();
            if (r.facts().isEmpty()) {
                assertThat(r.errors()).isNotEmpty();
            }
            for (Diagnostic d : r.diagnostics()) {
                assertThat(d.location().file()).isEqualTo(file.toString());
                assertThat(d.code()).isNotBlank();
                if (!FILE_LEVEL.contains(d.code())) {
                    assertThat(d.location().line()).as("%s", d).isPositive();
                    assertThat(d.location().column()).as("%s", d).isPositive();
                }
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private static byte[] mutate(byte[] bytes, Random r) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int n = lines.size();
        int at = r.nextInt(n);
        switch (r.nextInt(8)) {
            case 0 -> lines.remove(at);
            case 1 -> lines.add(at, lines.get(at));
            case 2 -> lines.set(at, misspell(lines.get(at), r));
            case 3 -> lines.set(at, retype(lines.get(at), r));
            case 4 -> {
                int other = r.nextInt(n);
                String t = lines.get(at);
                lines.set(at, lines.get(other));
                lines.set(other, t);
            }
            case 5 -> {
                return java.util.Arrays.copyOf(bytes, r.nextInt(bytes.length + 1));
            }
            case 6 -> {
                byte[] out = new byte[bytes.length + 1 + r.nextInt(4)];
                int pos = r.nextInt(bytes.length + 1);
                System.arraycopy(bytes, 0, out, 0, pos);
                for (int i = pos; i < pos + out.length - bytes.length; i++) {
                    out[i] = (byte) r.nextInt(256);
                }
                System.arraycopy(bytes, pos, out, pos + out.length - bytes.length, bytes.length - pos);
                return out;
            }
            default -> lines.set(at, lines.get(at).replaceFirst("^(\\s*)(- )?", "$1$2" + "  "));
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static String misspell(String line, Random r) {
        int colon = line.indexOf(':');
        if (colon < 2) {
            return line;
        }
        char[] c = line.toCharArray();
        int i = 1 + r.nextInt(colon - 1);
        char t = c[i];
        c[i] = c[i - 1];
        c[i - 1] = t;
        return new String(c);
    }

    private static String retype(String line, Random r) {
        int colon = line.indexOf(": ");
        return colon < 0 ? line + " " + VALUES[r.nextInt(VALUES.length)]
                : line.substring(0, colon + 2) + VALUES[r.nextInt(VALUES.length)];
    }
}

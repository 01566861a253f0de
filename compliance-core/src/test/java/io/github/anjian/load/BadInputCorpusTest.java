package io.github.anjian.load;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every file under {@code bad/} states the diagnostic it must give: YAML files in a first-line comment
 * {@code # expect: CODE LINE:COL [text in the message]}, JSON files in a sidecar {@code NAME.json.expect},
 * folders {@code NAME.d/} in a file {@code expect}: {@code CODE FILE LINE:COL [text]}.
 */
class BadInputCorpusTest {

    static final Path BAD = Path.of("src/test/resources/bad");
    private static final Pattern EXPECT = Pattern.compile("(\\S+)(?: (\\S+))? (\\d+):(\\d+)(?: (.*))?");

    record Case(Path input, String code, String file, int line, int column, String text) {
    }

    static Stream<Arguments> corpus() throws IOException {
        try (Stream<Path> s = Files.list(BAD)) {
            return s.sorted().filter(p -> !p.toString().endsWith(".expect")).map(BadInputCorpusTest::caseOf)
                    .map(c -> Arguments.of(Named.of(c.input().getFileName().toString(), c))).toList().stream();
        }
    }

    private static Case caseOf(Path p) {
        try {
            String spec;
            if (Files.isDirectory(p)) {
                spec = Files.readString(p.resolve("expect")).strip();
            } else if (p.toString().endsWith(".json")) {
                spec = Files.readString(Path.of(p + ".expect")).strip();
            } else {
                String first = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).lines().findFirst().orElseThrow();
                spec = first.substring(first.indexOf("expect:") + 7).strip();
            }
            Matcher m = EXPECT.matcher(spec);
            assertThat(m.matches()).as("expectation of %s: %s", p, spec).isTrue();
            boolean folder = Files.isDirectory(p);
            String file = folder ? p + "/" + m.group(2) : p.toString();
            String text = folder ? m.group(5) : joinOptional(m.group(2), m.group(5));
            return new Case(p, m.group(1), file, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String joinOptional(String a, String b) {
        return a == null ? b : null;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachMalformedInputGivesItsDiagnosticAtItsPlace(Case c) {
        LoadResult r = FactLoader.defaults().load(List.of(c.input()));
        assertThat(r.diagnostics())
                .as("diagnostics of %s", c.input())
                .anySatisfy(d -> {
                    assertThat(d.code()).isEqualTo(c.code());
                    assertThat(d.location().file()).isEqualTo(c.file());
                    assertThat(d.location().line()).isEqualTo(c.line());
                    assertThat(d.location().column()).isEqualTo(c.column());
                    if (c.text() != null) {
                        assertThat(d.message() + " " + d.hint()).contains(c.text());
                    }
                });
        if (!c.code().equals("date-after-asof")) {
            assertThat(r.facts()).isEmpty();
        }
    }
}

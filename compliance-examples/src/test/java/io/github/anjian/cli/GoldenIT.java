package io.github.anjian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every format of the seed example, byte for byte against {@code src/test/resources/golden/}.
 * Rewrite them with {@code mvn -B verify -Danjian.updateGoldens=true} and review the diff.
 */
class GoldenIT {

    static final String SEED = "examples/seed-bureau";
    static final Path GOLDEN = Jar.BASEDIR.resolve("src/test/resources/golden");
    static final boolean UPDATE = Boolean.getBoolean("anjian.updateGoldens");

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({"seed-bureau, text, en, txt", "seed-bureau, text, zh, txt", "seed-bureau, json, en, json",
            "seed-bureau, yaml, en, yaml", "seed-bureau, markdown, en, md", "seed-bureau, markdown, zh, md",
            "seed-bureau, html, en, html", "seed-bureau, html, zh, html",
            "seed-bureau, selfreport, zh, selfreport.md", "seed-bureau, selfreport, en, selfreport.md",
            "seed-bureau, sarif, en, sarif", "seed-bureau, junit, en, xml", "seed-bureau, oscal, en, oscal.json",
            "small-office, text, en, txt", "small-office, text, zh, txt", "small-office, json, en, json",
            "small-office, markdown, zh, md", "small-office, html, en, html"})
    void report_matches_its_golden_file(String example, String format, String lang, String ext) throws Exception {
        String facts = example.equals("seed-bureau") ? SEED : ExitCodesIT.SMALL;
        Assumptions.assumeTrue(Files.isDirectory(Jar.BASEDIR.resolve(facts)),
                facts + " is not in this branch yet (merge main)");
        String golden = example + "." + lang + "." + ext;
        Jar.Run r = Jar.run(Java.env(), "check", facts, "--as-of", "2025-12-31", "--fail-on", "none", "--format", format,
                "--lang", lang);
        assertThat(r.code()).as(r.stderr()).isZero();
        Path file = GOLDEN.resolve(golden);
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.write(file, r.stdout());
        }
        assertThat(file).as("golden file; regenerate with -Danjian.updateGoldens=true").exists();
        assertThat(new String(r.stdout(), StandardCharsets.UTF_8)).isEqualTo(Files.readString(file));
    }

    @Test
    void the_same_facts_give_byte_identical_reports() {
        Assumptions.assumeTrue(Files.isDirectory(Jar.BASEDIR.resolve(SEED)), SEED + " is not in this branch yet");
        for (String format : new String[] {"json", "html", "text", "sarif", "junit", "oscal"}) {
            Jar.Run a = Jar.run("check", SEED, "--as-of", "2025-12-31", "--fail-on", "none", "--format", format);
            Jar.Run b = Jar.run("check", SEED, "--as-of", "2025-12-31", "--fail-on", "none", "--format", format);
            assertThat(a.stdout()).as(format).isEqualTo(b.stdout());
        }
    }

    @Test
    void html_is_self_contained_and_escapes_fact_values() {
        Jar.Run r = Jar.run("check", ExitCodesIT.SMALL, "--fail-on", "none", "--format", "html");
        String html = r.out();
        assertThat(html).doesNotContain("<script>alert").contains("Small Office &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co");
        Matcher scripts = Pattern.compile("<script").matcher(html);
        int n = 0;
        while (scripts.find()) {
            n++;
        }
        assertThat(n).as("only the report's own inline script").isEqualTo(1);
        assertThat(html).doesNotContainPattern("(?i)(src|href)\\s*=\\s*\"?(https?:)?//")
                .doesNotContainPattern("(?i)<(link|img|iframe)").contains("<svg").contains("@media print");
    }

    @Test
    void text_is_plain_without_a_terminal_and_markdown_escapes_fact_values() {
        Jar.Run text = Jar.run("check", ExitCodesIT.SMALL, "--fail-on", "none");
        assertThat(text.out()).doesNotContain("\u001b[");
        Jar.Run md = Jar.run("check", ExitCodesIT.SMALL, "--fail-on", "none", "--format", "markdown");
        assertThat(md.out()).contains("Small Office &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co");
    }

    /** No environment differences between runs. */
    static final class Java {
        static java.util.Map<String, String> env() {
            return java.util.Map.of("NO_COLOR", "1");
        }
    }
}

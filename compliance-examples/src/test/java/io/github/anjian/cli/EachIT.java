package io.github.anjian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --each} (SPEC §7) from the real jar: JSON Lines in body order, worst exit code, bad bodies isolated. */
class EachIT {

    @TempDir
    Path tmp;

    /** A copy of the seed facts whose organization id is {@code id}. */
    private Path body(String name, String id) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("bodies").resolve(name));
        Path seed = Jar.BASEDIR.resolve(GoldenIT.SEED);
        try (Stream<Path> files = Files.list(seed)) {
            for (Path f : files.toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                if (f.getFileName().toString().equals("organization.yaml")) {
                    text = text.replaceFirst("(?m)^  id: seed-bureau$", "  id: " + id);
                }
                Files.writeString(dir.resolve(f.getFileName()), text, StandardCharsets.UTF_8);
            }
        }
        return dir;
    }

    private static List<String> orgIds(String jsonLines) {
        Pattern p = Pattern.compile("\"organization\":\\{\"id\":\"([^\"]+)\"");
        return jsonLines.lines().map(l -> {
            Matcher m = p.matcher(l);
            return m.find() ? m.group(1) : "?";
        }).toList();
    }

    @Test
    void json_lines_one_per_body_in_body_path_order_whatever_the_jobs() throws IOException {
        // created out of order, with ids that do not sort like the paths
        body("c-county", "zz-c");
        body("a-city", "yy-a");
        body("b-town", "xx-b");
        Path dir = tmp.resolve("bodies");
        for (String jobs : new String[] {"1", "3"}) {
            Jar.Run r = Jar.run("check", "--each", dir.toString(), "--format", "json", "--as-of", "2025-12-31",
                    "--fail-on", "none", "--jobs", jobs);
            assertThat(r.code()).as(r.stderr()).isZero();
            assertThat(r.out().lines().count()).isEqualTo(3);
            assertThat(orgIds(r.out())).containsExactly("yy-a", "xx-b", "zz-c");
            assertThat(r.stderr()).contains("body", "grade", "score", "violations", "status")
                    .contains("a-city").contains("checked 3 bodies");
        }
    }

    @Test
    void more_bodies_than_are_held_in_flight_still_come_out_in_order() throws IOException {
        // --jobs 1 keeps at most 4 bodies in flight: 11 bodies make the window slide
        for (int i = 11; i >= 1; i--) {
            body(String.format("body-%02d", i), "org-" + (char) ('a' + 11 - i));
        }
        Jar.Run r = Jar.run("check", "--each", tmp.resolve("bodies").toString(), "--format", "json", "--as-of",
                "2025-12-31", "--fail-on", "none", "--jobs", "1");
        assertThat(r.code()).as(r.stderr()).isZero();
        assertThat(orgIds(r.out())).containsExactly("org-k", "org-j", "org-i", "org-h", "org-g", "org-f", "org-e",
                "org-d", "org-c", "org-b", "org-a");
        assertThat(r.stderr()).contains("checked 11 bodies");
    }

    @Test
    void a_bad_body_exits_3_and_the_others_still_run() throws IOException {
        body("a", "org-a");
        Path bad = Files.createDirectories(tmp.resolve("bodies").resolve("b-broken"));
        Files.writeString(bad.resolve("organization.yaml"), "organization: [\n", StandardCharsets.UTF_8);
        body("c", "org-c");
        Jar.Run r = Jar.run("check", "--each", tmp.resolve("bodies").toString(), "--format", "json",
                "--as-of", "2025-12-31", "--fail-on", "none");
        assertThat(r.code()).as(r.stderr()).isEqualTo(3);
        assertThat(orgIds(r.out())).containsExactly("org-a", "org-c");
        assertThat(r.stderr()).contains("b-broken").contains("invalid input").doesNotContain("Exception");
    }

    @Test
    void exit_code_is_the_worst_body_violations_give_1() throws IOException {
        body("a", "org-a");
        body("b", "org-b");
        Jar.Run r = Jar.run("check", "--each", tmp.resolve("bodies").toString(), "--format", "json",
                "--as-of", "2025-12-31", "--fail-on", "low");
        assertThat(r.code()).as(r.stderr()).isEqualTo(1);
        assertThat(r.out().lines().count()).isEqualTo(2);
    }

    @Test
    void output_folder_gets_one_file_per_body() throws IOException {
        body("a", "org-a");
        body("b", "org-b");
        Path out = Files.createDirectories(tmp.resolve("out"));
        Jar.Run r = Jar.run("check", "--each", tmp.resolve("bodies").toString(), "--format", "markdown",
                "--as-of", "2025-12-31", "--fail-on", "none", "--output", out.toString());
        assertThat(r.code()).as(r.stderr()).isZero();
        assertThat(out.resolve("a.md")).exists();
        assertThat(out.resolve("b.md")).exists();
        assertThat(r.out()).isEmpty();
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.count()).isEqualTo(2);
        }
    }
}

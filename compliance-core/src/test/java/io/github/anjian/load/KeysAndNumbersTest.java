package io.github.anjian.load;

import io.github.anjian.facts.Device;
import io.github.anjian.facts.Facts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Keys of a record (unknown, duplicate, missing) and whole numbers at their limits, in order and in place. */
class KeysAndNumbersTest {

    static final String HEAD = "schema: anjian/v1\norganization: { id: o1, name: O, asOf: 2025-12-31 }\ndevices:\n";

    @TempDir
    Path dir;

    private List<String> problems(String devices) throws IOException {
        Path f = Files.writeString(dir.resolve("k.yaml"), HEAD + devices);
        LoadResult fromFile = FactLoader.defaults().load(List.of(f));
        LoadResult fromText = FactLoader.defaults().loadText(f.toString(), HEAD + devices);
        List<String> shown = fromFile.diagnostics().stream().map(d -> d.toString().replace(f.toString(), "k.yaml")).toList();
        assertThat(fromText.diagnostics().stream().map(d -> d.toString().replace(f.toString(), "k.yaml")).toList())
                .isEqualTo(shown);
        return shown;
    }

    @Test
    void unknown_and_duplicate_keys_are_each_reported_where_they_are() throws IOException {
        assertThat(problems("  - { id: d1, kind: terminal, colour: red, managed: true, colour: blue, managed: false,"
                + " kind2: x, id: d9 }\n  - { kind: terminal, kind: server }\n")).containsExactly(
                "k.yaml:4:31: error unknown-key: unknown key 'colour' in devices[d1] (valid keys: id, kind, user,"
                        + " classified, status, managed, internetConnected, processesClassified, count, password, network,"
                        + " antivirus, realNameRegistered, usbStorageBlocked, autoLockMinutes, cpu, os, officeSuite,"
                        + " software, ports, systems, scans, disposal)",
                "k.yaml:4:59: error duplicate-key: duplicate key 'colour' (first at k.yaml:4:31) (keep one of them)",
                "k.yaml:4:73: error duplicate-key: duplicate key 'managed' (first at k.yaml:4:44) (keep one of them)",
                "k.yaml:4:89: error unknown-key: unknown key 'kind2' — did you mean 'kind'?",
                "k.yaml:4:99: error duplicate-key: duplicate key 'id' (first at k.yaml:4:7) (keep one of them)",
                "k.yaml:5:5: error missing-key: missing required key 'id' in devices[1] (add id:)",
                "k.yaml:5:23: error duplicate-key: duplicate key 'kind' (first at k.yaml:5:7) (keep one of them)");
    }

    @Test
    void whole_numbers_beyond_a_long_are_out_of_range_as_written() throws IOException {
        assertThat(problems("  - { id: d3, kind: terminal, count: 99999999999999999999 }\n"
                + "  - { id: d4, kind: terminal, autoLockMinutes: -9223372036854775809 }\n"
                + "  - { id: d5, kind: terminal, count: 9223372036854775808, autoLockMinutes: -0 }\n"
                + "  - { id: d6, kind: terminal, count: -9223372036854775808, autoLockMinutes: 9223372036854775807 }\n"))
                .containsExactly(
                        "k.yaml:4:38: error out-of-range: 'count' is 99999999999999999999 but must be at least 1"
                                + " (a group has count 1 or more; omit count for a single item)",
                        "k.yaml:5:48: error out-of-range: 'autoLockMinutes' is -9223372036854775809 but must be at least 0",
                        "k.yaml:6:38: error out-of-range: 'count' is 9223372036854775808 but must be at least 1"
                                + " (a group has count 1 or more; omit count for a single item)",
                        "k.yaml:7:38: error out-of-range: 'count' is -9223372036854775808 but must be at least 1"
                                + " (a group has count 1 or more; omit count for a single item)",
                        "k.yaml:7:77: error out-of-range: 'autoLockMinutes' is 9223372036854775807 but must be at least 0");
    }

    @Test
    void signs_and_leading_zeros_bind() throws IOException {
        Path f = Files.writeString(dir.resolve("n.yaml"), HEAD
                + "  - { id: d2, kind: terminal, count: +3, autoLockMinutes: 007 }\n"
                + "  - { id: d5, kind: terminal, autoLockMinutes: -0 }\n");
        Facts facts = FactLoader.defaults().load(List.of(f)).facts().orElseThrow();
        Device d2 = facts.device("d2").orElseThrow();
        assertThat(d2.count().get()).isEqualTo(3);
        assertThat(d2.autoLockMinutes().get()).isEqualTo(7);
        assertThat(facts.device("d5").orElseThrow().autoLockMinutes().get()).isZero();
    }

    @Test
    void a_file_is_read_as_strict_utf8_without_its_bom() throws IOException {
        Path bom = dir.resolve("bom.yaml");
        Files.write(bom, ("\uFEFFschema: anjian/v1\norganization: { id: o1, name: \"O é\", asOf: 2025-12-31 }\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(FactLoader.defaults().load(List.of(bom)).facts().orElseThrow().organization().get().name())
                .isEqualTo("O é");
        Path bad = dir.resolve("bad.yaml");
        Files.write(bad, new byte[] {'a', ':', ' ', '"', (byte) 0xc3, '"', '\n'});
        LoadResult r = FactLoader.defaults().load(List.of(bad));
        assertThat(r.errors()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("not-utf8");
            assertThat(d.location().line()).isEqualTo(1);
            assertThat(d.location().column()).isEqualTo(5);
        });
    }
}

package io.github.anjian.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anjian.engine.Outcome;
import io.github.anjian.engine.Part;
import io.github.anjian.engine.Reason;
import io.github.anjian.engine.Status;
import io.github.anjian.engine.Subject;
import io.github.anjian.facts.Origin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outcomes written to a spool are read back equal, in order, by index and by status; the file leaves no trace. */
class OutcomeSpoolTest {

    @TempDir
    Path dir;

    static Subject subject(String type, String key, int weight) {
        return new Subject(type, key, key.toUpperCase(), Origin.ofItem(type + "s", key, "facts.yaml", 3, 5), weight);
    }

    /** Outcomes of every shape: each status, evidence of 0–3 entries, missing paths, reasons, errors, long and Chinese text. */
    static List<Outcome> shapes() {
        Subject d = subject("device", "d-1", 1);
        Subject s = subject("system", "s-门户", 3);
        Map<String, String> three = new LinkedHashMap<>();
        three.put("devices[d-1].os.name", "Windows 7");
        three.put("devices[d-1].os.supported", "false");
        three.put("devices[d-1].antivirus", "");
        return List.of(
                new Outcome("PRT-01", d, Status.PASS, List.of(), Map.of(), List.of(), ""),
                new Outcome("PRT-01", d, Status.PASS, List.of(), Map.of("devices[d-1].antivirus.installed", "true"),
                        List.of(), ""),
                new Outcome("PRT-02", d, Status.FAIL, List.of(), three,
                        List.of(Reason.of("not-true", "devices[d-1].os.supported"), Reason.text("英文", "中文：系统已停止支持")),
                        ""),
                new Outcome("PRT-03", s, Status.UNKNOWN, List.of("systems[s-门户].mlps.level"), Map.of(), List.of(), ""),
                new Outcome("PRT-03", s, Status.UNKNOWN, List.of("a", "b.c", "x".repeat(300)),
                        Map.of("systems[s-门户].kind", "website"), List.of(), ""),
                new Outcome("WEB-01", s, Status.PARTIAL, List.of(), Map.of("k", "v", "k2", "v2"),
                        List.of(Reason.of("code-with-five-args", "1", "2", "3", "4", "")), ""),
                new Outcome("WEB-01", s, Status.NOT_APPLICABLE, List.of(), Map.of(), List.of(Reason.of("out-of-scope")), ""),
                new Outcome("ORG-01", subject("organization", "org", 1), Status.ERROR, List.of("m"), Map.of(),
                        List.of(), "rule ORG-01 failed: NullPointerException"),
                new Outcome("WVR-01", subject("waiver", "w-1", 1), Status.WAIVED, List.of(), Map.of(), List.of(), ""));
    }

    @Test
    void every_shape_of_outcome_reads_back_equal() {
        try (OutcomeSpool spool = OutcomeSpool.create(dir)) {
            SpooledOutcomes.Builder b = SpooledOutcomes.builder(spool);
            List<Outcome> shapes = shapes();
            b.addAll(shapes);
            SpooledOutcomes list = b.build();
            assertThat(list).hasSize(shapes.size());
            assertThat(new ArrayList<>(list)).isEqualTo(shapes);
            for (int i = 0; i < shapes.size(); i++) {
                Outcome o = list.get(i);
                assertThat(o).isEqualTo(shapes.get(i));
                assertThat(o.toString()).isEqualTo(shapes.get(i).toString());
                assertThat(o.subject()).isSameAs(shapes.get(i).subject());
                assertThat(List.copyOf(o.evidence().keySet())).isEqualTo(List.copyOf(shapes.get(i).evidence().keySet()));
            }
        }
    }

    /** Enough outcomes for many blocks of 64 KB. */
    static List<Outcome> many(int n) {
        List<Outcome> out = new ArrayList<>();
        Status[] statuses = {Status.PASS, Status.FAIL, Status.UNKNOWN, Status.PASS, Status.NOT_APPLICABLE, Status.PARTIAL};
        for (int i = 0; i < n; i++) {
            Subject s = subject("device", String.format("d-%06d", i), 1 + i % 3);
            Status st = statuses[i % statuses.length];
            out.add(new Outcome("PRT-0" + i % 7, s, st, st == Status.UNKNOWN ? List.of(s.origin().field("antivirus")) : List.of(),
                    Map.of(s.origin().field("os.name"), "Kylin V10 build " + i), st == Status.FAIL
                    ? List.of(Reason.of("too-old", s.origin().field("os"), i)) : List.of(), ""));
        }
        return out;
    }

    @Test
    void many_blocks_iterate_in_order_and_index_by_position() {
        List<Outcome> expected = many(20_000);
        try (OutcomeSpool spool = OutcomeSpool.create(dir)) {
            SpooledOutcomes.Builder first = SpooledOutcomes.builder(spool);
            SpooledOutcomes.Builder second = SpooledOutcomes.builder(spool);
            // two builders written alternately: each keeps its own blocks
            for (int i = 0; i < expected.size(); i++) {
                (i < 12_000 ? first : second).add(expected.get(i));
            }
            assertThat(first.get(11_999)).isEqualTo(expected.get(11_999));
            first.addAll(second); // blocks joined, not copied
            SpooledOutcomes list = first.build();
            assertThat(spool.size()).isLessThan(expected.size() * 120L);
            assertThat(list).hasSize(expected.size());
            assertThat(new ArrayList<>(list)).isEqualTo(expected);
            for (int i = 0; i < expected.size(); i += 997) {
                assertThat(list.get(i)).isEqualTo(expected.get(i));
            }
            assertThat(list.get(expected.size() - 1)).isEqualTo(expected.get(expected.size() - 1));
            assertThatThrownBy(() -> list.get(expected.size())).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> list.add(expected.get(0))).isInstanceOf(UnsupportedOperationException.class);

            List<Outcome> failing = new ArrayList<>();
            list.withStatus(EnumSet.of(Status.FAIL, Status.PARTIAL)).forEach(failing::add);
            assertThat(failing).isEqualTo(expected.stream()
                    .filter(o -> o.status() == Status.FAIL || o.status() == Status.PARTIAL).toList());
            List<String> statusAndSubject = new ArrayList<>();
            list.forEachStatus((st, s) -> statusAndSubject.add(st + " " + s.key()));
            assertThat(statusAndSubject).isEqualTo(expected.stream().map(o -> o.status() + " " + o.subject().key()).toList());
        }
    }

    @Test
    void a_builder_sorts_clears_and_takes_records_of_a_sibling() {
        List<Outcome> expected = many(3_000);
        try (OutcomeSpool spool = OutcomeSpool.create(dir); OutcomeSpool sibling = spool.sibling(dir)) {
            SpooledOutcomes.Builder b = SpooledOutcomes.builder(spool);
            List<Outcome> reversed = new ArrayList<>(expected);
            java.util.Collections.reverse(reversed);
            b.addAll(reversed);
            b.sort(Comparator.comparing(o -> o.subject().key()));
            assertThat(new ArrayList<>(b)).isEqualTo(expected);
            b.clear();
            assertThat(b).isEmpty();

            // records written to the sibling are copied as bytes, and read back from this spool
            OutcomeSpool.Bytes bytes = new OutcomeSpool.Bytes(64);
            for (Outcome o : expected) {
                sibling.encode(o, bytes);
            }
            long at = sibling.append(bytes.array(), 0, bytes.length());
            OutcomeSpool.Reader r = sibling.reader();
            int pos = r.at(at, bytes.length());
            for (int i = 0; i < expected.size(); i++) {
                int length = OutcomeSpool.recordLength(r.buffer(), pos);
                b.addRecord(r.buffer(), pos, length);
                pos += length;
            }
            assertThat(new ArrayList<>(b.build())).isEqualTo(expected);
        }
    }

    @Test
    void the_temporary_file_leaves_no_trace_and_reads_fail_once_closed() throws Exception {
        OutcomeSpool spool = OutcomeSpool.create(dir);
        SpooledOutcomes.Builder b = SpooledOutcomes.builder(spool);
        b.addAll(shapes());
        SpooledOutcomes list = b.build();
        try (Stream<Path> files = Files.list(dir)) {
            // deleted at once where the system allows it (POSIX), else when closed
            assertThat(files.toList()).isEqualTo(spool.visibleFile() == null ? List.of() : List.of(spool.visibleFile()));
        }
        assertThat(list.get(2)).isEqualTo(shapes().get(2));
        spool.close();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.toList()).isEmpty();
        }
        assertThatThrownBy(() -> new ArrayList<>(list)).isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageContaining("temporary file");
    }

    @Test
    void a_sealed_spool_reads_through_its_map_and_a_later_write_unseals_it() {
        List<Outcome> expected = many(5_000);
        OutcomeSpool spool = OutcomeSpool.create(dir);
        SpooledOutcomes.Builder b = SpooledOutcomes.builder(spool);
        b.addAll(expected.subList(0, 3_000));
        SpooledOutcomes first = b.build();
        spool.seal();
        assertThat(new ArrayList<>(first)).isEqualTo(expected.subList(0, 3_000));
        assertThat(first.get(2_999)).isEqualTo(expected.get(2_999));
        b.addAll(expected.subList(3_000, 5_000)); // appends: read through the channel again
        SpooledOutcomes second = b.build();
        assertThat(new ArrayList<>(second)).isEqualTo(expected.subList(3_000, 5_000));
        spool.seal();
        assertThat(second.get(1_999)).isEqualTo(expected.get(4_999));
        spool.close();
        assertThatThrownBy(() -> new ArrayList<>(first)).isInstanceOf(java.io.UncheckedIOException.class);
    }

    @Test
    void a_spool_in_a_missing_directory_says_where_and_what_to_do() {
        assertThatThrownBy(() -> OutcomeSpool.create(dir.resolve("missing")))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageContaining("missing").hasMessageContaining("does not exist").hasMessageContaining("java.io.tmpdir");
    }

    @Test
    void a_view_maps_blocks_and_skips_those_without_items() {
        try (OutcomeSpool spool = OutcomeSpool.create(dir)) {
            List<Outcome> all = many(600);
            List<SpooledOutcomes> blocks = new ArrayList<>();
            int[] counts = new int[4];
            for (int k = 0; k < 4; k++) {
                SpooledOutcomes.Builder b = SpooledOutcomes.builder(spool);
                // block 1 has no FAIL at all
                for (Outcome o : all.subList(k * 150, (k + 1) * 150)) {
                    if (k != 1 || o.status() != Status.FAIL) {
                        b.add(o);
                        counts[k] += o.status() == Status.FAIL ? 1 : 0;
                    }
                }
                blocks.add(b.build());
            }
            SpooledView<String> view = new SpooledView<>(blocks, counts, EnumSet.of(Status.FAIL),
                    (k, o) -> o.status() == Status.FAIL ? k + ":" + o.subject().key() : null);
            List<String> expected = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                for (Outcome o : blocks.get(k)) {
                    if (o.status() == Status.FAIL) {
                        expected.add(k + ":" + o.subject().key());
                    }
                }
            }
            assertThat(counts[1]).isZero();
            assertThat(view).hasSize(expected.size());
            assertThat(new ArrayList<>(view)).isEqualTo(expected);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(view.get(i)).isEqualTo(expected.get(i));
            }
            assertThat(view.stream().count()).isEqualTo(expected.size());
        }
    }

    @Test
    void evidence_of_paths_and_values_is_kept_as_given() {
        Map<String, String> e = Part.evidenceOf("a", "1", "b", "2", "c", "3");
        assertThat(e).containsExactly(Map.entry("a", "1"), Map.entry("b", "2"), Map.entry("c", "3"));
        assertThat(Part.evidenceOf()).isEmpty();
        assertThatThrownBy(() -> Part.evidenceOf("a")).isInstanceOf(IllegalArgumentException.class);
        Outcome o = new Outcome("X", subject("device", "d", 1), Status.PASS, List.of(), e, List.of(), "");
        assertThat(o.evidence()).isSameAs(e);
    }
}

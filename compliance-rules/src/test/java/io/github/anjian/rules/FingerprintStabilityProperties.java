package io.github.anjian.rules;

import io.github.anjian.engine.Anjian;
import io.github.anjian.engine.CheckOptions;
import io.github.anjian.engine.Engine;
import io.github.anjian.load.FactLoader;
import io.github.anjian.load.LoadResult;
import io.github.anjian.report.Report;
import io.github.anjian.report.Violation;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fingerprints (SPEC §5, §8.34) hash business keys only: reformatting, reordering or splitting the
 * fact files leaves every fingerprint, and every violation, as it was.
 */
class FingerprintStabilityProperties {

    static final Engine ENGINE = Anjian.engine(AnjianRules.pack());
    static final CheckOptions OPTIONS = CheckOptions.defaults().asOf(LocalDate.of(2025, 12, 31));
    static final Map<String, Object> SEED = seed();
    static final List<String> BASELINE = fingerprints(load(List.of(SeedBureauTest.SEED)));

    @SuppressWarnings("unchecked")
    static Map<String, Object> seed() {
        Map<String, Object> all = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(SeedBureauTest.SEED)) {
            for (Path f : files.sorted().toList()) {
                Map<String, Object> doc = yaml(new DumperOptions()).load(Files.readString(f));
                doc.forEach((k, v) -> {
                    if (v instanceof List<?> l && all.get(k) instanceof List<?> old) {
                        List<Object> merged = new ArrayList<>((List<Object>) old);
                        merged.addAll(l);
                        all.put(k, merged);
                    } else {
                        all.put(k, v);
                    }
                });
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        all.remove("schema");
        return all;
    }

    /** YAML that keeps dates as the text they are written as, so they round-trip unquoted. */
    static Yaml yaml(DumperOptions o) {
        org.yaml.snakeyaml.resolver.Resolver noTimestamps = new org.yaml.snakeyaml.resolver.Resolver() {
            @Override
            public void addImplicitResolver(org.yaml.snakeyaml.nodes.Tag tag, java.util.regex.Pattern regexp, String first, int limit) {
                if (!tag.equals(org.yaml.snakeyaml.nodes.Tag.TIMESTAMP)) {
                    super.addImplicitResolver(tag, regexp, first, limit);
                }
            }
        };
        org.yaml.snakeyaml.LoaderOptions lo = new org.yaml.snakeyaml.LoaderOptions();
        return new Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(lo),
                new org.yaml.snakeyaml.representer.Representer(o), o, lo, noTimestamps);
    }

    static Report load(List<Path> paths) {
        LoadResult r = FactLoader.defaults().load(paths);
        assertThat(r.errors()).isEmpty();
        return ENGINE.check(r.facts().orElseThrow(), OPTIONS);
    }

    static List<String> fingerprints(Report r) {
        List<String> fps = new ArrayList<>();
        for (Violation v : r.violations()) {
            fps.add(v.fingerprint() + " " + v.requirement() + " " + v.subject().key() + " " + v.partial());
        }
        Collections.sort(fps);
        return fps;
    }

    @Property(tries = 30)
    @SuppressWarnings("unchecked")
    void reordering_reformatting_and_splitting_keep_every_fingerprint(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int files)
            throws IOException {
        Random random = new Random(seed);
        Path dir = Files.createTempDirectory("fp");
        try {
            List<Map<String, Object>> docs = new ArrayList<>();
            for (int i = 0; i < files; i++) {
                docs.add(new LinkedHashMap<>(Map.of("schema", "anjian/v1")));
            }
            List<String> keys = new ArrayList<>(SEED.keySet());
            Collections.shuffle(keys, random);
            for (String k : keys) {
                Object v = SEED.get(k);
                if (v instanceof List<?> l && !l.isEmpty()) {
                    List<Object> items = new ArrayList<>(l);
                    Collections.shuffle(items, random);
                    // a list may be split across files: each part goes to a random file
                    int cut = random.nextInt(items.size() + 1);
                    addList(docs.get(random.nextInt(files)), k, items.subList(0, cut));
                    addList(docs.get(random.nextInt(files)), k, items.subList(cut, items.size()));
                } else {
                    docs.get(random.nextInt(files)).put(k, v);
                }
            }
            for (int i = 0; i < files; i++) {
                DumperOptions o = new DumperOptions();
                o.setDefaultFlowStyle(random.nextBoolean() ? DumperOptions.FlowStyle.BLOCK : DumperOptions.FlowStyle.FLOW);
                o.setIndent(2 + random.nextInt(3));
                o.setWidth(40 + random.nextInt(200));
                Files.writeString(dir.resolve("part-" + (char) ('a' + random.nextInt(26)) + i + ".yaml"),
                        yaml(o).dump(docs.get(i)), StandardCharsets.UTF_8);
            }
            assertThat(fingerprints(load(List.of(dir)))).isEqualTo(BASELINE);
        } finally {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    @SuppressWarnings("unchecked")
    private static void addList(Map<String, Object> doc, String key, List<Object> items) {
        if (items.isEmpty() && doc.containsKey(key)) {
            return;
        }
        List<Object> l = (List<Object>) doc.computeIfAbsent(key, k -> new ArrayList<>());
        l.addAll(items);
    }
}

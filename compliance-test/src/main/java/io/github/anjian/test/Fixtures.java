package io.github.anjian.test;

import io.github.anjian.engine.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads fixtures: fact files with {@code # expect:} header lines (see {@link Fixture}). */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * Reads one fixture.
     *
     * @throws IllegalArgumentException when an {@code # expect:} or {@code # param:} line is malformed
     */
    public static Fixture read(Path path) {
        List<Fixture.Expectation> ex = new ArrayList<>();
        Map<String, BigDecimal> params = new LinkedHashMap<>();
        LocalDate asOf = null;
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int n = 0;
        for (String line : lines) {
            n++;
            String l = line.trim();
            try {
                if (l.startsWith("# expect:")) {
                    ex.add(expectation(l.substring("# expect:".length()).trim()));
                } else if (l.startsWith("# param:")) {
                    String[] kv = l.substring("# param:".length()).trim().split("=", 2);
                    params.put(kv[0].trim(), new BigDecimal(kv[1].trim()));
                } else if (l.startsWith("# as-of:")) {
                    asOf = LocalDate.parse(l.substring("# as-of:".length()).trim());
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(path + ":" + n + ": bad fixture line: " + l + " (" + e.getMessage() + ")", e);
            }
        }
        Path parent = path.toAbsolutePath().getParent();
        return new Fixture(parent == null ? "" : parent.getFileName().toString(), path, ex, params, asOf);
    }

    /** The expectations of one fixture file. */
    public static List<Fixture.Expectation> expectations(Path path) {
        return read(path).expectations();
    }

    /** Every fixture ({@code *.yaml}, {@code *.yml}) under a folder, at any depth, sorted by path. */
    public static List<Fixture> under(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> Files.isRegularFile(p) && p.toString().matches(".*\\.ya?ml$")).sorted()
                    .map(Fixtures::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Fixture.Expectation expectation(String spec) {
        String[] w = spec.split("\\s+");
        if (w.length == 2) {
            return new Fixture.Expectation(w[0], null, Status.valueOf(w[1]), null);
        }
        if (w.length < 3 || !w[1].contains(":")) {
            throw new IllegalArgumentException("expected ID STATUS or ID type:key STATUS [missing PATH...]");
        }
        List<String> missing = null;
        if (w.length > 4 && w[3].equals("missing")) {
            missing = List.of(w).subList(4, w.length);
        } else if (w.length > 3) {
            throw new IllegalArgumentException("unexpected words after the status");
        }
        return new Fixture.Expectation(w[0], w[1], Status.valueOf(w[2]), missing);
    }
}

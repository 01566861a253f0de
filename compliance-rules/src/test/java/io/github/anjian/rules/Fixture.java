package io.github.anjian.rules;

import io.github.anjian.engine.Status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixture: a small fact file whose header comments state what the check must give.
 *
 * <pre>
 * # expect: PRT-05 PASS                                   requirement status
 * # expect: PRT-05 device:d1 UNKNOWN missing devices[d1].antivirus.signatureDate
 * # param: avSignatureDays=10                             an override for this fixture
 * </pre>
 *
 * The file name says the case: {@code pass*}, {@code fail*}, {@code unknown*}, {@code na*}, {@code partial*}.
 *
 * @param requirement the requirement folder the fixture is in
 * @param path the file
 * @param expectations what must hold
 * @param parameters parameter overrides
 */
record Fixture(String requirement, Path path, List<Expectation> expectations, Map<String, BigDecimal> parameters) {

    /**
     * One expectation.
     *
     * @param requirement the requirement id
     * @param subject {@code type:key}, or null for the requirement status
     * @param status the expected status
     * @param missing the expected missing paths (null: not checked)
     */
    record Expectation(String requirement, String subject, Status status, List<String> missing) {
    }

    static Fixture read(Path path) {
        try {
            List<Expectation> ex = new ArrayList<>();
            Map<String, BigDecimal> params = new LinkedHashMap<>();
            for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                String l = line.trim();
                if (l.startsWith("# expect:")) {
                    String[] w = l.substring("# expect:".length()).trim().split("\\s+");
                    if (w.length == 2) {
                        ex.add(new Expectation(w[0], null, Status.valueOf(w[1]), null));
                    } else {
                        List<String> missing = null;
                        if (w.length > 4 && w[3].equals("missing")) {
                            missing = List.of(w).subList(4, w.length);
                        }
                        ex.add(new Expectation(w[0], w[1], Status.valueOf(w[2]), missing));
                    }
                } else if (l.startsWith("# param:")) {
                    String[] kv = l.substring("# param:".length()).trim().split("=");
                    params.put(kv[0].trim(), new BigDecimal(kv[1].trim()));
                }
            }
            return new Fixture(path.getParent().getFileName().toString(), path, ex, params);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The case kind from the file name: pass, fail, unknown, na, partial, or other. */
    String kind() {
        String n = path.getFileName().toString();
        for (String k : List.of("pass", "fail", "unknown", "na", "partial")) {
            if (n.startsWith(k)) {
                return k;
            }
        }
        return "other";
    }

    @Override
    public String toString() {
        return requirement + "/" + path.getFileName();
    }
}

package io.github.anjian.test;

import io.github.anjian.engine.Status;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A fixture: a small fact file whose header comments state what the check must give; read with
 * {@link Fixtures#read(Path)}.
 *
 * <pre>
 * # expect: PRT-05 PASS                                   requirement status
 * # expect: PRT-05 device:d1 FAIL                         outcome of one subject (type:key)
 * # expect: PRT-05 device:d1 UNKNOWN missing devices[d1].antivirus.signatureDate
 * # param: avSignatureDays=10                             a parameter override for this fixture
 * # as-of: 2025-12-31                                     the evaluation date (else the file's own)
 * </pre>
 *
 * @param group the folder the fixture is in (by convention the requirement id)
 * @param path the file
 * @param expectations what must hold, in file order
 * @param parameters parameter overrides
 * @param asOf the evaluation date, or null for the facts' own
 */
public record Fixture(String group, Path path, List<Expectation> expectations, Map<String, BigDecimal> parameters,
                      java.time.LocalDate asOf) {

    /** Copies the collections. */
    public Fixture {
        expectations = List.copyOf(expectations);
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    }

    /**
     * One expectation.
     *
     * @param requirement the requirement id
     * @param subject {@code type:key}, or null for the requirement status
     * @param status the expected status
     * @param missing the expected missing paths (null: not checked)
     */
    public record Expectation(String requirement, String subject, Status status, List<String> missing) {

        @Override
        public String toString() {
            return requirement + (subject == null ? "" : " " + subject) + " " + status
                    + (missing == null ? "" : " missing " + String.join(" ", missing));
        }
    }

    /** The case kind from the file name: {@code pass}, {@code fail}, {@code unknown}, {@code na}, {@code partial}, or {@code other}. */
    public String kind() {
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
        return group + "/" + path.getFileName();
    }
}

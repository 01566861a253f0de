package io.github.anjian.test;

import io.github.anjian.catalog.Severity;
import io.github.anjian.report.Violation;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a list of violations. The {@code with...} methods narrow the list and return a new
 * assertion on the rest; failure messages list the violations with their fact file locations.
 */
public final class ViolationsAssert extends AbstractAssert<ViolationsAssert, List<Violation>> {

    ViolationsAssert(List<Violation> actual) {
        super(List.copyOf(actual), ViolationsAssert.class);
    }

    private ViolationsAssert filter(Predicate<Violation> p, String what) {
        isNotNull();
        ViolationsAssert a = new ViolationsAssert(actual.stream().filter(p).toList());
        return a.describedAs(descriptionText().isEmpty() ? what : descriptionText() + ", " + what);
    }

    /** Only those of this requirement. */
    public ViolationsAssert withRequirement(String id) {
        return filter(v -> v.requirement().equals(id), "requirement " + id);
    }

    /** Only those of this area, e.g. {@code PRT}. */
    public ViolationsAssert withArea(String area) {
        return filter(v -> v.area().equals(area), "area " + area);
    }

    /** Only those of this severity or above. */
    public ViolationsAssert withSeverityAtLeast(Severity min) {
        return filter(v -> v.severity().atLeast(min), "severity " + min + " or above");
    }

    /** Only those on this subject, e.g. {@code onSubject("device", "pc-7")}. */
    public ViolationsAssert onSubject(String type, String key) {
        return filter(v -> v.subject().type().equals(type) && v.subject().key().equals(key), type + " " + key);
    }

    /** Only those no waiver accepts. */
    public ViolationsAssert unwaived() {
        return filter(v -> !v.waived(), "unwaived");
    }

    /** Only those a waiver accepts. */
    public ViolationsAssert waived() {
        return filter(Violation::waived, "waived");
    }

    /** There are none. */
    public ViolationsAssert isEmpty() {
        isNotNull();
        if (!actual.isEmpty()) {
            failWithMessage("Expected no violations but found %d:%n%s", actual.size(), Describe.violations(actual));
        }
        return this;
    }

    /** There is at least one. */
    public ViolationsAssert isNotEmpty() {
        isNotNull();
        if (actual.isEmpty()) {
            failWithMessage("Expected violations but found none");
        }
        return this;
    }

    /** There are exactly this many. */
    public ViolationsAssert hasSize(int n) {
        isNotNull();
        if (actual.size() != n) {
            failWithMessage("Expected %d violations but found %d:%n%s", n, actual.size(), Describe.violations(actual));
        }
        return this;
    }

    /** The subjects (keys) of the violations are exactly these, in any order. */
    public ViolationsAssert haveSubjects(String... keys) {
        isNotNull();
        List<String> got = actual.stream().map(v -> v.subject().key()).sorted().toList();
        List<String> want = Arrays.stream(keys).sorted().toList();
        if (!got.equals(want)) {
            failWithMessage("Expected violations on %s but found:%n%s", want, Describe.violations(actual));
        }
        return this;
    }

    /** The violations, for further AssertJ assertions. */
    public List<Violation> list() {
        return actual;
    }
}

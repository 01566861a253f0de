package io.github.anjian.rating;

/**
 * How many subjects (or requirements) ended in each status.
 *
 * @param total all counted
 * @param pass PASS
 * @param fail FAIL
 * @param partial PARTIAL
 * @param unknown UNKNOWN
 * @param notApplicable NOT_APPLICABLE
 * @param error ERROR
 * @param waived WAIVED
 */
public record Counts(int total, int pass, int fail, int partial, int unknown, int notApplicable, int error, int waived) {

    /** No counts. */
    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0);

    /** These counts plus one of the status named. */
    public Counts plus(io.github.anjian.engine.Status s) {
        return new Counts(total + 1,
                pass + (s == io.github.anjian.engine.Status.PASS ? 1 : 0),
                fail + (s == io.github.anjian.engine.Status.FAIL ? 1 : 0),
                partial + (s == io.github.anjian.engine.Status.PARTIAL ? 1 : 0),
                unknown + (s == io.github.anjian.engine.Status.UNKNOWN ? 1 : 0),
                notApplicable + (s == io.github.anjian.engine.Status.NOT_APPLICABLE ? 1 : 0),
                error + (s == io.github.anjian.engine.Status.ERROR ? 1 : 0),
                waived + (s == io.github.anjian.engine.Status.WAIVED ? 1 : 0));
    }
}

package io.github.anjian.catalog;

/**
 * A source behind a requirement: a law, standard clause or inspection plan item.
 *
 * @param source e.g. {@code GB/T 22239-2019}
 * @param clause e.g. {@code 8.1.4.5}, may be empty
 * @param note a short note, may be empty
 */
public record Reference(String source, String clause, String note) {

    @Override
    public String toString() {
        return source + (clause == null || clause.isEmpty() ? "" : " " + clause)
                + (note == null || note.isEmpty() ? "" : " (" + note + ")");
    }
}

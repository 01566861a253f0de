package io.github.anjian.engine;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Why a part of a condition failed or was only partly met: a message code and its arguments,
 * rendered in the report's language by {@link Messages}.
 *
 * @param code a message code, e.g. {@code not-true}
 * @param args the arguments, already text (field paths, values, limits)
 */
public record Reason(String code, List<String> args) {

    /** Copies the arguments (the read-only view {@link #of} makes is kept as it is). */
    public Reason {
        args = args instanceof Args ? args : List.copyOf(args);
    }

    /** The code of a reason written in both languages by the rule ({@link #text(String, String)}). */
    public static final String BILINGUAL = "text-bilingual";

    /**
     * A reason in the rule's own words, in English and Chinese, for findings no message code fits.
     *
     * @param en the English text
     * @param zh the Chinese text
     */
    public static Reason text(String en, String zh) {
        return new Reason(BILINGUAL, List.of(en, zh));
    }

    /**
     * A reason with arguments, each read as text ({@link String#valueOf}) when the list is read. The
     * arguments must be immutable (paths, fact values, limits).
     */
    public static Reason of(String code, Object... args) {
        return new Reason(code, new Args(args.clone()));
    }

    /**
     * The arguments kept as the rule passed them and made text when read: a large body keeps
     * millions of reasons whose dates and numbers would otherwise each be a new string.
     */
    private static final class Args extends AbstractList<String> implements RandomAccess {
        private final Object[] values;

        Args(Object[] values) {
            this.values = values;
        }

        @Override
        public String get(int index) {
            Object v = values[index];
            return v instanceof String s ? s : String.valueOf(v);
        }

        @Override
        public int size() {
            return values.length;
        }
    }
}

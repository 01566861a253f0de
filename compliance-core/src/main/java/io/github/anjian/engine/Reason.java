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
        args = args instanceof LazyArgs ? args : List.copyOf(args);
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
        // most reasons have one or two arguments: kept in fields, not in a copied array
        return new Reason(code, switch (args.length) {
            case 0 -> List.of();
            case 1 -> new Args1(args[0]);
            case 2 -> new Args2(args[0], args[1]);
            case 3 -> new Args4(args[0], args[1], args[2], null, 3);
            case 4 -> new Args4(args[0], args[1], args[2], args[3], 4);
            default -> new Args(args.clone());
        });
    }

    /**
     * The arguments kept as the rule passed them and made text when read: a large body keeps
     * millions of reasons whose dates and numbers would otherwise each be a new string.
     */
    private abstract static class LazyArgs extends AbstractList<String> implements RandomAccess {
        static String text(Object v) {
            return v instanceof String s ? s : String.valueOf(v);
        }
    }

    private static final class Args extends LazyArgs {
        private final Object[] values;

        Args(Object[] values) {
            this.values = values;
        }

        @Override
        public String get(int index) {
            return text(values[index]);
        }

        @Override
        public int size() {
            return values.length;
        }
    }

    private static final class Args1 extends LazyArgs {
        private final Object first;

        Args1(Object first) {
            this.first = first;
        }

        @Override
        public String get(int index) {
            java.util.Objects.checkIndex(index, 1);
            return text(first);
        }

        @Override
        public int size() {
            return 1;
        }
    }

    /** Three or four arguments in fields (a value outside a limit, with its path and the date of the check). */
    private static final class Args4 extends LazyArgs {
        private final Object first;
        private final Object second;
        private final Object third;
        private final Object fourth;
        private final int size;

        Args4(Object first, Object second, Object third, Object fourth, int size) {
            this.first = first;
            this.second = second;
            this.third = third;
            this.fourth = fourth;
            this.size = size;
        }

        @Override
        public String get(int index) {
            java.util.Objects.checkIndex(index, size);
            return text(switch (index) {
                case 0 -> first;
                case 1 -> second;
                case 2 -> third;
                default -> fourth;
            });
        }

        @Override
        public int size() {
            return size;
        }
    }

    private static final class Args2 extends LazyArgs {
        private final Object first;
        private final Object second;

        Args2(Object first, Object second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public String get(int index) {
            java.util.Objects.checkIndex(index, 2);
            return text(index == 0 ? first : second);
        }

        @Override
        public int size() {
            return 2;
        }
    }
}

package io.github.anjian.engine;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Why a part of a condition failed or was only partly met: a message code and its arguments,
 * rendered in the report's language by {@link Messages}. Immutable; equal when code and arguments
 * (as text) are equal.
 *
 * <p>A final class rather than a record: a large body keeps a reason for each of hundreds of thousands
 * of violations, and this one keeps up to four arguments in its own fields, as the rule passed them
 * (a date, a number, a field path), where a record with an argument list took two or three objects.
 */
public final class Reason {

    private final String code;
    /** The arguments 0–3 as passed, or {@code first} holds all of them ({@link #MANY}) as an array. */
    private final Object first;
    private final Object second;
    private final Object third;
    private final Object fourth;
    /** How many arguments; {@link #MANY} when {@code first} is an array of them. */
    private final byte size;

    private static final byte MANY = -1;

    /**
     * A reason of a code and its arguments, already text.
     *
     * @param code a message code, e.g. {@code not-true}
     * @param args the arguments, already text (field paths, values, limits)
     */
    public Reason(String code, List<String> args) {
        this(code, List.copyOf(args).toArray()); // as a record's List.copyOf: no null argument
    }

    private Reason(String code, Object[] args) {
        this.code = Objects.requireNonNull(code, "code");
        if (args.length <= 4) {
            first = args.length > 0 ? args[0] : null;
            second = args.length > 1 ? args[1] : null;
            third = args.length > 2 ? args[2] : null;
            fourth = args.length > 3 ? args[3] : null;
            size = (byte) args.length;
        } else {
            first = args;
            second = null;
            third = null;
            fourth = null;
            size = MANY;
        }
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
        return new Reason(BILINGUAL, new Object[] {en, zh});
    }

    /**
     * A reason with arguments, each read as text ({@link String#valueOf}) when the list is read. The
     * arguments must be immutable (paths, fact values, limits).
     */
    public static Reason of(String code, Object... args) {
        return new Reason(code, args.length > 4 ? args.clone() : args);
    }

    /** The message code, e.g. {@code not-true}. */
    public String code() {
        return code;
    }

    /** The arguments as text, in order (a read-only view: each is made text when read). */
    public List<String> args() {
        return new Args();
    }

    private int count() {
        return size == MANY ? ((Object[]) first).length : size;
    }

    private Object arg(int i) {
        if (size == MANY) {
            return ((Object[]) first)[i];
        }
        return switch (i) {
            case 0 -> first;
            case 1 -> second;
            case 2 -> third;
            default -> fourth;
        };
    }

    private static String text(Object v) {
        return ArgText.of(v);
    }

    /** The arguments as text, made when read. */
    private final class Args extends AbstractList<String> implements RandomAccess {
        @Override
        public String get(int index) {
            Objects.checkIndex(index, count());
            return text(arg(index));
        }

        @Override
        public int size() {
            return count();
        }
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Reason r) || !r.code.equals(code) || r.count() != count()) {
            return false;
        }
        for (int i = 0, n = count(); i < n; i++) {
            Object a = arg(i);
            Object b = r.arg(i);
            if (a != b && !text(a).equals(text(b))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        // as a record of (code, args) would: 31 × code's hash + the list's hash
        return 31 * code.hashCode() + args().hashCode();
    }

    @Override
    public String toString() {
        return "Reason[code=" + code + ", args=" + args() + "]";
    }
}

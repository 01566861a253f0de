package io.github.anjian.load.internal;

import io.github.anjian.facts.Value;

import java.time.LocalDate;

/**
 * Shares equal immutable values within one load, so that a million devices do not hold a million
 * copies of {@code Value.of(true)}, of the same date, of the same {@code { domestic: true }} or of the
 * same text: small direct-mapped tables (a slot keeps the latest value with its hash), bounded
 * whatever the input.
 * Records and lists are shared only after {@link #WARM} of them were bound, which keeps the first
 * calls of their generated {@code equals}/{@code hashCode} off the path of a small load.
 */
final class Sharing {

    /** Bound records after which records and scalar lists are shared too. */
    static final int WARM = 2048;

    private static final int SLOTS = 8192;
    private static final int TEXT_SLOTS = 4096;
    private static final int TEXT_MAX_LENGTH = 40;

    private final String[] texts = new String[TEXT_SLOTS];
    private final Value<?>[] values = new Value<?>[SLOTS];
    private final Object[] objects = new Object[SLOTS];
    private int bound;

    /**
     * A short text the facts keep (a name, a reference, an item's key), shared with an earlier equal
     * one when there is one; only kept texts come here, not keys or values that become numbers,
     * dates or enum constants.
     */
    String text(String v) {
        if (v.length() > TEXT_MAX_LENGTH) {
            return v;
        }
        int h = v.hashCode();
        int slot = (h ^ (h >>> 16)) & (TEXT_SLOTS - 1);
        String seen = texts[slot];
        if (seen != null && seen.equals(v)) {
            return seen;
        }
        texts[slot] = v;
        return v;
    }

    /** {@code Value.of(x)}, shared with an earlier equal one when there is one. */
    @SuppressWarnings("unchecked")
    <T> Value<T> value(T x) {
        boolean scalar = x instanceof Boolean || x instanceof Enum || x instanceof String || x instanceof Integer
                || x instanceof LocalDate;
        if (!scalar && bound <= WARM) {
            return Value.of(x);
        }
        // records and lists were shared by object() already: the same instance is the same value
        int slot = slot(scalar ? x.hashCode() : System.identityHashCode(x));
        Value<?> seen = values[slot];
        if (seen != null) {
            Object v = seen.get();
            if (v == x || scalar && v.getClass() == x.getClass() && v.equals(x)) {
                return (Value<T>) seen;
            }
        }
        Value<T> made = Value.of(x);
        values[slot] = made;
        return made;
    }

    /** An equal object bound earlier (a date, a record without origin, a list of texts), or {@code x}. */
    @SuppressWarnings("unchecked")
    <T> T object(T x) {
        if (!(x instanceof LocalDate) && ++bound <= WARM) {
            return x;
        }
        // records of one shape (Cpu and OfficeSuite are both { domestic }) hash alike: mix in the class
        int slot = slot(x.hashCode() * 31 + x.getClass().hashCode());
        Object seen = objects[slot];
        if (seen != null && seen.getClass() == x.getClass() && seen.equals(x)) {
            return (T) seen;
        }
        Object other = objects[slot ^ 1];
        if (other != null && other.getClass() == x.getClass() && other.equals(x)) {
            return (T) other;
        }
        // two ways: the newcomer takes the slot, the one it displaces moves to the neighbour
        objects[slot ^ 1] = seen;
        objects[slot] = x;
        return x;
    }

    private static int slot(int h) {
        return (h ^ (h >>> 16)) & (SLOTS - 1);
    }
}

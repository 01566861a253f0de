package io.github.anjian.facts;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A fact as the organization stated it: <em>absent</em> (the key is missing, so the fact is unknown),
 * <em>none</em> (the key says {@code none}: the thing does not exist, the event never happened), or
 * <em>stated</em> with a value. SPEC §2 keeps the three apart and so does every part of the API.
 *
 * <pre>{@code
 * Value<Antivirus> av = device.antivirus();
 * av.isAbsent();                               // antivirus: key missing -> unknown
 * av.isNone();                                 // antivirus: none        -> no antivirus
 * av.flatMap(Antivirus::installed).isKnown();  // is antivirus.installed known? (none counts as known)
 * }</pre>
 *
 * <p>{@link #map} and {@link #flatMap} carry absence and none through a path: a field of an absent
 * mapping is absent, a field of a {@code none} mapping is none. Instances are immutable.
 *
 * @param <T> the type of the stated value
 */
public final class Value<T> {

    /** Which of the three states a value is in. */
    public enum State {
        /** The key is missing: the fact is unknown. */
        ABSENT,
        /** The key says {@code none}: the thing does not exist or the event never happened. */
        NONE,
        /** A value is stated. */
        STATED
    }

    private static final Value<?> ABSENT = new Value<>(State.ABSENT, null);
    private static final Value<?> NONE = new Value<>(State.NONE, null);

    private final State state;
    private final T value;

    private Value(State state, T value) {
        this.state = state;
        this.value = value;
    }

    /** The unknown value: the key is missing. */
    @SuppressWarnings("unchecked")
    public static <T> Value<T> absent() {
        return (Value<T>) ABSENT;
    }

    /** The stated absence: the key says {@code none}. */
    @SuppressWarnings("unchecked")
    public static <T> Value<T> none() {
        return (Value<T>) NONE;
    }

    /** A stated value; {@code null} is not a value and gives {@link #absent()}. */
    public static <T> Value<T> of(T value) {
        return value == null ? absent() : new Value<>(State.STATED, value);
    }

    /** The state of this value. */
    public State state() {
        return state;
    }

    /** True when the key is missing (the fact is unknown). */
    public boolean isAbsent() {
        return state == State.ABSENT;
    }

    /** True when the key says {@code none}. */
    public boolean isNone() {
        return state == State.NONE;
    }

    /** True when a value is stated. */
    public boolean isStated() {
        return state == State.STATED;
    }

    /** True when the fact is known: stated or {@code none}. */
    public boolean isKnown() {
        return state != State.ABSENT;
    }

    /**
     * The stated value.
     *
     * @throws IllegalStateException when the value is absent or none
     */
    public T get() {
        if (state != State.STATED) {
            throw new IllegalStateException("value is " + state.name().toLowerCase());
        }
        return value;
    }

    /** The stated value, or {@code other} when absent or none. */
    public T orElse(T other) {
        return state == State.STATED ? value : other;
    }

    /** True when a value is stated and matches the predicate. */
    public boolean is(Predicate<? super T> test) {
        return state == State.STATED && test.test(value);
    }

    /** True when the stated value equals {@code expected}. */
    public boolean isEqualTo(Object expected) {
        return state == State.STATED && value.equals(expected);
    }

    /** Applies {@code f} to a stated value; absent stays absent and none stays none. */
    public <R> Value<R> map(Function<? super T, ? extends R> f) {
        return switch (state) {
            case STATED -> Value.of(f.apply(value));
            case NONE -> none();
            case ABSENT -> absent();
        };
    }

    /** Follows a path: a field of an absent mapping is absent, of a none mapping none. */
    public <R> Value<R> flatMap(Function<? super T, Value<R>> f) {
        return switch (state) {
            case STATED -> Objects.requireNonNull(f.apply(value), "flatMap result");
            case NONE -> none();
            case ABSENT -> absent();
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Value<?> v && v.state == state && Objects.equals(v.value, value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, value);
    }

    /** {@code absent}, {@code none}, or the value's own text. */
    @Override
    public String toString() {
        return switch (state) {
            case ABSENT -> "absent";
            case NONE -> "none";
            case STATED -> String.valueOf(value);
        };
    }
}

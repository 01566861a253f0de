package io.github.anjian.load.internal;

import io.github.anjian.facts.Covers;
import io.github.anjian.facts.Items;
import io.github.anjian.facts.Key;
import io.github.anjian.facts.Located;
import io.github.anjian.facts.Origin;
import io.github.anjian.facts.Range;
import io.github.anjian.facts.Ref;
import io.github.anjian.facts.TechnicalSupport;
import io.github.anjian.facts.Value;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fact-file description of one model record, built once per class by reflection over its
 * components and cached in a {@link ClassValue}: keys, types, the {@code origin} slot and the
 * canonical constructor, called by plain reflection (cheap on a cold JVM, unlike spreading method
 * handles, whose lambda forms are generated on first use). Immutable.
 */
public final class RecordSpec {

    private static final ClassValue<RecordSpec> CACHE = new ClassValue<>() {
        @Override
        protected RecordSpec computeValue(Class<?> type) {
            return new RecordSpec(type);
        }
    };

    private final Class<?> type;
    private final List<FieldSpec> fields;
    private final Map<String, FieldSpec> byKey;
    private final HashMap<String, FieldSpec> lookup;
    private final int arity;
    private final int originIndex;
    private final FieldSpec idField;
    private final Constructor<?> constructor;

    private RecordSpec(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a record");
        }
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        arity = components.length;
        List<FieldSpec> list = new ArrayList<>();
        int origin = -1;
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            if (c.getType() == Origin.class) {
                origin = i;
                continue;
            }
            Key key = c.getAnnotation(Key.class);
            String name = key != null ? key.value() : c.getName();
            boolean optional = c.getType() == Value.class;
            Type t = optional ? arg(c.getGenericType()) : c.getGenericType();
            list.add(new FieldSpec(name, i, !optional, typeOf(t, c.getAnnotation(Ref.class), c.getAnnotation(Range.class))));
        }
        fields = List.copyOf(list);
        Map<String, FieldSpec> m = new LinkedHashMap<>();
        for (FieldSpec f : fields) {
            m.put(f.key(), f);
        }
        byKey = Collections.unmodifiableMap(m);
        lookup = new HashMap<>(m); // the binder asks for every key it reads: no view in between
        originIndex = origin;
        FieldSpec id = byKey.get("id");
        idField = id != null && id.type() instanceof FactType.Text ? id : null;
        try {
            constructor = type.getConstructor(types);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no canonical constructor on " + type, e);
        }
        try {
            // the constructor is public: this only spares each call the caller lookup and access check
            constructor.setAccessible(true);
        } catch (RuntimeException e) {
            // not permitted here: calls check access as usual
        }
    }

    /** The description of a record class (built once). */
    public static RecordSpec of(Class<?> type) {
        return CACHE.get(type);
    }

    /** The record class. */
    public Class<?> type() {
        return type;
    }

    /** The keys in declaration order ({@code origin} excluded). */
    public List<FieldSpec> fields() {
        return fields;
    }

    /** A key by name, or null. */
    public FieldSpec field(String key) {
        return lookup.get(key);
    }

    /** The valid key names. */
    public java.util.Set<String> keys() {
        return byKey.keySet();
    }

    /** The {@code id} key when the record has a text id, else null. */
    public FieldSpec idField() {
        return idField;
    }

    /** True when the record carries an {@link Origin}. */
    public boolean isLocated() {
        return originIndex >= 0;
    }

    /** Number of constructor arguments. */
    int arity() {
        return arity;
    }

    /** The slot of the origin, or -1. */
    int originIndex() {
        return originIndex;
    }

    /** Calls the canonical constructor. */
    Object construct(Object[] args) {
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw thrownBy(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type, e);
        }
    }

    /** What a reflectively called constructor or method threw, unchecked, for the caller to rethrow. */
    static RuntimeException thrownBy(InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(cause);
    }

    private static Type arg(Type t) {
        return ((ParameterizedType) t).getActualTypeArguments()[0];
    }

    @SuppressWarnings("unchecked")
    private static FactType typeOf(Type t, Ref ref, Range range) {
        if (t instanceof ParameterizedType p && p.getRawType() == Items.class) {
            return new FactType.ListOf(typeOf(p.getActualTypeArguments()[0], ref, range));
        }
        Class<?> c = (Class<?>) t;
        if (c == String.class) {
            return new FactType.Text(ref == null ? null : ref.value());
        }
        if (c == Boolean.class || c == boolean.class) {
            return new FactType.Bool();
        }
        if (c == Integer.class || c == int.class) {
            long min = range == null ? Integer.MIN_VALUE : Math.max(Integer.MIN_VALUE, range.min());
            long max = range == null ? Integer.MAX_VALUE : Math.min(Integer.MAX_VALUE, range.max());
            return new FactType.Int(min, max);
        }
        if (c == BigDecimal.class) {
            return new FactType.Decimal();
        }
        if (c == LocalDate.class) {
            return new FactType.Date();
        }
        if (c == Covers.class) {
            return new FactType.CoversType();
        }
        if (c == TechnicalSupport.class) {
            return new FactType.SupportType();
        }
        if (c.isEnum()) {
            Map<String, Enum<?>> m = new LinkedHashMap<>();
            for (Object constant : c.getEnumConstants()) {
                m.put(WireNames.of((Enum<?>) constant), (Enum<?>) constant);
            }
            return new FactType.Enumeration((Class<? extends Enum<?>>) c, Collections.unmodifiableMap(m));
        }
        if (c.isRecord()) {
            return new FactType.Mapping(c);
        }
        throw new IllegalStateException("no fact type for " + t);
    }

    /** True when instances are {@link Located}. */
    boolean located() {
        return Located.class.isAssignableFrom(type);
    }
}

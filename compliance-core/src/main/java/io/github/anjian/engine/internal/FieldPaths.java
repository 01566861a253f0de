package io.github.anjian.engine.internal;

import io.github.anjian.facts.Key;
import io.github.anjian.facts.Value;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a fact by its key path ({@code antivirus.signatureDate}) from a model record, carrying absence
 * and {@code none} along the path. Accessors are looked up once per record class.
 */
public final class FieldPaths {

    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> m = new HashMap<>();
            if (type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) {
                    Key key = c.getAnnotation(Key.class);
                    Method a = c.getAccessor();
                    a.setAccessible(true);
                    m.put(key != null ? key.value() : c.getName(), a);
                }
            }
            return Map.copyOf(m);
        }
    };

    private FieldPaths() {
    }

    /**
     * The value at a dotted key path below {@code root}.
     *
     * @throws IllegalArgumentException when a key is not part of the model (a rule-author error)
     */
    public static Value<?> get(Object root, String path) {
        String[] keys = SPLIT.get(path);
        if (keys == null) {
            keys = path.split("\\.", -1);
            SPLIT.put(path, keys);
        }
        Object current = root;
        for (int i = 0; ; i++) {
            Value<?> v = step(current, keys[i], path);
            if (i == keys.length - 1 || !v.isStated()) {
                return v;
            }
            current = v.get();
        }
    }

    /** Paths split once: rules read the same few hundred paths millions of times. */
    private static final java.util.concurrent.ConcurrentHashMap<String, String[]> SPLIT =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static Value<?> step(Object current, String key, String path) {
        Method accessor = ACCESSORS.get(current.getClass()).get(key);
        if (accessor == null) {
            throw new IllegalArgumentException("no key '" + key + "' in " + current.getClass().getSimpleName()
                    + " (path " + path + ")");
        }
        try {
            Object v = accessor.invoke(current);
            if (v instanceof Value<?> value) {
                return value;
            }
            return Value.of(v);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }
}

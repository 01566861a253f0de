package io.github.anjian.engine.internal;

import io.github.anjian.facts.Key;
import io.github.anjian.facts.Value;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Reads a fact by its key path ({@code antivirus.signatureDate}) from a model record, carrying absence
 * and {@code none} along the path. Accessors are looked up once per record class, and each path is
 * resolved once per record class to a chain of steps.
 */
public final class FieldPaths {

    /** Per record class: key → accessor as a plain function (rules read fields millions of times, and a
     * metafactory-made function costs a fraction of {@code Method.invoke}). */
    private static final ClassValue<Map<String, Function<Object, Object>>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Function<Object, Object>> computeValue(Class<?> type) {
            Map<String, Function<Object, Object>> m = new HashMap<>();
            if (type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) {
                    Key key = c.getAnnotation(Key.class);
                    m.put(key != null ? key.value() : c.getName(), accessor(c.getAccessor()));
                }
            }
            return Map.copyOf(m);
        }
    };

    /** Path → its resolved first steps, one per record class it is read from, linked (one map look-up
     * and a class comparison or two per read). */
    private static final Map<String, Step> PATHS = new ConcurrentHashMap<>();

    private FieldPaths() {
    }

    /**
     * The value at {@code path} below {@code root}; absent or none as soon as a step is.
     *
     * @throws IllegalArgumentException if a key of the path is not a field of the record it is read from
     */
    public static Value<?> get(Object root, String path) {
        Class<?> type = root.getClass();
        Step first = PATHS.get(path);
        Step step = first;
        while (step != null && step.type != type) {
            step = step.sibling;
        }
        if (step == null) {
            step = resolve(type, path.split("\\.", -1), 0, path);
            step.sibling = first; // a race may drop a sibling; it is then resolved again, never wrong
            PATHS.put(path, step);
        }
        Object current = root;
        while (true) {
            Value<?> v = value(step.getter.apply(current));
            if (step.index == step.keys.length - 1 || !v.isStated()) {
                return v;
            }
            current = v.get();
            Step next = step.next;
            if (next == null || next.type != current.getClass()) {
                next = resolve(current.getClass(), step.keys, step.index + 1, path);
                step.next = next;
            }
            step = next;
        }
    }

    private static Value<?> value(Object v) {
        return v instanceof Value<?> value ? value : Value.of(v);
    }

    private static Step resolve(Class<?> type, String[] keys, int index, String path) {
        Function<Object, Object> getter = ACCESSORS.get(type).get(keys[index]);
        if (getter == null) {
            throw new IllegalArgumentException("no key '" + keys[index] + "' in " + type.getSimpleName()
                    + " (path " + path + ")");
        }
        return new Step(type, getter, keys, index);
    }

    /** One key of a path, read from records of one class; the next step is filled in when first taken, the
     * sibling is the same path's first step on another class. */
    private static final class Step {
        final Class<?> type;
        final Function<Object, Object> getter;
        final String[] keys;
        final int index;
        volatile Step next;
        volatile Step sibling;

        Step(Class<?> type, Function<Object, Object> getter, String[] keys, int index) {
            this.type = type;
            this.getter = getter;
            this.keys = keys;
            this.index = index;
        }
    }

    @SuppressWarnings("unchecked")
    private static Function<Object, Object> accessor(Method accessor) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodHandle handle = lookup.unreflect(accessor);
            return (Function<Object, Object>) LambdaMetafactory.metafactory(lookup, "apply",
                            MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class),
                            handle, handle.type().wrap().changeParameterType(0, accessor.getDeclaringClass()))
                    .getTarget().invokeExact();
        } catch (Throwable e) {
            // not reachable for public record accessors; reflection still reads the field if it happens
            accessor.setAccessible(true);
            return x -> {
                try {
                    return accessor.invoke(x);
                } catch (ReflectiveOperationException r) {
                    throw new IllegalStateException("cannot read " + accessor.getName(), r);
                }
            };
        }
    }
}

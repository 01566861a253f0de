package io.github.anjian.facts;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Walks the fact model by reflection: the sections of {@link Facts.Builder} in declaration order, then
 * each record's components (key = component name unless {@link Key}; {@code origin} is not a key).
 * List items use the list's path. One entry per key, in model order.
 */
final class ModelPaths {

    /** The special sections that are not model records: the schema line and the parameter overrides. */
    static final String SCHEMA = "schema";
    static final String PARAMETERS = "parameters";

    /**
     * One key of the fact format.
     *
     * @param path dotted path from the top ({@code devices.antivirus.signatureDate})
     * @param type its type in SPEC §2.1 notation
     * @param required true when a present parent must state it
     * @param owner the record that declares it, or null for a top-level section
     */
    record Entry(String path, String type, boolean required, Class<?> owner) {
    }

    private ModelPaths() {
    }

    static List<Entry> walk() {
        List<Entry> out = new ArrayList<>();
        out.add(new Entry(SCHEMA, "anjian/v1", true, null));
        for (Field f : Facts.Builder.class.getDeclaredFields()) {
            Type t = f.getGenericType();
            if (f.getName().equals(PARAMETERS) && f.getType() == Map.class) {
                out.add(new Entry(PARAMETERS, "mapping of name: number", false, null));
            } else if (f.getType() == Value.class) {
                add(out, f.getName(), arg(t), false, null, null, null);
            }
        }
        return List.copyOf(out);
    }

    private static void add(List<Entry> out, String path, Type t, boolean required, Class<?> owner, Ref ref, Range range) {
        out.add(new Entry(path, typeName(t, ref, range), required, owner));
        Class<?> record = recordOf(t);
        if (record != null) {
            for (RecordComponent c : record.getRecordComponents()) {
                if (c.getType() == Origin.class) {
                    continue;
                }
                Key key = c.getAnnotation(Key.class);
                String name = key != null ? key.value() : c.getName();
                boolean optional = c.getType() == Value.class;
                Type ct = optional ? arg(c.getGenericType()) : c.getGenericType();
                add(out, path + "." + name, ct, !optional, record, c.getAnnotation(Ref.class), c.getAnnotation(Range.class));
            }
        }
    }

    /** The record whose keys nest below a value of type t (through a list), or null for a leaf. */
    private static Class<?> recordOf(Type t) {
        if (t instanceof ParameterizedType p && p.getRawType() == Items.class) {
            return recordOf(p.getActualTypeArguments()[0]);
        }
        return t instanceof Class<?> c && c.isRecord() && !leaf(c) ? c : null;
    }

    private static boolean leaf(Class<?> c) {
        return c == Covers.class || c == TechnicalSupport.class;
    }

    private static String typeName(Type t, Ref ref, Range range) {
        if (t instanceof ParameterizedType p && p.getRawType() == Items.class) {
            return "[" + typeName(p.getActualTypeArguments()[0], ref, null) + "]";
        }
        Class<?> c = (Class<?>) t;
        if (c == String.class) {
            return ref == null ? "text" : refName(ref.value()) + "-id";
        }
        if (c == Boolean.class || c == boolean.class) {
            return "bool";
        }
        if (c == Integer.class || c == int.class) {
            if (range == null) {
                return "int";
            }
            return range.max() < Integer.MAX_VALUE ? "int " + range.min() + ".." + range.max() : "int >= " + range.min();
        }
        if (c == BigDecimal.class) {
            return "number";
        }
        if (c == LocalDate.class) {
            return "date";
        }
        if (c == Covers.class) {
            return "[system-id] | all";
        }
        if (c == TechnicalSupport.class) {
            return "internal | none | contractor-id";
        }
        if (c.isEnum()) {
            StringJoiner j = new StringJoiner(" | ");
            for (Object e : c.getEnumConstants()) {
                j.add(((Enum<?>) e).name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            return j.toString();
        }
        if (c.isRecord()) {
            return "mapping";
        }
        throw new IllegalStateException("no fact type for " + t);
    }

    /** {@code person}, {@code system}, ... as SPEC §2.1 names references. */
    static String refName(Class<?> c) {
        if (c == InfoSystem.class) {
            return "system";
        }
        return c.getSimpleName().toLowerCase(Locale.ROOT);
    }

    private static Type arg(Type t) {
        return ((ParameterizedType) t).getActualTypeArguments()[0];
    }
}

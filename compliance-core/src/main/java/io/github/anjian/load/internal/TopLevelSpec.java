package io.github.anjian.load.internal;

import io.github.anjian.facts.Facts;
import io.github.anjian.facts.Items;
import io.github.anjian.facts.Organization;
import io.github.anjian.facts.ParameterSetting;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The top level of a fact file, derived by reflection from {@link Facts.Builder}: each setter that
 * takes {@code Items<T>} is a list key, {@code organization} the one mapping, {@code parameter} the
 * {@code parameters} mapping; plus {@code schema}. Built once, immutable.
 */
public final class TopLevelSpec {

    /** The one schema version accepted. */
    public static final String SCHEMA = "anjian/v1";
    /** The key naming the schema version. */
    public static final String SCHEMA_KEY = "schema";
    /** The organization key. */
    public static final String ORGANIZATION = "organization";
    /** The parameters key. */
    public static final String PARAMETERS = "parameters";

    /** A top-level list: its key, item record class and builder setter. */
    public record ListSection(String key, Class<?> itemType, Method setter) {
        /** The description of the list's items. */
        public RecordSpec itemSpec() {
            return RecordSpec.of(itemType);
        }
    }

    private static final TopLevelSpec INSTANCE = new TopLevelSpec();

    private final Map<String, ListSection> lists;
    private final java.util.Set<String> keys;
    private final Map<Class<?>, String> listByItemType = new java.util.HashMap<>();
    private final Method organizationSetter;
    private final Method parameterSetter;

    private TopLevelSpec() {
        Map<String, ListSection> m = new TreeMap<>();
        Method org = null;
        Method param = null;
        for (Method method : Facts.Builder.class.getDeclaredMethods()) {
            if (!Modifier.isPublic(method.getModifiers()) || method.getParameterCount() != 1) {
                continue;
            }
            Class<?> p = method.getParameterTypes()[0];
            if (p == Items.class) {
                Class<?> item = (Class<?>) ((ParameterizedType) method.getGenericParameterTypes()[0])
                        .getActualTypeArguments()[0];
                m.put(method.getName(), new ListSection(method.getName(), item, method));
            } else if (p == Organization.class) {
                org = method;
            } else if (p == ParameterSetting.class) {
                param = method;
            }
        }
        lists = Collections.unmodifiableMap(m);
        java.util.Set<String> k = new java.util.TreeSet<>(m.keySet());
        k.add(SCHEMA_KEY);
        k.add(ORGANIZATION);
        k.add(PARAMETERS);
        keys = Collections.unmodifiableSet(k);
        for (ListSection s : lists.values()) {
            listByItemType.put(s.itemType(), s.key());
        }
        organizationSetter = org;
        parameterSetter = param;
    }

    /** The one instance. */
    public static TopLevelSpec get() {
        return INSTANCE;
    }

    /** The list sections by key, in key order. */
    public Map<String, ListSection> lists() {
        return lists;
    }

    /** The key of the list whose items are of {@code itemType}, or null. */
    public String listOf(Class<?> itemType) {
        return listByItemType.get(itemType);
    }

    /** Every valid top-level key, in key order. */
    public java.util.Set<String> keys() {
        return keys;
    }

    void setOrganization(Facts.Builder b, Organization o) {
        invoke(organizationSetter, b, o);
    }

    void addParameter(Facts.Builder b, ParameterSetting p) {
        invoke(parameterSetter, b, p);
    }

    void setList(Facts.Builder b, ListSection s, Items<?> items) {
        invoke(s.setter(), b, items);
    }

    private static void invoke(Method h, Facts.Builder b, Object arg) {
        try {
            h.invoke(b, arg);
        } catch (InvocationTargetException e) {
            throw RecordSpec.thrownBy(e);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.github.anjian.engine;

import io.github.anjian.facts.Origin;

/**
 * What a requirement is judged on: the organization, a device, a system, a contractor's staff member...
 *
 * @param type the subject type ({@code organization}, {@code device}, {@code system}, ...)
 * @param key the business key: the id, or for things without one {@code contractor-id/staff-name},
 *            {@code device-id@date} (maintenance), {@code kind/title} (policy) (SPEC §8.30)
 * @param name a display name (the stated name, else the key)
 * @param origin path and location in the fact files
 * @param weight the group's {@code count} (1 for single things), SPEC §2 groups
 */
public record Subject(String type, String key, String name, Origin origin, int weight) {

    /** Report order (SPEC §6): by type, then key. */
    public static final java.util.Comparator<Subject> REPORT_ORDER = (a, b) -> {
        if (a == b) {
            return 0;
        }
        // subject types are a few constants: most pairs share the instance
        int c = a.type == b.type ? 0 : a.type.compareTo(b.type);
        return c != 0 ? c : a.key.compareTo(b.key);
    };
}

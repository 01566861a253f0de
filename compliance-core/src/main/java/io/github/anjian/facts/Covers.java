package io.github.anjian.facts;

import java.util.List;

/**
 * Which systems a plan or drill covers: {@code all}, or a list of system ids.
 *
 * @param all true for {@code covers: all}
 * @param systems the listed systems (empty when {@code all})
 */
public record Covers(boolean all, Items<String> systems) {

    /** Covers every system. */
    public static final Covers ALL = new Covers(true, Items.of(List.of()));

    /** True when the system is covered (always for {@code all}). */
    public boolean includes(String systemId) {
        return all || systems.items().contains(systemId);
    }
}

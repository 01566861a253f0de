package io.github.anjian.facts;

import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A stated list and whether it is complete. SPEC §2: a list written plainly is complete (an item
 * not in it is stated missing); a list written {@code { complete: false, items: [...] }} is open
 * (an item not in it is unknown). An absent list is a {@code Value.absent()} around no {@code Items}.
 *
 * @param items the listed items, in file order
 * @param complete false for an open list
 * @param <T> the item type
 */
public record Items<T>(List<T> items, boolean complete) implements Iterable<T> {

    /** Copies the list; items are immutable. */
    public Items {
        items = List.copyOf(items);
    }

    /** A complete list. */
    public static <T> Items<T> of(List<T> items) {
        return new Items<>(items, true);
    }

    /** An open list (some items may be missing). */
    public static <T> Items<T> open(List<T> items) {
        return new Items<>(items, false);
    }

    /** True for an open list. */
    public boolean isOpen() {
        return !complete;
    }

    /** Number of listed items. */
    public int size() {
        return items.size();
    }

    /** True when nothing is listed. */
    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** The listed items as a stream. */
    public Stream<T> stream() {
        return items.stream();
    }

    @Override
    public Iterator<T> iterator() {
        return items.iterator();
    }
}

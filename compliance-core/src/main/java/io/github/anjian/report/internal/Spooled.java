package io.github.anjian.report.internal;

/**
 * A read-only list whose items live in an {@link OutcomeSpool} and are made when read: a report keeps
 * it as it is instead of copying it to the heap.
 */
public interface Spooled {
}

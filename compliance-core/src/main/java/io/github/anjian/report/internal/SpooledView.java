package io.github.anjian.report.internal;

import io.github.anjian.engine.Outcome;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A read-only list made from blocks of spooled outcomes: each outcome that {@code mapper} maps to an
 * item (the violations or the unknowns of a report) becomes one, made when read. The counts of items
 * per block are given, so that {@link #size} needs no pass. Iteration goes over the outcomes once;
 * {@link #get} goes over the item's block (for occasional reads).
 *
 * @param <E> the item type
 */
public final class SpooledView<E> extends AbstractList<E> implements Spooled {

    /** Makes the item of an outcome of block {@code block}, or null when the outcome gives none. */
    @FunctionalInterface
    public interface Mapper<E> {
        /** The item, or null. */
        E map(int block, Outcome outcome);
    }

    private final List<? extends List<Outcome>> blocks;
    private final Mapper<E> mapper;
    /** The statuses {@code mapper} makes items of, when it is known: spooled outcomes of others are not decoded. */
    private final java.util.Set<io.github.anjian.engine.Status> statuses;
    /** Items before each block. */
    private final int[] before;
    private final int size;

    /**
     * A view.
     *
     * @param blocks the outcomes, block by block
     * @param counts how many items each block gives
     * @param statuses the only statuses of outcomes {@code mapper} makes an item of
     * @param mapper makes them
     */
    public SpooledView(List<? extends List<Outcome>> blocks, int[] counts,
                       java.util.Set<io.github.anjian.engine.Status> statuses, Mapper<E> mapper) {
        if (counts.length != blocks.size()) {
            throw new IllegalArgumentException("one count per block");
        }
        this.blocks = List.copyOf(blocks);
        this.mapper = mapper;
        this.statuses = java.util.Set.copyOf(statuses);
        this.before = new int[counts.length];
        int n = 0;
        for (int i = 0; i < counts.length; i++) {
            before[i] = n;
            n += counts[i];
        }
        this.size = n;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public E get(int index) {
        java.util.Objects.checkIndex(index, size);
        int block = Arrays.binarySearch(before, index);
        if (block < 0) {
            block = -block - 2;
        }
        while (block + 1 < before.length && before[block + 1] == index) {
            block++; // blocks without items share their start with the next one
        }
        int k = before[block];
        for (Outcome o : outcomes(block)) {
            E e = mapper.map(block, o);
            if (e != null) {
                if (k == index) {
                    return e;
                }
                k++;
            }
        }
        throw new IllegalStateException("a block gave fewer items than counted");
    }

    private Iterable<Outcome> outcomes(int block) {
        List<Outcome> b = blocks.get(block);
        return b instanceof SpooledOutcomes s ? s.withStatus(statuses) : b;
    }

    @Override
    public Iterator<E> iterator() {
        return new Iterator<>() {
            private int block = -1;
            private Iterator<Outcome> outcomes = java.util.Collections.emptyIterator();
            private int index;
            private E next;

            @Override
            public boolean hasNext() {
                return index < size;
            }

            @Override
            public E next() {
                if (index >= size) {
                    throw new NoSuchElementException();
                }
                while (true) {
                    while (!outcomes.hasNext()) {
                        block++;
                        // skip blocks that give nothing without reading them
                        while (block + 1 < before.length && before[block + 1] == before[block]) {
                            block++;
                        }
                        outcomes = outcomes(block).iterator();
                    }
                    next = mapper.map(block, outcomes.next());
                    if (next != null) {
                        index++;
                        return next;
                    }
                }
            }
        };
    }
}

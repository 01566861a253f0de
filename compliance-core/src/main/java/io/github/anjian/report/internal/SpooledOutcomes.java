package io.github.anjian.report.internal;

import io.github.anjian.engine.Outcome;
import io.github.anjian.engine.Status;
import io.github.anjian.engine.Subject;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * An immutable list of outcomes whose records are in an {@link OutcomeSpool}: each is decoded when
 * read, so the list itself holds a few numbers per 64 KB of records. Iteration reads the records in
 * order; {@link #get} finds the record's block by binary search and decodes from its start (made for
 * occasional reads, not for indexed loops). Made by a {@link Builder}.
 */
public final class SpooledOutcomes extends AbstractList<Outcome> implements Spooled {

    /** Records are written to the spool in blocks of about this many bytes. */
    static final int BLOCK = 1 << 16;

    private final Blocks blocks;

    private SpooledOutcomes(Blocks blocks) {
        this.blocks = blocks;
    }

    /** A new, empty builder writing to {@code spool}. */
    public static Builder builder(OutcomeSpool spool) {
        return new Builder(spool);
    }

    /** The outcomes of the lists one after another; every list is spooled in one spool. */
    public static SpooledOutcomes concat(OutcomeSpool spool, List<? extends List<Outcome>> lists) {
        Builder b = new Builder(spool);
        for (List<Outcome> l : lists) {
            b.addAll(l);
        }
        return b.build();
    }

    @Override
    public Outcome get(int index) {
        return blocks.get(index);
    }

    @Override
    public int size() {
        return blocks.size;
    }

    @Override
    public Iterator<Outcome> iterator() {
        return blocks.iterator(null);
    }

    /** The outcomes of these statuses, in list order; the others are skipped without being decoded. */
    public Iterable<Outcome> withStatus(java.util.Set<Status> statuses) {
        return () -> blocks.iterator(statuses);
    }

    /** Reads each outcome's status and subject only, in list order (for sums: nothing else is decoded). */
    public void forEachStatus(java.util.function.BiConsumer<Status, Subject> action) {
        OutcomeSpool.Reader r = blocks.spool.reader();
        for (int k = 0; k < blocks.n; k++) {
            int count = (k + 1 < blocks.n ? blocks.before[k + 1] : blocks.size) - blocks.before[k];
            int at = r.at(blocks.starts[k], blocks.lengths[k]);
            byte[] b = r.buffer();
            for (int i = 0; i < count; i++) {
                action.accept(OutcomeSpool.recordStatus(b, at), blocks.spool.recordSubject(b, at));
                at += OutcomeSpool.recordLength(b, at);
            }
        }
    }

    /** The spool's blocks of records: start, byte length and count of each, in list order. */
    private static final class Blocks {
        final OutcomeSpool spool;
        long[] starts = new long[4];
        int[] lengths = new int[4];
        /** The number of records before each block. */
        int[] before = new int[4];
        int n;
        int size;
        private OutcomeSpool.Reader reader; // for get, under this object's lock

        Blocks(OutcomeSpool spool) {
            this.spool = spool;
        }

        void add(long start, int length, int count) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
                lengths = Arrays.copyOf(lengths, n * 2);
                before = Arrays.copyOf(before, n * 2);
            }
            starts[n] = start;
            lengths[n] = length;
            before[n] = size;
            n++;
            size += count;
        }

        void addAll(Blocks other) {
            if (other.spool != spool) {
                throw new IllegalArgumentException("outcomes of another spool");
            }
            for (int i = 0; i < other.n; i++) {
                int count = (i + 1 < other.n ? other.before[i + 1] : other.size) - other.before[i];
                add(other.starts[i], other.lengths[i], count);
            }
        }

        synchronized Outcome get(int index) {
            Objects.checkIndex(index, size);
            int block = Arrays.binarySearch(before, 0, n, index);
            if (block < 0) {
                block = -block - 2;
            }
            if (reader == null) {
                reader = spool.reader();
            }
            int at = reader.at(starts[block], lengths[block]);
            byte[] b = reader.buffer();
            for (int k = before[block]; k < index; k++) {
                at += OutcomeSpool.recordLength(b, at);
            }
            return spool.decodeRecord(b, at);
        }

        /** The outcomes in order; with {@code statuses}, only those of these statuses (null: all). */
        Iterator<Outcome> iterator(java.util.Set<Status> statuses) {
            return new Iterator<>() {
                private final OutcomeSpool.Reader r = spool.reader();
                private int block = -1;
                private int left;
                private int at;
                private int index;
                /** The record of the next outcome: its block's base is {@code r.at(...)}, its offset {@code at}. */
                private boolean found;

                @Override
                public boolean hasNext() {
                    if (statuses == null) {
                        return index < size;
                    }
                    while (!found && index < size) {
                        int pos = position();
                        if (statuses.contains(OutcomeSpool.recordStatus(r.buffer(), pos))) {
                            found = true;
                        } else {
                            skip(pos);
                        }
                    }
                    return found;
                }

                /** Makes the current record readable; returns its place in the reader's buffer. */
                private int position() {
                    if (left == 0) {
                        block++;
                        left = (block + 1 < n ? before[block + 1] : size) - before[block];
                    }
                    // the block is made readable for each record: another block's read may have moved the window
                    return r.at(starts[block], lengths[block]) + at;
                }

                private void skip(int pos) {
                    at += OutcomeSpool.recordLength(r.buffer(), pos);
                    if (--left == 0) {
                        at = 0;
                    }
                    index++;
                }

                @Override
                public Outcome next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    found = false;
                    int pos = position();
                    Outcome o = spool.decodeRecord(r.buffer(), pos);
                    skip(pos);
                    return o;
                }
            };
        }
    }

    /**
     * A growing list of outcomes to be spooled: records gather in a block of its own and go to the
     * spool when the block is full or the list is read. Supports what a check's assembly needs of a list
     * (add, addAll, clear, sort, get, iteration); {@link #build} gives the immutable list. Not thread-safe.
     */
    public static final class Builder extends AbstractList<Outcome> implements Spooled {
        private final OutcomeSpool spool;
        private Blocks blocks;
        private OutcomeSpool.Bytes block;
        private int blockCount;

        private Builder(OutcomeSpool spool) {
            this.spool = spool;
            this.blocks = new Blocks(spool);
        }

        @Override
        public boolean add(Outcome o) {
            if (block == null) {
                block = new OutcomeSpool.Bytes(1024);
            }
            spool.encode(o, block);
            added();
            return true;
        }

        /** Adds a record already encoded for this spool or a {@link OutcomeSpool#sibling} (its length prefix first). */
        public void addRecord(byte[] bytes, int from, int length) {
            if (block == null) {
                block = new OutcomeSpool.Bytes(Math.max(1024, length));
            }
            block.put(bytes, from, length);
            added();
        }

        private void added() {
            blockCount++;
            if (block.length() >= BLOCK) {
                writeBlock();
            }
        }

        private void writeBlock() {
            if (blockCount > 0) {
                long start = spool.append(block.array(), 0, block.length());
                blocks.add(start, block.length(), blockCount);
                block.clear();
                blockCount = 0;
            }
        }

        @Override
        public boolean addAll(Collection<? extends Outcome> c) {
            if (c instanceof Builder b && b.spool == spool) {
                b.writeBlock();
                writeBlock();
                blocks.addAll(b.blocks);
            } else if (c instanceof SpooledOutcomes s && s.blocks.spool == spool) {
                writeBlock();
                blocks.addAll(s.blocks);
            } else {
                for (Outcome o : c) {
                    add(o);
                }
            }
            return !c.isEmpty();
        }

        @Override
        public void clear() {
            blocks = new Blocks(spool);
            if (block != null) {
                block.clear();
            }
            blockCount = 0;
        }

        @Override
        public void sort(Comparator<? super Outcome> c) {
            List<Outcome> all = new ArrayList<>(this);
            all.sort(c);
            clear();
            for (Outcome o : all) {
                add(o);
            }
        }

        @Override
        public Outcome get(int index) {
            writeBlock();
            return blocks.get(index);
        }

        @Override
        public int size() {
            return blocks.size + blockCount;
        }

        @Override
        public Iterator<Outcome> iterator() {
            writeBlock();
            return blocks.iterator(null);
        }

        /** The outcomes added, as an immutable list; the builder starts empty again. */
        public SpooledOutcomes build() {
            writeBlock();
            SpooledOutcomes out = new SpooledOutcomes(blocks);
            blocks = new Blocks(spool);
            block = null;
            return out;
        }
    }
}

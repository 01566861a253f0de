package io.github.anjian.report.internal;

import io.github.anjian.engine.Outcome;
import io.github.anjian.engine.Part;
import io.github.anjian.engine.Reason;
import io.github.anjian.engine.Status;
import io.github.anjian.engine.Subject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Outcomes kept in a temporary file instead of the heap: a body of a million devices has some 17
 * million outcomes, more than a 2 GB heap holds beside its facts. Each outcome is one record
 * (length, then subject, status, evidence, missing paths, reasons, error), written once and decoded
 * into an equal {@link Outcome} whenever it is read.
 *
 * <p>Subjects stay objects on the heap (a record holds the subject's index in a table shared by the
 * spools of one check, {@link #sibling}), so do short strings that recur (requirement ids, reason
 * codes, values): their index. The file is deleted as soon as it is opened where the system allows it
 * (it lives as long as the open channel), else when closed, and the channel is closed when the spool
 * becomes unreachable or {@link #close} is called. Writing is single-threaded; once written, records
 * may be read by any number of threads, each with its own {@link Reader}.
 */
public final class OutcomeSpool implements AutoCloseable {

    private static final Cleaner CLEANER = Cleaner.create();

    /** Most strings kept as an index; then every string is written whole (bounds the table). */
    private static final int MAX_WORDS = 1 << 16;
    /** Strings up to this length are indexed: values, codes and ids recur; paths mostly do not. */
    private static final int MAX_WORD_LENGTH = 24;

    /** What the spools of one check share: subjects and recurring strings by index. */
    private static final class Codebook {
        final List<Subject> subjects = new ArrayList<>();
        final Map<Subject, Integer> subjectIds = new IdentityHashMap<>();
        final List<String> words = new ArrayList<>();
        final Map<String, Integer> wordIds = new HashMap<>();
    }

    private final Codebook book;
    private final Path file;
    private final FileChannel channel;
    private final Cleaner.Cleanable cleanable;
    /** Bytes written to the channel; buffered bytes follow. */
    private long flushed;
    private final ByteBuffer pending = ByteBuffer.allocate(1 << 18);

    private OutcomeSpool(Codebook book, Path directory) {
        this.book = book;
        try {
            Path f = Files.createTempFile(directory, "anjian-report-", ".spool");
            this.channel = FileChannel.open(f, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE);
            // POSIX: DELETE_ON_CLOSE unlinks the file at once (the open channel keeps the data), so a crash
            // leaves nothing behind; Windows keeps it until the channel closes
            this.file = Files.exists(f) ? f : null;
        } catch (IOException e) {
            String why = e instanceof java.nio.file.NoSuchFileException ? "the folder does not exist"
                    : e instanceof java.nio.file.AccessDeniedException ? "no permission to write there" : e.getMessage();
            throw new UncheckedIOException("cannot make a temporary file for the report in " + directory + " (" + why
                    + "); a report too large for the heap is kept in one: point java.io.tmpdir at a writable folder"
                    + " with space (java -Djava.io.tmpdir=DIR ...) or give the JVM more heap (-Xmx)", e);
        }
        FileChannel c = channel;
        this.cleanable = CLEANER.register(this, () -> {
            try {
                c.close();
            } catch (IOException ignored) {
                // a temporary file: nothing to keep
            }
        });
    }

    /** A new spool in {@code directory} (a temporary file). */
    public static OutcomeSpool create(Path directory) {
        return new OutcomeSpool(new Codebook(), directory);
    }

    /** A new spool in {@code directory} sharing this one's subject and string tables: records may be copied between them. */
    public OutcomeSpool sibling(Path directory) {
        return new OutcomeSpool(book, directory);
    }

    /** The temporary file while it is visible in its directory (until closed where the system could not delete it at once); else null. */
    Path visibleFile() {
        return file;
    }

    /** Bytes written so far. */
    public long size() {
        return flushed + pending.position();
    }

    /** Appends bytes; returns the offset of the first. */
    public long append(byte[] bytes, int from, int length) {
        maps = null;
        long at = size();
        while (length > 0) {
            if (!pending.hasRemaining()) {
                flush();
            }
            int n = Math.min(length, pending.remaining());
            pending.put(bytes, from, n);
            from += n;
            length -= n;
        }
        return at;
    }

    private void flush() {
        pending.flip();
        try {
            while (pending.hasRemaining()) {
                flushed += channel.write(pending, flushed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report's temporary file (" + e.getMessage() + "): free some"
                    + " space in " + System.getProperty("java.io.tmpdir") + ", point java.io.tmpdir at a folder with space"
                    + " (java -Djava.io.tmpdir=DIR ...) or give the JVM more heap (-Xmx)", e);
        } finally {
            pending.clear();
        }
    }

    private static final int WINDOW = 1 << 16;
    private static final int MAP_SHIFT = 30;
    private static final long MAP_CHUNK = 1L << MAP_SHIFT;
    /** The file mapped in chunks of 1 GB once {@link #seal sealed}; null while it is written. */
    private volatile MappedByteBuffer[] maps;

    /**
     * Done writing for now: the file is mapped into memory (outside the heap), so that records are read
     * without a system call each. A later {@link #append} drops the map.
     */
    public void seal() {
        flush();
        long size = flushed;
        int chunks = (int) ((size + MAP_CHUNK - 1) >>> MAP_SHIFT);
        MappedByteBuffer[] m = new MappedByteBuffer[chunks];
        try {
            for (int c = 0; c < chunks; c++) {
                long from = (long) c << MAP_SHIFT;
                m[c] = channel.map(FileChannel.MapMode.READ_ONLY, from, Math.min(MAP_CHUNK, size - from));
            }
        } catch (IOException e) {
            return; // reads go through the channel, as before sealing
        }
        maps = m;
    }

    /** Closes the channel, which deletes the file; further reads fail. */
    @Override
    public void close() {
        maps = null;
        cleanable.clean();
    }

    /** A reader of this spool with its own buffer (one per thread). */
    public Reader reader() {
        return new Reader();
    }

    /** Reads ranges of the spool through a window that serves sequential reads without a system call each. */
    public final class Reader {
        private byte[] buf = new byte[WINDOW];
        private long windowStart = -1;
        private int windowLength;

        private Reader() {
        }

        /** The buffer {@link #at} fills. */
        public byte[] buffer() {
            return buf;
        }

        /**
         * Makes bytes {@code [offset, offset + length)} readable in {@link #buffer}; returns the index of
         * the first. A sealed spool is read from its memory map (a copy of just these bytes: records are
         * read in report order, which is not always the order they were written in); else through a window
         * of at least 64 KB read with one system call.
         */
        public int at(long offset, int length) {
            if (windowStart >= 0 && offset >= windowStart && offset + length <= windowStart + windowLength) {
                return (int) (offset - windowStart);
            }
            if (offset < 0 || offset + length > size()) {
                throw new IllegalArgumentException("a read outside the spool");
            }
            MappedByteBuffer[] m = maps;
            if (m != null) {
                if (length > buf.length) {
                    buf = new byte[length];
                }
                int done = 0;
                while (done < length) {
                    long at = offset + done;
                    int chunk = (int) (at >>> MAP_SHIFT);
                    int in = (int) (at & (MAP_CHUNK - 1));
                    int n = Math.min(length - done, m[chunk].capacity() - in);
                    m[chunk].get(in, buf, done, n);
                    done += n;
                }
                windowStart = offset;
                windowLength = length;
                return 0;
            }
            if (offset + length > flushed) {
                flush(); // the writer reads back its own records (single-threaded while writing)
            }
            int want = (int) Math.min(Math.max(length, WINDOW), flushed - offset);
            if (want > buf.length) {
                buf = new byte[want];
            }
            ByteBuffer b = ByteBuffer.wrap(buf, 0, want);
            try {
                long pos = offset;
                while (b.hasRemaining()) {
                    int n = channel.read(b, pos);
                    if (n < 0) {
                        break;
                    }
                    pos += n;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the report's temporary file: " + e.getMessage(), e);
            }
            windowStart = offset;
            windowLength = b.position();
            return 0;
        }
    }

    // ---------------------------------------------------------------- encoding

    /** A growable byte array that records are written into before they are appended. */
    public static final class Bytes {
        byte[] b;
        int n;

        /** Empty, with room for {@code capacity} bytes. */
        public Bytes(int capacity) {
            b = new byte[Math.max(16, capacity)];
        }

        /** The bytes. */
        public byte[] array() {
            return b;
        }

        /** How many bytes are written. */
        public int length() {
            return n;
        }

        /** Forgets the bytes, keeping the array. */
        public void clear() {
            n = 0;
        }

        void ensure(int more) {
            if (n + more > b.length) {
                b = Arrays.copyOf(b, Math.max(b.length * 2, n + more));
            }
        }

        void put(int v) {
            ensure(1);
            b[n++] = (byte) v;
        }

        void varint(int v) {
            ensure(5);
            while ((v & ~0x7F) != 0) {
                b[n++] = (byte) (v & 0x7F | 0x80);
                v >>>= 7;
            }
            b[n++] = (byte) v;
        }

        /** Appends bytes. */
        public void put(byte[] src, int from, int length) {
            ensure(length);
            System.arraycopy(src, from, b, n, length);
            n += length;
        }
    }

    private static final Status[] STATUSES = Status.values();

    private static final int HAS_MISSING = 1;
    private static final int HAS_REASONS = 2;
    private static final int HAS_ERROR = 4;

    private final Bytes scratch = new Bytes(256);

    /** Appends the record of {@code o} (its length first) to {@code out}. Not thread-safe. */
    public void encode(Outcome o, Bytes out) {
        encode(o, subjectId(o.subject()), out);
    }

    /**
     * Enters a subject in the table without looking for it there: the caller keeps the index and
     * passes it to {@link #encode(Outcome, int, Bytes)} (no table by identity for a million subjects).
     */
    public int newSubject(Subject s) {
        book.subjects.add(s);
        return book.subjects.size() - 1;
    }

    /** {@link #encode(Outcome, Bytes)} of an outcome whose subject has this index ({@link #newSubject}). */
    public void encode(Outcome o, int subject, Bytes out) {
        if (book.subjects.get(subject) != o.subject()) {
            throw new IllegalArgumentException("subject " + subject + " is not the outcome's");
        }
        Bytes p = scratch;
        p.clear();
        p.varint(subject);
        p.varint(word(o.requirement()));
        List<String> missing = o.missing();
        List<Reason> reasons = o.reasons();
        String error = o.error();
        p.put(o.status().ordinal());
        p.put((missing.isEmpty() ? 0 : HAS_MISSING) | (reasons.isEmpty() ? 0 : HAS_REASONS)
                | (error.isEmpty() ? 0 : HAS_ERROR));
        Map<String, String> evidence = o.evidence();
        p.varint(evidence.size());
        for (Map.Entry<String, String> e : evidence.entrySet()) {
            string(p, e.getKey());
            string(p, e.getValue());
        }
        if (!missing.isEmpty()) {
            p.varint(missing.size());
            for (String m : missing) {
                string(p, m);
            }
        }
        if (!reasons.isEmpty()) {
            p.varint(reasons.size());
            for (Reason r : reasons) {
                string(p, r.code());
                List<String> args = r.args();
                p.varint(args.size());
                for (String a : args) {
                    string(p, a);
                }
            }
        }
        if (!error.isEmpty()) {
            string(p, error);
        }
        out.varint(p.n);
        out.put(p.b, 0, p.n);
    }

    private int subjectId(Subject s) {
        return indexIn(s, book.subjects, book.subjectIds);
    }

    /** The index of an indexed string; a negative number when the string is written whole. */
    private int wordId(String s) {
        if (s.length() > MAX_WORD_LENGTH) {
            return -1;
        }
        Integer id = book.wordIds.get(s);
        return id != null ? id : book.words.size() >= MAX_WORDS ? -1 : word(s);
    }

    /** A string that is always indexed (requirement ids: a pack has a few hundred at most). */
    private int word(String s) {
        return indexIn(s, book.words, book.wordIds);
    }

    /** The index of {@code value} in a table, entered at its end when new. */
    private static <T> int indexIn(T value, List<T> values, Map<T, Integer> ids) {
        Integer id = ids.get(value);
        if (id == null) {
            id = values.size();
            values.add(value);
            ids.put(value, id);
        }
        return id;
    }

    private void string(Bytes p, String s) {
        int id = wordId(s);
        if (id >= 0) {
            p.varint(id << 1 | 1);
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        p.varint(utf8.length << 1);
        p.put(utf8, 0, utf8.length);
    }

    /** A cursor over encoded bytes. */
    static final class In {
        final byte[] b;
        int pos;

        In(byte[] b, int pos) {
            this.b = b;
            this.pos = pos;
        }

        int varint() {
            int v = 0;
            for (int shift = 0; ; shift += 7) {
                byte x = b[pos++];
                v |= (x & 0x7F) << shift;
                if (x >= 0) {
                    return v;
                }
            }
        }
    }

    /** The index of a requirement id in this spool's strings; -1 when no record has it. */
    public int requirementId(String requirement) {
        Integer id = book.wordIds.get(requirement);
        return id == null ? -1 : id;
    }

    /** The requirement id index ({@link #requirementId}) of the record at {@code pos} of {@code b}. */
    public static int recordRequirementId(byte[] b, int pos) {
        In in = new In(b, pos);
        in.varint(); // length
        in.varint(); // subject
        return in.varint();
    }

    /** The requirement id of the record at {@code pos} of {@code b}. */
    public String recordRequirement(byte[] b, int pos) {
        return book.words.get(recordRequirementId(b, pos));
    }

    /** The status of the record at {@code pos} of {@code b}. */
    public static Status recordStatus(byte[] b, int pos) {
        In in = new In(b, pos);
        in.varint(); // length
        in.varint(); // subject
        in.varint(); // requirement
        return STATUSES[b[in.pos]];
    }

    /** The subject of the record at {@code pos} of {@code b}. */
    Subject recordSubject(byte[] b, int pos) {
        In in = new In(b, pos);
        in.varint(); // length
        return book.subjects.get(in.varint());
    }

    /** The length of the record at {@code pos} of {@code b}, its length prefix included. */
    public static int recordLength(byte[] b, int pos) {
        In in = new In(b, pos);
        int length = in.varint();
        return in.pos - pos + length;
    }

    /** Decodes the record whose length prefix starts at {@code pos} of {@code b}. */
    public Outcome decodeRecord(byte[] b, int pos) {
        In in = new In(b, pos);
        in.varint();
        return decode(in);
    }

    private Outcome decode(In in) {
        Subject subject = book.subjects.get(in.varint());
        String requirement = book.words.get(in.varint());
        Status status = STATUSES[in.b[in.pos++]];
        int flags = in.b[in.pos++];
        int nEvidence = in.varint();
        Map<String, String> evidence;
        if (nEvidence == 0) {
            evidence = Map.of();
        } else {
            evidence = Part.evidenceOf(strings(in, 2 * nEvidence));
        }
        List<String> missing = List.of();
        if ((flags & HAS_MISSING) != 0) {
            missing = Arrays.asList(strings(in, in.varint()));
        }
        List<Reason> reasons = List.of();
        if ((flags & HAS_REASONS) != 0) {
            Reason[] rs = new Reason[in.varint()];
            for (int i = 0; i < rs.length; i++) {
                String code = string(in);
                rs[i] = new Reason(code, Arrays.asList(strings(in, in.varint())));
            }
            reasons = Arrays.asList(rs);
        }
        String error = (flags & HAS_ERROR) != 0 ? string(in) : "";
        return new Outcome(requirement, subject, status, missing, evidence, reasons, error);
    }

    private String[] strings(In in, int n) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = string(in);
        }
        return out;
    }

    private String string(In in) {
        int v = in.varint();
        if ((v & 1) != 0) {
            return book.words.get(v >>> 1);
        }
        int length = v >>> 1;
        String s = new String(in.b, in.pos, length, StandardCharsets.UTF_8);
        in.pos += length;
        return s;
    }
}

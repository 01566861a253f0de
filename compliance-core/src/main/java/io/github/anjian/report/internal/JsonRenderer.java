package io.github.anjian.report.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.anjian.catalog.Severity;
import io.github.anjian.engine.Subject;
import io.github.anjian.facts.SourceLocation;
import io.github.anjian.rating.Counts;
import io.github.anjian.rating.Fix;
import io.github.anjian.rating.GroupScore;
import io.github.anjian.rating.Rating;
import io.github.anjian.report.Figure;
import io.github.anjian.report.Renderer;
import io.github.anjian.report.Report;
import io.github.anjian.report.RequirementResult;
import io.github.anjian.report.Summary;
import io.github.anjian.report.UnknownFact;
import io.github.anjian.report.Violation;
import io.github.anjian.report.WaiverInfo;
import io.github.anjian.report.diff.Change;
import io.github.anjian.report.diff.Comparison;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The JSON report (SPEC §6): pretty-printed with two spaces and "\n", UTF-8, ending in a newline.
 * The report is written field by field to jackson-core's generator, in {@link ReportTree}'s order and
 * with its names and value types (so the bytes are those of writing that tree), without building the
 * tree first; a cold run does not load databind.
 */
public final class JsonRenderer implements Renderer {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** The lower-case wire names of the severities, by ordinal. */
    private static final SerializableString[] SEVERITIES = new SerializableString[Severity.values().length];

    static {
        for (Severity s : Severity.values()) {
            SEVERITIES[s.ordinal()] = new SerializedString(s.name().toLowerCase(Locale.ROOT));
        }
    }

    private static final SerializableString FAIL = new SerializedString("FAIL");
    private static final SerializableString PARTIAL = new SerializedString("PARTIAL");
    private static final SerializableString WAIVED = new SerializedString("WAIVED");
    private static final SerializableString NEW = new SerializedString("new");
    private static final SerializableString EXISTING = new SerializedString("existing");

    private final boolean pretty;

    /** A renderer; {@code pretty} false writes one line (JSON Lines). */
    public JsonRenderer(boolean pretty) {
        this(pretty, MAX_BUFFERED);
    }

    /** A renderer that streams reports estimated larger than {@code maxBuffered} bytes (tests). */
    JsonRenderer(boolean pretty, long maxBuffered) {
        this.pretty = pretty;
        this.maxBuffered = maxBuffered;
    }

    private final long maxBuffered;

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        long capacity = capacity(report);
        if (capacity > maxBuffered) {
            // a large report streams through the generator's own buffer: a whole 100,000-device report held
            // as bytes (and copied as its buffer doubled) took more heap than the report itself
            OutputStream unclosed = new java.io.FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush(); // the caller's stream stays open, as with the buffered path
                }
            };
            write(report, unclosed);
            out.write('\n');
            return;
        }
        // sized up front (one array, not a doubling series of copies); written to out at once
        Buffer buffer = buffered(report, capacity);
        try {
            out.write(buffer.bytes, 0, buffer.count);
        } finally {
            buffer.giveBack();
        }
    }

    /**
     * The report and its newline in a borrowed buffer, which the caller gives back: a batch renders
     * thousands of reports, and each would otherwise allocate and clear an array of its own.
     */
    private Buffer buffered(Report report, long capacity) throws IOException {
        Buffer buffer = Buffer.borrow((int) Math.min(capacity, MAX_BUFFERED));
        try {
            write(report, buffer);
            buffer.write('\n');
            return buffer;
        } catch (IOException | RuntimeException e) {
            buffer.giveBack();
            throw e;
        }
    }

    /**
     * A growable byte buffer whose array goes back to a small shared pool after use (no thread-locals: a
     * library's thread-local would outlive it in an application server's threads). Arrays larger than
     * {@link #MAX_POOLED} are not kept.
     */
    static final class Buffer extends OutputStream {
        private static final int MAX_POOLED = 4 << 20;
        private static final java.util.concurrent.atomic.AtomicReferenceArray<byte[]> POOL =
                new java.util.concurrent.atomic.AtomicReferenceArray<>(8);

        byte[] bytes;
        int count;

        private Buffer(byte[] bytes) {
            this.bytes = bytes;
        }

        /** A buffer of at least {@code capacity} bytes, from the pool when one there is large enough. */
        static Buffer borrow(int capacity) {
            for (int i = 0; i < POOL.length(); i++) {
                byte[] b = POOL.get(i);
                if (b != null && b.length >= capacity && POOL.compareAndSet(i, b, null)) {
                    return new Buffer(b);
                }
            }
            return new Buffer(new byte[capacity]);
        }

        /** Returns the array to the pool (in place of a smaller one when the pool is full). */
        void giveBack() {
            byte[] b = bytes;
            bytes = null;
            if (b == null || b.length > MAX_POOLED) {
                return;
            }
            for (int i = 0; i < POOL.length(); i++) {
                byte[] old = POOL.get(i);
                if ((old == null || old.length < b.length) && POOL.compareAndSet(i, old, b)) {
                    return;
                }
            }
        }

        private void ensure(int more) {
            if (bytes.length - count < more) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, count + more));
            }
        }

        @Override
        public void write(int b) {
            ensure(1);
            bytes[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            ensure(len);
            System.arraycopy(b, off, bytes, count, len);
            count += len;
        }
    }

    /** {@inheritDoc} Written to a pooled buffer and copied once (no doubling series of copies). */
    @Override
    public byte[] bytes(Report report) throws IOException {
        Buffer buffer = buffered(report, capacity(report));
        try {
            return java.util.Arrays.copyOf(buffer.bytes, buffer.count);
        } finally {
            buffer.giveBack();
        }
    }

    /** Reports estimated larger than this many bytes of JSON stream to the output instead of a buffer. */
    static final long MAX_BUFFERED = 16L << 20;

    private void write(Report report, OutputStream to) throws IOException {
        try (JsonGenerator gen = FACTORY.createGenerator(to, JsonEncoding.UTF8)) {
            if (pretty) {
                gen.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            }
            new Writer(gen).report(report);
        }
    }

    /** Bytes enough for most reports of this size (a little more), so that the buffer rarely grows. */
    private long capacity(Report r) {
        long n = pretty
                ? 16_384L + 860L * r.violations().size() + 270L * r.unknowns().size() + 440L * r.requirements().size()
                : 16_384L + 640L * r.violations().size() + 180L * r.unknowns().size() + 300L * r.requirements().size();
        return n + 200L * r.warnings().size();
    }

    /** One report's writing. */
    private static final class Writer {

        private final JsonGenerator g;

        Writer(JsonGenerator g) {
            this.g = g;
        }

        void report(Report r) throws IOException {
            g.writeStartObject();
            g.writeFieldName(N.SCHEMA);
            text(r.schema());
            g.writeFieldName(N.ORGANIZATION);
            g.writeStartObject();
            g.writeFieldName(N.ID);
            text(r.organizationId());
            g.writeFieldName(N.NAME);
            text(r.organizationName());
            g.writeEndObject();
            g.writeFieldName(N.AS_OF);
            text(r.asOf().toString());
            g.writeFieldName(N.RULE_PACK);
            g.writeStartObject();
            g.writeFieldName(N.NAME);
            text(r.rulePackName());
            g.writeFieldName(N.VERSION);
            text(r.rulePackVersion());
            g.writeEndObject();
            g.writeFieldName(N.LANG);
            text(r.lang().name().toLowerCase(Locale.ROOT));
            g.writeFieldName(N.SUMMARY);
            summary(r.summary());
            g.writeFieldName(N.RATING);
            rating(r.rating());
            g.writeFieldName(N.REQUIREMENTS);
            g.writeStartArray();
            for (RequirementResult q : r.requirements()) {
                g.writeStartObject();
                g.writeFieldName(N.ID);
                text(q.id());
                g.writeFieldName(N.AREA);
                text(q.area());
                g.writeFieldName(N.TITLE);
                text(q.title());
                g.writeFieldName(N.SEVERITY);
                severity(q.severity());
                g.writeFieldName(N.STATUS);
                text(q.status().name());
                g.writeFieldName(N.VALUE);
                g.writeNumber(q.value());
                g.writeFieldName(N.VALUE_WITHOUT_WAIVERS);
                g.writeNumber(q.valueWithoutWaivers());
                g.writeFieldName(N.SUBJECTS);
                counts(q.subjects());
                g.writeEndObject();
            }
            g.writeEndArray();
            Set<String> fresh = r.baseline().map(ReportTree::newFingerprints).orElse(null);
            g.writeFieldName(N.VIOLATIONS);
            g.writeStartArray();
            for (Violation v : r.violations()) {
                violation(v, fresh);
            }
            g.writeEndArray();
            g.writeFieldName(N.UNKNOWNS);
            g.writeStartArray();
            for (UnknownFact u : r.unknowns()) {
                g.writeStartObject();
                g.writeFieldName(N.REQUIREMENT);
                recurring(u.requirement());
                g.writeFieldName(N.SEVERITY);
                severity(u.severity());
                g.writeFieldName(N.SUBJECT);
                subject(u.subject());
                g.writeFieldName(N.MISSING);
                strings(u.missing());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (r.baseline().isPresent()) {
                g.writeFieldName(N.BASELINE);
                baseline(r.baseline().get());
            }
            g.writeFieldName(N.WARNINGS);
            strings(r.warnings());
            g.writeEndObject();
        }

        private void violation(Violation v, Set<String> fresh) throws IOException {
            g.writeStartObject();
            g.writeFieldName(N.FINGERPRINT);
            text(v.fingerprint());
            g.writeFieldName(N.REQUIREMENT);
            recurring(v.requirement());
            g.writeFieldName(N.SEVERITY);
            severity(v.severity());
            g.writeFieldName(N.AREA);
            recurring(v.area());
            g.writeFieldName(N.STATUS);
            g.writeString(v.waived() ? WAIVED : v.partial() ? PARTIAL : FAIL);
            g.writeFieldName(N.SUBJECT);
            subject(v.subject());
            g.writeFieldName(N.MESSAGE);
            text(v.message());
            g.writeFieldName(N.EVIDENCE);
            g.writeStartObject();
            for (Map.Entry<String, String> e : v.evidence().entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                text(e.getValue());
            }
            g.writeEndObject();
            g.writeFieldName(N.LOCATION);
            SourceLocation l = v.subject().origin().location();
            g.writeStartObject();
            g.writeFieldName(N.FILE);
            recurring(l.file());
            g.writeFieldName(N.LINE);
            g.writeNumber(l.line());
            g.writeFieldName(N.COLUMN);
            g.writeNumber(l.column());
            g.writeEndObject();
            g.writeFieldName(N.REMEDIATION);
            recurring(v.remediation());
            g.writeFieldName(N.WAIVED);
            g.writeBoolean(v.waived());
            if (v.waiver().isPresent()) {
                WaiverInfo w = v.waiver().get();
                g.writeFieldName(N.WAIVER);
                g.writeStartObject();
                g.writeFieldName(N.JUSTIFICATION);
                text(w.justification());
                g.writeFieldName(N.APPROVED_BY);
                text(w.approvedBy());
                g.writeFieldName(N.APPROVED);
                text(w.approved() == null ? null : w.approved().toString());
                g.writeFieldName(N.EXPIRES);
                text(w.expires() == null ? null : w.expires().toString());
                g.writeEndObject();
            }
            g.writeFieldName(N.SCORE_IMPACT);
            g.writeNumber(v.scoreImpact());
            if (fresh != null) {
                g.writeFieldName(N.BASELINE);
                g.writeString(fresh.contains(v.fingerprint()) ? NEW : EXISTING);
            }
            g.writeEndObject();
        }

        private void baseline(Comparison c) throws IOException {
            g.writeStartObject();
            g.writeFieldName(N.AS_OF);
            text(c.before().asOf());
            g.writeFieldName(N.RULE_PACK);
            text(c.before().rulePack());
            g.writeFieldName(N.SCORE);
            g.writeNumber(c.before().score());
            g.writeFieldName(N.GRADE);
            text(c.before().grade());
            g.writeFieldName(N.FIXED);
            g.writeStartArray();
            for (Comparison.Entry e : c.of(Change.FIXED)) {
                g.writeStartObject();
                g.writeFieldName(N.FINGERPRINT);
                text(e.item().fingerprint());
                g.writeFieldName(N.REQUIREMENT);
                text(e.item().requirement());
                g.writeFieldName(N.SUBJECT);
                g.writeStartObject();
                g.writeFieldName(N.TYPE);
                text(e.item().subjectType());
                g.writeFieldName(N.ID);
                text(e.item().subjectId());
                g.writeEndObject();
                g.writeFieldName(N.MESSAGE);
                text(e.item().message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeFieldName(N.REQUIREMENTS_ADDED);
            strings(c.requirementsAdded());
            g.writeFieldName(N.REQUIREMENTS_REMOVED);
            strings(c.requirementsRemoved());
            g.writeEndObject();
        }

        private void subject(Subject s) throws IOException {
            g.writeStartObject();
            g.writeFieldName(N.TYPE);
            recurring(s.type());
            g.writeFieldName(N.ID);
            text(s.key());
            g.writeFieldName(N.NAME);
            text(s.name());
            g.writeEndObject();
        }

        private void rating(Rating r) throws IOException {
            g.writeStartObject();
            g.writeFieldName(N.SCORE);
            g.writeNumber(r.score());
            g.writeFieldName(N.SCORE_WITHOUT_WAIVERS);
            g.writeNumber(r.scoreWithoutWaivers());
            g.writeFieldName(N.SCORE_OF_KNOWN);
            g.writeNumber(r.scoreOfKnown());
            g.writeFieldName(N.COVERAGE);
            g.writeNumber(r.coverage());
            g.writeFieldName(N.GRADE);
            text(r.grade().name());
            g.writeFieldName(N.CONCLUSION);
            text(r.conclusion().name());
            g.writeFieldName(N.BY_SEVERITY);
            groups(r.bySeverity());
            g.writeFieldName(N.BY_AREA);
            groups(r.byArea());
            g.writeFieldName(N.NEXT_GRADE);
            text(r.nextGrade().isPresent() ? r.nextGrade().get().name() : null);
            g.writeFieldName(N.FIXES);
            g.writeStartArray();
            for (Fix f : r.fixes()) {
                g.writeStartObject();
                g.writeFieldName(N.REQUIREMENT);
                text(f.requirement());
                g.writeFieldName(N.SUBJECT);
                g.writeStartObject();
                g.writeFieldName(N.TYPE);
                text(f.subjectType());
                g.writeFieldName(N.ID);
                text(f.subjectId());
                g.writeEndObject();
                g.writeFieldName(N.SCORE_IMPACT);
                g.writeNumber(f.scoreImpact());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        private void groups(Map<String, GroupScore> groups) throws IOException {
            g.writeStartObject();
            for (Map.Entry<String, GroupScore> e : groups.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                g.writeStartObject();
                g.writeFieldName(N.SCORE);
                g.writeNumber(e.getValue().score());
                g.writeFieldName(N.REQUIREMENTS);
                counts(e.getValue().requirements());
                g.writeEndObject();
            }
            g.writeEndObject();
        }

        private void counts(Counts c) throws IOException {
            g.writeStartObject();
            g.writeFieldName(N.TOTAL);
            g.writeNumber(c.total());
            g.writeFieldName(N.PASS);
            g.writeNumber(c.pass());
            g.writeFieldName(N.FAIL);
            g.writeNumber(c.fail());
            g.writeFieldName(N.PARTIAL);
            g.writeNumber(c.partial());
            g.writeFieldName(N.UNKNOWN);
            g.writeNumber(c.unknown());
            g.writeFieldName(N.NOT_APPLICABLE);
            g.writeNumber(c.notApplicable());
            g.writeFieldName(N.ERROR);
            g.writeNumber(c.error());
            g.writeFieldName(N.WAIVED);
            g.writeNumber(c.waived());
            g.writeEndObject();
        }

        private void summary(Summary s) throws IOException {
            g.writeStartObject();
            g.writeFieldName(N.SYSTEMS);
            g.writeStartObject();
            fig(N.TOTAL, s.systemsTotal());
            fig(N.PUBLIC_FACING, s.systemsPublicFacing());
            fig(N.CONTRACTOR_OPERATED, s.systemsContractorOperated());
            g.writeFieldName(N.BY_LEVEL);
            figures(s.systemsByLevel());
            fig(N.FILED, s.systemsFiled());
            fig(N.ASSESSED_THIS_YEAR, s.systemsAssessedThisYear());
            fig(N.WITH_REALTIME_BACKUP, s.systemsWithRealtimeBackup());
            fig(N.WITHOUT_BACKUP, s.systemsWithoutBackup());
            g.writeEndObject();
            g.writeFieldName(N.TERMINALS);
            g.writeStartObject();
            fig(N.TOTAL, s.terminals());
            fig(N.WITH_ANTIVIRUS, s.terminalsWithAntivirus());
            fig(N.WITH_DOMESTIC_CPU, s.terminalsWithDomesticCpu());
            fig(N.WITH_DOMESTIC_OS, s.terminalsWithDomesticOs());
            fig(N.WITH_DOMESTIC_OFFICE_SUITE, s.terminalsWithDomesticOfficeSuite());
            fig(N.WITH_USB_STORAGE_BLOCKED, s.terminalsWithUsbStorageBlocked());
            g.writeEndObject();
            fig(N.CLASSIFIED_DEVICES, s.classifiedDevices());
            fig(N.REMOVABLE_MEDIA, s.removableMedia());
            fig(N.WIRELESS_NETWORKS, s.wirelessNetworks());
            fig(N.FACILITIES, s.facilities());
            fig(N.TRAININGS_THIS_YEAR, s.trainingsThisYear());
            fig(N.PEOPLE_TRAINED_THIS_YEAR, s.peopleTrainedThisYear());
            g.writeFieldName(N.INCIDENTS_THIS_YEAR);
            figures(s.incidentsThisYear());
            g.writeFieldName(N.VULNERABILITIES);
            g.writeStartObject();
            fig(N.FOUND, s.vulnerabilitiesFound());
            fig(N.FIXED, s.vulnerabilitiesFixed());
            g.writeFieldName(N.FIX_RATE);
            g.writeNumber(s.vulnerabilityFixRate());
            g.writeFieldName(N.MEAN_DAYS_TO_FIX);
            g.writeNumber(s.meanDaysToFix());
            g.writeEndObject();
            g.writeEndObject();
        }

        private void figures(Map<String, Figure> figures) throws IOException {
            g.writeStartObject();
            for (Map.Entry<String, Figure> e : figures.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                fig(e.getValue());
            }
            g.writeEndObject();
        }

        private void fig(SerializableString name, Figure f) throws IOException {
            g.writeFieldName(name);
            fig(f);
        }

        /** A figure as {@link ReportTree#fig} has it: a number, {@code {"atLeast": n}}, or null. */
        private void fig(Figure f) throws IOException {
            if (f.isUnknown()) {
                g.writeNull();
            } else if (f.atLeast()) {
                g.writeStartObject();
                g.writeFieldName(N.AT_LEAST);
                g.writeNumber(f.value().intValue());
                g.writeEndObject();
            } else {
                g.writeNumber(f.value().intValue());
            }
        }

        private void severity(Severity s) throws IOException {
            if (s == null) {
                throw new NullPointerException("severity");
            }
            g.writeString(SEVERITIES[s.ordinal()]);
        }

        /**
         * A text, handed to the generator as UTF-8 (the same bytes, without encoding chars one by one):
         * as it is when nothing in it needs escaping, else for the generator to escape. A text with a
         * surrogate is left to the generator's own encoding, which writes surrogates as escapes where
         * {@code getBytes} would write {@code ?} for a lone one.
         */
        private void text(String s) throws IOException {
            if (s == null) {
                g.writeString((String) null);
                return;
            }
            int n = s.length();
            if (n <= ASCII_MAX) {
                // most texts are ASCII (ids, paths, dates, English messages): their chars are their UTF-8
                // bytes, copied into one scratch array rather than a new array per text
                byte[] b = ascii;
                int found = 0;
                for (int i = 0; i < n; i++) {
                    char c = s.charAt(i);
                    found |= c < 0x80 ? BYTE_CLASS[c] : NOT_ASCII;
                    b[i] = (byte) c;
                }
                if ((found & NOT_ASCII) == 0) {
                    if ((found & ESCAPED) == 0) {
                        g.writeRawUTF8String(b, 0, n);
                    } else {
                        g.writeUTF8String(b, 0, n);
                    }
                    return;
                }
            }
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            write(s, utf8, mode(s, utf8));
        }

        /** Texts up to this many chars may take the ASCII path of {@link #text}. */
        private static final int ASCII_MAX = 4096;
        private final byte[] ascii = new byte[ASCII_MAX];

        /** How a text's UTF-8 goes to the generator: {@link #RAW}, {@link #ESCAPE} or {@link #CHARS}. */
        private static int mode(String s, byte[] utf8) {
            int found = 0;
            for (byte b : utf8) {
                found |= BYTE_CLASS[b & 0xff];
            }
            if (utf8.length == s.length() ? (found & QUESTION_MARK) != 0 && hasSurrogate(s) : hasSurrogate(s)) {
                return CHARS;
            }
            return (found & ESCAPED) == 0 ? RAW : ESCAPE;
        }

        private void write(String s, byte[] utf8, int mode) throws IOException {
            if (mode == CHARS) {
                g.writeString(s);
            } else if (mode == RAW) {
                g.writeRawUTF8String(utf8, 0, utf8.length);
            } else {
                g.writeUTF8String(utf8, 0, utf8.length);
            }
        }

        /**
         * A text that recurs as the same instance (a requirement's id, area and remediation, a file name):
         * encoded once per report and remembered by identity in a small direct-mapped table.
         */
        private void recurring(String s) throws IOException {
            if (s == null) {
                g.writeString((String) null);
                return;
            }
            int slot = System.identityHashCode(s) & (SLOTS - 1);
            if (cachedTexts[slot] != s) {
                byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                cachedTexts[slot] = s;
                cachedBytes[slot] = utf8;
                cachedModes[slot] = (byte) mode(s, utf8);
            }
            write(s, cachedBytes[slot], cachedModes[slot]);
        }

        private static final int SLOTS = 256;
        private static final int RAW = 0;
        private static final int ESCAPE = 1;
        private static final int CHARS = 2;
        private final String[] cachedTexts = new String[SLOTS];
        private final byte[][] cachedBytes = new byte[SLOTS][];
        private final byte[] cachedModes = new byte[SLOTS];

        private void strings(Collection<String> list) throws IOException {
            g.writeStartArray();
            for (String s : list) {
                text(s);
            }
            g.writeEndArray();
        }
    }

    /** {@link #BYTE_CLASS}: a byte the generator escapes in a string (a control character, a quote, a backslash). */
    private static final int ESCAPED = 1;
    /** {@link #BYTE_CLASS}: {@code ?}, which is also what {@code getBytes} makes of a lone surrogate. */
    private static final int QUESTION_MARK = 2;
    /** What each byte of a text's UTF-8 is to the writer, by unsigned value. */
    private static final byte[] BYTE_CLASS = new byte[256];
    /** A char of 0x80 and up, which the ASCII path of {@link Writer#text} leaves to UTF-8 encoding. */
    private static final int NOT_ASCII = 4;

    static {
        for (int b = 0; b < 0x20; b++) {
            BYTE_CLASS[b] = ESCAPED;
        }
        BYTE_CLASS['"'] = ESCAPED;
        BYTE_CLASS['\\'] = ESCAPED;
        BYTE_CLASS['?'] = QUESTION_MARK;
    }

    private static boolean hasSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The field names, encoded once. */
    private static final class N {
        static final SerializableString SCHEMA = name("schema");
        static final SerializableString ORGANIZATION = name("organization");
        static final SerializableString ID = name("id");
        static final SerializableString NAME = name("name");
        static final SerializableString AS_OF = name("asOf");
        static final SerializableString RULE_PACK = name("rulePack");
        static final SerializableString VERSION = name("version");
        static final SerializableString LANG = name("lang");
        static final SerializableString SUMMARY = name("summary");
        static final SerializableString RATING = name("rating");
        static final SerializableString REQUIREMENTS = name("requirements");
        static final SerializableString AREA = name("area");
        static final SerializableString TITLE = name("title");
        static final SerializableString SEVERITY = name("severity");
        static final SerializableString STATUS = name("status");
        static final SerializableString VALUE = name("value");
        static final SerializableString VALUE_WITHOUT_WAIVERS = name("valueWithoutWaivers");
        static final SerializableString SUBJECTS = name("subjects");
        static final SerializableString VIOLATIONS = name("violations");
        static final SerializableString UNKNOWNS = name("unknowns");
        static final SerializableString REQUIREMENT = name("requirement");
        static final SerializableString SUBJECT = name("subject");
        static final SerializableString MISSING = name("missing");
        static final SerializableString BASELINE = name("baseline");
        static final SerializableString WARNINGS = name("warnings");
        static final SerializableString FINGERPRINT = name("fingerprint");
        static final SerializableString MESSAGE = name("message");
        static final SerializableString EVIDENCE = name("evidence");
        static final SerializableString LOCATION = name("location");
        static final SerializableString FILE = name("file");
        static final SerializableString LINE = name("line");
        static final SerializableString COLUMN = name("column");
        static final SerializableString REMEDIATION = name("remediation");
        static final SerializableString WAIVED = name("waived");
        static final SerializableString WAIVER = name("waiver");
        static final SerializableString JUSTIFICATION = name("justification");
        static final SerializableString APPROVED_BY = name("approvedBy");
        static final SerializableString APPROVED = name("approved");
        static final SerializableString EXPIRES = name("expires");
        static final SerializableString SCORE_IMPACT = name("scoreImpact");
        static final SerializableString SCORE = name("score");
        static final SerializableString GRADE = name("grade");
        static final SerializableString FIXED = name("fixed");
        static final SerializableString TYPE = name("type");
        static final SerializableString REQUIREMENTS_ADDED = name("requirementsAdded");
        static final SerializableString REQUIREMENTS_REMOVED = name("requirementsRemoved");
        static final SerializableString SCORE_WITHOUT_WAIVERS = name("scoreWithoutWaivers");
        static final SerializableString SCORE_OF_KNOWN = name("scoreOfKnown");
        static final SerializableString COVERAGE = name("coverage");
        static final SerializableString CONCLUSION = name("conclusion");
        static final SerializableString BY_SEVERITY = name("bySeverity");
        static final SerializableString BY_AREA = name("byArea");
        static final SerializableString NEXT_GRADE = name("nextGrade");
        static final SerializableString FIXES = name("fixes");
        static final SerializableString TOTAL = name("total");
        static final SerializableString PASS = name("pass");
        static final SerializableString FAIL = name("fail");
        static final SerializableString PARTIAL = name("partial");
        static final SerializableString UNKNOWN = name("unknown");
        static final SerializableString NOT_APPLICABLE = name("notApplicable");
        static final SerializableString ERROR = name("error");
        static final SerializableString SYSTEMS = name("systems");
        static final SerializableString PUBLIC_FACING = name("publicFacing");
        static final SerializableString CONTRACTOR_OPERATED = name("contractorOperated");
        static final SerializableString BY_LEVEL = name("byLevel");
        static final SerializableString FILED = name("filed");
        static final SerializableString ASSESSED_THIS_YEAR = name("assessedThisYear");
        static final SerializableString WITH_REALTIME_BACKUP = name("withRealtimeBackup");
        static final SerializableString WITHOUT_BACKUP = name("withoutBackup");
        static final SerializableString TERMINALS = name("terminals");
        static final SerializableString WITH_ANTIVIRUS = name("withAntivirus");
        static final SerializableString WITH_DOMESTIC_CPU = name("withDomesticCpu");
        static final SerializableString WITH_DOMESTIC_OS = name("withDomesticOs");
        static final SerializableString WITH_DOMESTIC_OFFICE_SUITE = name("withDomesticOfficeSuite");
        static final SerializableString WITH_USB_STORAGE_BLOCKED = name("withUsbStorageBlocked");
        static final SerializableString CLASSIFIED_DEVICES = name("classifiedDevices");
        static final SerializableString REMOVABLE_MEDIA = name("removableMedia");
        static final SerializableString WIRELESS_NETWORKS = name("wirelessNetworks");
        static final SerializableString FACILITIES = name("facilities");
        static final SerializableString TRAININGS_THIS_YEAR = name("trainingsThisYear");
        static final SerializableString PEOPLE_TRAINED_THIS_YEAR = name("peopleTrainedThisYear");
        static final SerializableString INCIDENTS_THIS_YEAR = name("incidentsThisYear");
        static final SerializableString VULNERABILITIES = name("vulnerabilities");
        static final SerializableString FOUND = name("found");
        static final SerializableString FIX_RATE = name("fixRate");
        static final SerializableString MEAN_DAYS_TO_FIX = name("meanDaysToFix");
        static final SerializableString AT_LEAST = name("atLeast");

        private static SerializableString name(String s) {
            return new SerializedString(s);
        }
    }
}

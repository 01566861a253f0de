package io.github.anjian.load.internal;

import java.util.Arrays;

/**
 * A hand-written scanner for the plain YAML that fact files are written in: block mappings and
 * sequences, single-line flow collections, single-line plain and quoted scalars, comments. It gives
 * exactly the events (kind, value, style, start line and column) that SnakeYAML's parser gives for
 * such a text, at a fraction of the cost, and throws {@link YamlEvents.Fallback} on anything else or
 * anything doubtful (tabs, anchors, tags, block scalars, multi-line scalars, unusual characters,
 * anything SnakeYAML would reject), so that the SnakeYAML tiers decide those.
 *
 * <p>The whole text is scanned when the scanner is made, so a fallback never costs any binding.
 * Lines and columns are 0-based as in SnakeYAML's marks; columns count code points, which here are
 * characters, since anything outside the BMP falls back. Lines end with LF or CRLF.
 */
final class FactYamlScanner implements YamlEvents.Source {

    private static final YamlEvents.Fallback FALLBACK = YamlEvents.Fallback.INSTANCE;

    /** SnakeYAML forgets a possible simple key farther than 1024 code points from its ':'; stay clear of that. */
    private static final int KEY_LENGTH = 1000;

    /** The text, followed by two 0s that mark its end (so that a look-ahead of one never leaves the array; a 0 before the end is a control character: fallback). */
    private final char[] s;
    /** The number of characters scanned (without the CRs of CRLFs). */
    private final int n;
    /** The length of the text: the stream end's index. */
    private final int length;
    private final int maxDepth;

    private int pos;
    private int line;
    private int lineStart;
    private int depth;

    // the scalar just scanned
    private String value;
    private boolean plain;
    private int valueLine;
    private int valueColumn;
    private int valueStart;

    // the events, as parallel arrays
    private byte[] kinds;
    private int[] lines;
    private int[] columns;
    private String[] values;
    private boolean[] quoted;
    private int count;
    private int cursor;

    /** Scans {@code text}; falls back when it holds anything this scanner does not handle exactly. */
    FactYamlScanner(String text, int maxDepth) throws YamlEvents.Fallback {
        this.length = text.length();
        this.s = new char[length + 2];
        text.getChars(0, length, s, 0);
        this.n = text.indexOf('\r') < 0 ? length : withoutCarriageReturns();
        this.maxDepth = maxDepth;
        // a fact file has about one event per 8 characters: sized so, the arrays rarely grow
        int size = Math.max(64, n / 8);
        kinds = new byte[size];
        lines = new int[size];
        columns = new int[size];
        values = new String[size];
        quoted = new boolean[size];
        stream();
    }

    /**
     * Drops the CR of each CRLF, which changes no event: SnakeYAML treats CRLF as one line break, and
     * nothing starts at the CR. Only the stream end's index counts it ({@link #length}). A CR alone
     * (another line break for SnakeYAML) falls back.
     */
    private int withoutCarriageReturns() throws YamlEvents.Fallback {
        int to = 0;
        for (int i = 0; i < length; i++) {
            char c = s[i];
            if (c == '\r') {
                if (s[i + 1] != '\n') {
                    throw FALLBACK;
                }
                continue;
            }
            s[to++] = c;
        }
        s[to] = 0;
        s[to + 1] = 0;
        return to;
    }

    @Override
    public int next() {
        return kinds[cursor++];
    }

    @Override
    public String value() {
        return values[cursor - 1];
    }

    @Override
    public boolean plain() {
        return !quoted[cursor - 1];
    }

    @Override
    public int line() {
        return lines[cursor - 1];
    }

    @Override
    public int column() {
        return columns[cursor - 1];
    }

    @Override
    public int index() {
        // only the stream end's index is asked for: it is the length (all characters lie in the BMP)
        return kinds[cursor - 1] == YamlEvents.STREAM_END ? length : -1;
    }

    /** Number of events (for tests). */
    int size() {
        return count;
    }

    // ---------------------------------------------------------------- structure

    private void stream() throws YamlEvents.Fallback {
        emit(YamlEvents.STREAM_START, 0, 0);
        if (n > 0 && s[0] == '\uFEFF') {
            throw FALLBACK;
        }
        skipToContent();
        if (pos >= n) {
            throw FALLBACK; // no document at all
        }
        if (marker('-')) {
            emit(YamlEvents.DOCUMENT_START, line, 0);
            pos += 3;
            restOfLine();
            skipToContent();
            if (pos >= n || marker('-') || marker('.')) {
                throw FALLBACK; // an empty explicit document
            }
        } else if (marker('.') || s[pos] == '%') {
            throw FALLBACK;
        } else {
            emit(YamlEvents.DOCUMENT_START, line, pos - lineStart);
        }
        blockNode(-1, true, true);
        if (pos < n) {
            if (!marker('.')) {
                throw FALLBACK; // a second document, or a node that does not belong to the root
            }
            emit(YamlEvents.DOCUMENT_END, line, 0);
            while (pos < n && marker('.')) {
                pos += 3;
                restOfLine();
                skipToContent();
            }
            if (pos < n) {
                throw FALLBACK;
            }
        } else {
            emit(YamlEvents.DOCUMENT_END, line, pos - lineStart);
        }
        emit(YamlEvents.STREAM_END, line, pos - lineStart);
    }

    /**
     * The block node that starts at {@code pos}, inside a block collection whose column is
     * {@code indent} (-1 for the root). {@code firstOnLine}: the node is the first thing on its line;
     * {@code keyAllowed}: a simple key may start here (at a line start or after "- "). Returns at the
     * first content character of the next line that holds one, or at the end.
     */
    private void blockNode(int indent, boolean firstOnLine, boolean keyAllowed) throws YamlEvents.Fallback {
        char c = s[pos];
        int column = pos - lineStart;
        if (c == '-' && blank(s[pos + 1])) {
            if (!firstOnLine) {
                throw FALLBACK; // "- - x" or "key: - x"
            }
            blockSequence(column, false);
            return;
        }
        if (c == '[' || c == '{') {
            flowCollection();
            skipSpaces();
            if (s[pos] == ':') {
                throw FALLBACK; // a collection as a key
            }
            restOfLine();
            skipToContent();
            if (indent < 0) {
                throw FALLBACK; // a flow collection as the whole document: not a fact file
            }
            return;
        }
        if (c == '"' || c == '\'') {
            quotedScalar();
            skipSpaces();
        } else if (plainStart(c, s[pos + 1], false)) {
            blockPlain();
        } else {
            throw FALLBACK;
        }
        if (s[pos] == ':' && blank(s[pos + 1])) {
            if (!keyAllowed || column <= indent || pos - valueStart > KEY_LENGTH) {
                throw FALLBACK;
            }
            blockMapping(column);
            return;
        }
        if (indent < 0) {
            throw FALLBACK; // a scalar as the whole document
        }
        boolean wasPlain = plain;
        emitScalar();
        boolean atBreak = s[pos] == '\n';
        restOfLine();
        skipToContent();
        if (wasPlain && atBreak && pos < n && pos - lineStart > indent) {
            throw FALLBACK; // a plain scalar continued on the next line
        }
    }

    /** A block mapping at {@code column}; its first key has been scanned and {@code pos} is at the ':'. */
    private void blockMapping(int column) throws YamlEvents.Fallback {
        open();
        emit(YamlEvents.MAPPING_START, valueLine, valueColumn);
        while (true) {
            emitScalar();
            int colonLine = line;
            int colonEnd = pos - lineStart + 1;
            pos++;
            skipSpaces();
            char c = s[pos];
            if (c == '#' || c == '\n' || pos >= n) {
                restOfLine();
                skipToContent();
                if (pos < n && pos - lineStart > column) {
                    blockNode(column, true, true);
                } else if (pos < n && pos - lineStart == column && s[pos] == '-' && blank(s[pos + 1])) {
                    blockSequence(column, true);
                } else {
                    emitEmpty(colonLine, colonEnd);
                }
            } else {
                blockNode(column, false, false);
            }
            if (pos >= n || pos - lineStart < column || marker('-') || marker('.')) {
                emit(YamlEvents.MAPPING_END, line, pos - lineStart);
                depth--;
                return;
            }
            if (pos - lineStart > column) {
                throw FALLBACK;
            }
            c = s[pos];
            if (c == '"' || c == '\'') {
                quotedScalar();
                skipSpaces();
            } else if (plainStart(c, s[pos + 1], false)) {
                blockPlain();
            } else {
                throw FALLBACK;
            }
            if (s[pos] != ':' || !blank(s[pos + 1]) || pos - valueStart > KEY_LENGTH) {
                throw FALLBACK;
            }
        }
    }

    /**
     * A block sequence whose entries start at {@code column}; {@code indentless} when it is a mapping
     * value at the mapping's own column (which SnakeYAML's parser ends at anything but an entry).
     */
    private void blockSequence(int column, boolean indentless) throws YamlEvents.Fallback {
        open();
        emit(YamlEvents.SEQUENCE_START, line, column);
        while (true) {
            int dashLine = line;
            pos++;
            skipSpaces();
            char c = s[pos];
            if (c == '#' || c == '\n' || pos >= n) {
                restOfLine();
                skipToContent();
                if (pos < n && pos - lineStart > column) {
                    blockNode(column, true, true);
                } else {
                    emitEmpty(dashLine, column + 1);
                }
            } else {
                blockNode(column, false, true);
            }
            boolean more = pos < n && !marker('-') && !marker('.');
            int at = pos - lineStart;
            if (more && at == column && s[pos] == '-' && blank(s[pos + 1])) {
                continue;
            }
            if (more && (at > column || at == column && !indentless)) {
                throw FALLBACK;
            }
            emit(YamlEvents.SEQUENCE_END, line, at);
            depth--;
            return;
        }
    }

    /** A flow sequence or mapping on one line, starting at {@code pos}. */
    private void flowCollection() throws YamlEvents.Fallback {
        open();
        boolean mapping = s[pos] == '{';
        char close = mapping ? '}' : ']';
        emit(mapping ? YamlEvents.MAPPING_START : YamlEvents.SEQUENCE_START, line, pos - lineStart);
        pos++;
        skipSpaces();
        boolean first = true;
        while (true) {
            if (s[pos] == close) {
                emit(mapping ? YamlEvents.MAPPING_END : YamlEvents.SEQUENCE_END, line, pos - lineStart);
                pos++;
                depth--;
                return;
            }
            if (!first) {
                if (s[pos] != ',') {
                    throw FALLBACK;
                }
                pos++;
                skipSpaces();
                if (s[pos] == close) {
                    continue; // a trailing comma
                }
            }
            first = false;
            if (!mapping) {
                flowNode();
                skipSpaces();
                if (s[pos] == ':') {
                    throw FALLBACK; // a single-pair mapping inside a sequence
                }
                continue;
            }
            flowScalar();
            skipSpaces();
            if (s[pos] != ':' || pos - valueStart > KEY_LENGTH) {
                throw FALLBACK; // a key without a value, or too long for SnakeYAML
            }
            emitScalar();
            int colonEnd = pos - lineStart + 1;
            pos++;
            skipSpaces();
            if (s[pos] == ',' || s[pos] == '}') {
                emitEmpty(line, colonEnd);
            } else {
                flowNode();
                skipSpaces();
            }
        }
    }

    private void flowNode() throws YamlEvents.Fallback {
        char c = s[pos];
        if (c == '[' || c == '{') {
            flowCollection();
        } else {
            flowScalar();
            emitScalar();
        }
    }

    /** A quoted or plain scalar in a flow collection; it is scanned, not emitted. */
    private void flowScalar() throws YamlEvents.Fallback {
        char c = s[pos];
        if (c == '"' || c == '\'') {
            quotedScalar();
        } else if (plainStart(c, s[pos + 1], true)) {
            flowPlain();
        } else {
            throw FALLBACK;
        }
    }

    private void open() throws YamlEvents.Fallback {
        if (++depth >= maxDepth) {
            throw FALLBACK; // near the nesting limit: the composing reader reports it
        }
    }

    // ---------------------------------------------------------------- scalars

    /** True when {@code c} (followed by {@code next}) starts a plain scalar (SnakeYAML's checkPlain). */
    private static boolean plainStart(char c, char next, boolean flow) {
        switch (c) {
            case '-':
                return !blank(next);
            case '?':
            case ':':
                return !flow && !blank(next);
            case ',': case '[': case ']': case '{': case '}': case '#': case '&': case '*': case '!':
            case '|': case '>': case '\'': case '"': case '%': case '@': case '`': case ' ': case '\n': case 0:
                return false;
            default:
                return true;
        }
    }

    /** A single-line plain scalar in block context; returns after the spaces that follow it. */
    private void blockPlain() throws YamlEvents.Fallback {
        start();
        int end;
        while (true) {
            char c;
            while (true) {
                c = s[pos];
                if (c == ' ' || c == '\n' || c == 0 || c == ':' && blank(s[pos + 1])) {
                    break;
                }
                check(c);
                pos++;
            }
            end = pos;
            while (s[pos] == ' ') {
                pos++;
            }
            c = s[pos];
            if (pos == end || c == '#' || c == '\n' || c == 0 || c == ':' && blank(s[pos + 1])) {
                break;
            }
        }
        value = plainText(valueStart, end);
        plain = true;
    }

    /** A single-line plain scalar in flow context; returns after the spaces that follow it. */
    private void flowPlain() throws YamlEvents.Fallback {
        start();
        int end;
        while (true) {
            char c;
            while (true) {
                c = s[pos];
                if (c == ' ' || c == '\n' || c == 0 || flowStop(c) || c == ':' && flowEnd(s[pos + 1])) {
                    break;
                }
                check(c);
                pos++;
            }
            end = pos;
            while (s[pos] == ' ') {
                pos++;
            }
            c = s[pos];
            if (c == '\n') {
                throw FALLBACK; // SnakeYAML would continue the scalar on the next line
            }
            if (pos == end || c == '#' || c == 0 || flowStop(c) || c == ':' && flowEnd(s[pos + 1])) {
                break;
            }
        }
        value = plainText(valueStart, end);
        plain = true;
    }

    /** Plain scalars up to this many chars are kept in {@link #seen}. */
    private static final int SEEN_MAX_LENGTH = 32;
    /** Recent short plain scalars by hash, direct-mapped: a fact file repeats its keys and many values. */
    private final String[] seen = new String[1024];

    /**
     * The text of a plain scalar: an earlier equal one when a slot has it, so that a file's thousands of
     * {@code kind:} or {@code true} are one string each, with its hash computed once for the key look-ups.
     */
    private String plainText(int from, int to) {
        int n = to - from;
        if (n > SEEN_MAX_LENGTH) {
            return new String(s, from, n);
        }
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s[i]; // String.hashCode's sum
        }
        int slot = (h ^ (h >>> 10)) & (seen.length - 1);
        String t = seen[slot];
        if (t != null && t.length() == n && t.hashCode() == h && same(t, from)) {
            return t;
        }
        t = new String(s, from, n);
        seen[slot] = t;
        return t;
    }

    private boolean same(String t, int from) {
        for (int i = 0, n = t.length(); i < n; i++) {
            if (t.charAt(i) != s[from + i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean flowStop(char c) {
        return c == ',' || c == '?' || c == '[' || c == ']' || c == '{' || c == '}';
    }

    private static boolean flowEnd(char c) {
        return blank(c) || c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
    }

    /** A single-line single- or double-quoted scalar; returns after the closing quote. */
    private void quotedScalar() throws YamlEvents.Fallback {
        start();
        char quote = s[pos++];
        StringBuilder sb = null;
        int from = pos;
        while (true) {
            char c = s[pos];
            if (c == quote) {
                if (quote == '\'' && s[pos + 1] == '\'') {
                    sb = append(sb, from, pos + 1);
                    pos += 2;
                    from = pos;
                    continue;
                }
                break;
            }
            if (c == '\\' && quote == '"') {
                sb = append(sb, from, pos);
                pos = escape(sb, pos + 1);
                from = pos;
                continue;
            }
            if (c == '\n' || c == 0) {
                throw FALLBACK; // a multi-line or unterminated scalar
            }
            check(c);
            pos++;
        }
        value = sb == null ? new String(s, from, pos - from) : sb.append(s, from, pos - from).toString();
        pos++;
        plain = false;
    }

    private StringBuilder append(StringBuilder sb, int from, int to) {
        StringBuilder b = sb == null ? new StringBuilder() : sb;
        return b.append(s, from, to - from);
    }

    /** Appends the escape whose letter is at {@code at}; returns the index after it. */
    private int escape(StringBuilder sb, int at) throws YamlEvents.Fallback {
        char e = s[at];
        String r = switch (e) {
            case '0' -> "\0";
            case 'a' -> "\u0007";
            case 'b' -> "\b";
            case 't' -> "\t";
            case 'n' -> "\n";
            case 'v' -> "\u000B";
            case 'f' -> "\f";
            case 'r' -> "\r";
            case 'e' -> "\u001B";
            case ' ' -> " ";
            case '"' -> "\"";
            case '\\' -> "\\";
            case 'N' -> "\u0085";
            case '_' -> "\u00A0";
            case 'L' -> "\u2028";
            case 'P' -> "\u2029";
            default -> null;
        };
        if (r != null) {
            sb.append(r);
            return at + 1;
        }
        int digits = e == 'x' ? 2 : e == 'u' ? 4 : 0;
        if (digits == 0) {
            throw FALLBACK; // \U, a line continuation, or an error
        }
        int code = 0;
        for (int i = 1; i <= digits; i++) {
            int d = Character.digit(s[at + i], 16);
            if (d < 0 || s[at + i] > 'f') {
                throw FALLBACK;
            }
            code = code * 16 + d;
        }
        if (Character.isSurrogate((char) code)) {
            throw FALLBACK;
        }
        sb.append((char) code);
        return at + 1 + digits;
    }

    private void start() {
        valueStart = pos;
        valueLine = line;
        valueColumn = pos - lineStart;
    }

    /** Falls back on characters SnakeYAML rejects or treats specially: controls, tabs, CR, NEL, line separators, BOM, surrogates. */
    private static void check(char c) throws YamlEvents.Fallback {
        if (c < 0x20 || c >= 0x7F && (c <= 0x9F || c == '\u2028' || c == '\u2029' || c >= '\uD800' && c <= '\uDFFF'
                || c == '\uFEFF' || c >= '\uFFFE')) {
            throw FALLBACK;
        }
    }

    // ---------------------------------------------------------------- white space

    private static boolean blank(char c) {
        return c == ' ' || c == '\n' || c == 0;
    }

    /** A document marker ("---" or "...", then a blank) at {@code pos}, which must be at a line start. */
    private boolean marker(char c) {
        return pos == lineStart && pos + 3 <= n && s[pos] == c && s[pos + 1] == c && s[pos + 2] == c
                && (blank(s[pos + 3]) || s[pos + 3] == '\t' || s[pos + 3] == '\r');
    }

    private void skipSpaces() {
        while (s[pos] == ' ') {
            pos++;
        }
    }

    /** Spaces, then an optional comment, then the line break (passed) or the end; anything else falls back. */
    private void restOfLine() throws YamlEvents.Fallback {
        skipSpaces();
        if (s[pos] == '#') {
            comment();
        }
        if (s[pos] == '\n') {
            newLine();
        } else if (pos < n) {
            throw FALLBACK;
        }
    }

    /** Skips blank lines and comment lines; stops at the first content character or the end. */
    private void skipToContent() throws YamlEvents.Fallback {
        while (true) {
            skipSpaces();
            if (s[pos] == '#') {
                comment();
            }
            if (s[pos] != '\n') {
                return;
            }
            newLine();
        }
    }

    private void comment() throws YamlEvents.Fallback {
        char c;
        while ((c = s[++pos]) != '\n') {
            if (c == 0 && pos >= n) {
                return;
            }
            check(c);
        }
    }

    private void newLine() {
        pos++;
        line++;
        lineStart = pos;
    }

    // ---------------------------------------------------------------- events

    private void emitScalar() {
        emit(YamlEvents.SCALAR, valueLine, valueColumn);
        values[count - 1] = value;
        quoted[count - 1] = !plain;
    }

    private void emitEmpty(int atLine, int atColumn) {
        emit(YamlEvents.SCALAR, atLine, atColumn);
        values[count - 1] = "";
    }

    private void emit(byte kind, int atLine, int atColumn) {
        if (count == kinds.length) {
            int size = count * 2;
            kinds = Arrays.copyOf(kinds, size);
            lines = Arrays.copyOf(lines, size);
            columns = Arrays.copyOf(columns, size);
            values = Arrays.copyOf(values, size);
            quoted = Arrays.copyOf(quoted, size);
        }
        kinds[count] = kind;
        lines[count] = atLine;
        columns[count] = atColumn;
        count++;
    }
}

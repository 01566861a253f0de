package io.github.anjian.load.internal;

import io.github.anjian.facts.SourceLocation;
import io.github.anjian.load.Diagnostic;
import io.github.anjian.load.LoadOptions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a fact file's text: checks that it is a regular file within the size limit and valid UTF-8. */
final class SourceReader {

    private final LoadOptions options;

    SourceReader(LoadOptions options) {
        this.options = options;
    }

    /**
     * A strict UTF-8 reader over the file for the streaming fast path, a leading BOM skipped, after
     * the same checks as {@link #read}; a malformed byte makes reading fail with an {@link IOException}.
     */
    Reader open(Path path, String name) throws FileProblem, IOException {
        check(path, name);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        Reader r = new BufferedReader(new InputStreamReader(Files.newInputStream(path), decoder), 1 << 16);
        try {
            r.mark(1);
            if (r.read() != '\uFEFF') {
                r.reset();
            }
        } catch (IOException e) {
            r.close();
            throw e;
        }
        return r;
    }

    /**
     * The text of a file as {@link #read} gives it when the file has at most {@code whole} bytes;
     * null (after the same checks) when it is larger.
     */
    String readUpTo(Path path, String name, long whole) throws FileProblem {
        return check(path, name) > whole ? null : readChecked(path, name);
    }

    private long check(Path path, String name) throws FileProblem {
        SourceLocation at = SourceLocation.none(name);
        if (!Files.exists(path)) {
            throw new FileProblem(Diagnostic.error("file-not-found", "no such file: " + name, at,
                    "check the path"));
        }
        if (!Files.isRegularFile(path)) {
            throw new FileProblem(Diagnostic.error("not-a-file", "not a regular file: " + name, at,
                    "name a fact file or a folder of fact files"));
        }
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            throw new FileProblem(Diagnostic.error("not-a-file", "cannot read " + name + ": " + e.getMessage(), at,
                    "check permissions"));
        }
        if (size > options.maxFileBytes()) {
            throw tooLarge(name, size);
        }
        return size;
    }

    String read(Path path, String name) throws FileProblem {
        check(path, name);
        return readChecked(path, name);
    }

    private String readChecked(Path path, String name) throws FileProblem {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new FileProblem(Diagnostic.error("not-a-file", "cannot read " + name + ": " + e.getMessage(),
                    SourceLocation.none(name), "check permissions"));
        }
        return decode(bytes, name);
    }

    FileProblem tooLarge(String name, long size) {
        return new FileProblem(Diagnostic.error("file-too-large", name + " has " + size
                + " bytes, more than the limit of " + options.maxFileBytes(), SourceLocation.none(name),
                "split the facts over several files or raise the limit (the runner: --max-file-size, e.g. 1G)"));
    }

    /** Strict UTF-8; the first bad byte is reported with its line and column. A BOM is dropped. */
    static String decode(byte[] bytes, String name) throws FileProblem {
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            // malformed input would have been replaced by U+FFFD: none, so the bytes are valid UTF-8
            return fast.startsWith("\uFEFF") ? fast.substring(1) : fast;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            int offset = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
            int column = before.codePointCount(0, before.length()) + 1;
            throw new FileProblem(Diagnostic.error("not-utf8", "not UTF-8: bad byte 0x"
                    + String.format("%02x", bytes[offset] & 0xff) + " at byte offset " + offset,
                    new SourceLocation(name, line, column), "save the file as UTF-8"));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}

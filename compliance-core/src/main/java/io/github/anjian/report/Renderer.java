package io.github.anjian.report;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a report in one format. Implementations are stateless and thread-safe. */
public interface Renderer {

    /** Writes the report; the stream is not closed. */
    void render(Report report, OutputStream out) throws IOException;

    /**
     * The report's bytes, as {@link #render} writes them, in an array of exactly their length (for a
     * caller that keeps a rendered report, e.g. a batch writing reports in order).
     */
    default byte[] bytes(Report report) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        render(report, out);
        return out.toByteArray();
    }
}

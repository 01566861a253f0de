package io.github.anjian.report;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a report in one format. Implementations are stateless and thread-safe. */
public interface Renderer {

    /** Writes the report; the stream is not closed. */
    void render(Report report, OutputStream out) throws IOException;
}

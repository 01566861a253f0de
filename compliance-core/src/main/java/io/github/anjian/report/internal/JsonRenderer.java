package io.github.anjian.report.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.anjian.report.Renderer;
import io.github.anjian.report.Report;

import java.io.IOException;
import java.io.OutputStream;

/** The JSON report (SPEC §6): pretty-printed with two spaces and "\n", UTF-8, ending in a newline. */
public final class JsonRenderer implements Renderer {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final boolean pretty;

    /** A renderer; {@code pretty} false writes one line (JSON Lines). */
    public JsonRenderer(boolean pretty) {
        this.pretty = pretty;
    }

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        var writer = pretty ? MAPPER.writer(pp) : MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);
        out.write(writer.writeValueAsBytes(ReportTree.of(report)));
        out.write('\n');
    }
}

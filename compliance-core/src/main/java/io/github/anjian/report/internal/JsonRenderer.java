package io.github.anjian.report.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.anjian.report.Renderer;
import io.github.anjian.report.Report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/**
 * The JSON report (SPEC §6): pretty-printed with two spaces and "\n", UTF-8, ending in a newline.
 * The report tree is streamed with jackson-core's generator (the same bytes databind would write for
 * these maps, lists, strings, numbers and booleans) so that a cold run does not load databind.
 */
public final class JsonRenderer implements Renderer {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final boolean pretty;

    /** A renderer; {@code pretty} false writes one line (JSON Lines). */
    public JsonRenderer(boolean pretty) {
        this.pretty = pretty;
    }

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 14);
        try (JsonGenerator gen = FACTORY.createGenerator(buffer, JsonEncoding.UTF8)) {
            if (pretty) {
                gen.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            }
            write(gen, ReportTree.of(report));
        }
        buffer.write('\n');
        buffer.writeTo(out);
    }

    private static void write(JsonGenerator gen, Object v) throws IOException {
        if (v == null) {
            gen.writeNull();
        } else if (v instanceof String s) {
            gen.writeString(s);
        } else if (v instanceof Map<?, ?> m) {
            gen.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                gen.writeFieldName(String.valueOf(e.getKey()));
                write(gen, e.getValue());
            }
            gen.writeEndObject();
        } else if (v instanceof Iterable<?> list) {
            gen.writeStartArray();
            for (Object o : list) {
                write(gen, o);
            }
            gen.writeEndArray();
        } else if (v instanceof Boolean b) {
            gen.writeBoolean(b);
        } else if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            gen.writeNumber(((Number) v).intValue());
        } else if (v instanceof Long l) {
            gen.writeNumber(l);
        } else if (v instanceof Double d) {
            gen.writeNumber(d);
        } else if (v instanceof Float f) {
            gen.writeNumber(f);
        } else if (v instanceof BigDecimal d) {
            gen.writeNumber(d);
        } else if (v instanceof BigInteger i) {
            gen.writeNumber(i);
        } else {
            // anything else the tree may hold one day: as databind would write it
            Databind.MAPPER.writeValue(gen, v);
        }
    }

    /** Loaded only if the tree holds a value of another type. */
    private static final class Databind {
        static final ObjectMapper MAPPER = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }
}

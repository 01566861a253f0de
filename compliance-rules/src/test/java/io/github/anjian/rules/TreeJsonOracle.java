package io.github.anjian.rules;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.anjian.report.Report;
import io.github.anjian.report.internal.ReportTree;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/**
 * The JSON report as it was written before the JSON renderer streamed it: {@link ReportTree} built
 * first, then written value by value. The oracle the streaming writer is compared with.
 */
final class TreeJsonOracle {

    private static final JsonFactory FACTORY = new JsonFactory();

    private TreeJsonOracle() {
    }

    /** The bytes of the report, pretty or on one line, ending in a newline. */
    static byte[] render(Report report, boolean pretty) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 14);
        try (JsonGenerator gen = FACTORY.createGenerator(buffer, JsonEncoding.UTF8)) {
            if (pretty) {
                gen.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            }
            write(gen, ReportTree.of(report));
        }
        buffer.write('\n');
        return buffer.toByteArray();
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
            throw new IllegalArgumentException("the report tree holds a " + v.getClass());
        }
    }
}

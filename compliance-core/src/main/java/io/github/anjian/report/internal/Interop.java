package io.github.anjian.report.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.anjian.catalog.Reference;
import io.github.anjian.catalog.Requirement;
import io.github.anjian.catalog.Severity;
import io.github.anjian.facts.SourceLocation;
import io.github.anjian.report.RenderContext;
import io.github.anjian.report.Report;
import io.github.anjian.report.RequirementResult;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** What the interchange renderings (SARIF, JUnit XML, OSCAL) share: texts, file URIs, name-based UUIDs, JSON. */
final class Interop {

    private static final ObjectMapper MAPPER = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private Interop() {
    }

    /** Writes a tree of maps and lists as JSON the way the JSON report does: two spaces, "\n", final newline. */
    static void writeJson(Object tree, OutputStream out) throws IOException {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        out.write(MAPPER.writer(pp).writeValueAsBytes(tree));
        out.write('\n');
    }

    /** The catalog entry of a requirement, when the context has the catalog. */
    static Optional<Requirement> requirement(RenderContext context, String id) {
        return context.catalog().flatMap(c -> c.requirement(id));
    }

    /** The title: the catalog's, else the report's, else the id. */
    static String title(Report report, RenderContext context, String id) {
        return requirement(context, id).map(r -> r.title().in(report.lang()))
                .or(() -> report.requirement(id).map(RequirementResult::title)).orElse(id);
    }

    /** The description from the catalog, else the title. */
    static String description(Report report, RenderContext context, String id) {
        return requirement(context, id).map(r -> r.description().in(report.lang()))
                .filter(s -> !s.isBlank()).orElseGet(() -> title(report, context, id));
    }

    /** The remediation from the catalog, or empty. */
    static String remediation(Report report, RenderContext context, String id) {
        return requirement(context, id).map(r -> r.remediation().in(report.lang())).orElse("");
    }

    /** The references from the catalog, or none. */
    static List<Reference> references(RenderContext context, String id) {
        return requirement(context, id).map(Requirement::references).orElse(List.of());
    }

    /** The severity in force: the report's, else the catalog's, else medium. */
    static Severity severity(Report report, RenderContext context, String id) {
        return report.requirement(id).map(RequirementResult::severity)
                .or(() -> requirement(context, id).map(Requirement::severity)).orElse(Severity.MEDIUM);
    }

    /** An ordered map of key, value pairs (Map.of has no stable order). */
    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** Lower-case name of an enum constant. */
    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** True when a location points into a fact file (it has a line). */
    static boolean inFile(SourceLocation l) {
        return l != null && l.line() > 0;
    }

    /**
     * The fact file as a URI reference: relative paths stay relative (forward slashes, percent-encoded
     * where needed), absolute paths become {@code file:} URIs.
     */
    static String uri(String file) {
        String f = file.replace('\\', '/');
        try {
            if (f.startsWith("/") || f.matches("^[A-Za-z]:/.*")) {
                return new URI("file", null, f.startsWith("/") ? f : "/" + f, null).toASCIIString();
            }
            return new URI(null, null, f, null).toASCIIString();
        } catch (URISyntaxException e) {
            return f;
        }
    }

    /** A name-based UUID, version 5 (SHA-1, RFC 4122 §4.3), in the Anjian namespace. */
    static UUID uuid(String name) {
        return uuid5(NAMESPACE, name);
    }

    /** The namespace of Anjian's name-based UUIDs: v5 of "io.github.anjian" in the RFC 4122 URL namespace. */
    static final UUID NAMESPACE = uuid5(UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), "io.github.anjian");

    static UUID uuid5(UUID namespace, String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            ByteBuffer ns = ByteBuffer.allocate(16);
            ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
            sha1.update(ns.array());
            byte[] h = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            h[6] = (byte) ((h[6] & 0x0f) | 0x50);
            h[8] = (byte) ((h[8] & 0x3f) | 0x80);
            ByteBuffer b = ByteBuffer.wrap(h, 0, 16);
            return new UUID(b.getLong(), b.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this Java runtime", e);
        }
    }
}

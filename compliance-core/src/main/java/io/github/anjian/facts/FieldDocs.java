package io.github.anjian.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.anjian.catalog.Lang;
import io.github.anjian.catalog.Text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The documentation of every key of the fact format, in one home: {@code io/github/anjian/facts/fields.yaml}
 * gives each path a meaning in English and Chinese and a short example; the paths and their types come
 * from the record model itself, so the two cannot drift apart unnoticed.
 *
 * <p>A path is dotted from the top of a fact file; list items use the list's path:
 * {@code organization.leadingGroup.head}, {@code devices.antivirus.signatureDate},
 * {@code systems.mlps.assessments.conclusion}.
 *
 * <pre>{@code
 * FieldDocs docs = FieldDocs.load();
 * docs.meaning("devices.antivirus.signatureDate", Lang.ZH);   // 病毒库（特征码）最近更新日期
 * }</pre>
 *
 * <p>Immutable. Methods that take a path throw {@link IllegalArgumentException} for a path the model
 * does not have or that {@code fields.yaml} does not document.
 */
public final class FieldDocs {

    /** The class-path resource that holds the documentation. */
    public static final String RESOURCE = "io/github/anjian/facts/fields.yaml";

    private final Map<String, ModelPaths.Entry> model = new LinkedHashMap<>();
    private final Map<String, Doc> docs;

    private record Doc(Text meaning, String example) {
    }

    private FieldDocs(Map<String, Doc> docs) {
        ModelPaths.walk().forEach(e -> model.put(e.path(), e));
        this.docs = Collections.unmodifiableMap(docs);
    }

    /** Reads {@link #RESOURCE} from this library's class path. */
    public static FieldDocs load() {
        try (InputStream in = FieldDocs.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new ObjectMapper(new YAMLFactory()).readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FieldDocs parse(JsonNode root) {
        Map<String, Doc> docs = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode n = e.getValue();
            docs.put(e.getKey(), new Doc(new Text(n.path("en").asText(""), n.path("zh").asText("")),
                    n.path("example").asText("")));
        }
        return new FieldDocs(docs);
    }

    /** Every path of the fact model, in model order (sections as {@link Facts.Builder} declares them). */
    public List<String> paths() {
        return List.copyOf(model.keySet());
    }

    /** The paths {@code fields.yaml} documents, in file order (for checking it against {@link #paths()}). */
    public Set<String> documentedPaths() {
        return docs.keySet();
    }

    /** What the key means, in a language. */
    public String meaning(String path, Lang lang) {
        return doc(path).meaning().in(lang);
    }

    /** A short example value as written in a fact file. */
    public String example(String path) {
        return doc(path).example();
    }

    /**
     * The key's type in SPEC §2.1 notation: {@code bool}, {@code int}, {@code int 1..5}, {@code number},
     * {@code date}, {@code text}, {@code person-id} (a reference), {@code mapping}, an enumeration
     * {@code a | b}, or a list {@code [...]} of one of these.
     */
    public String type(String path) {
        return entry(path).type();
    }

    /** True when the key must be stated whenever its mapping or list item is (a plain record component). */
    public boolean required(String path) {
        return entry(path).required();
    }

    /** The model record that declares the key ({@code Device} for {@code devices.kind}), empty for a section. */
    public java.util.Optional<Class<?>> owner(String path) {
        return java.util.Optional.ofNullable(entry(path).owner());
    }

    private ModelPaths.Entry entry(String path) {
        ModelPaths.Entry e = model.get(path);
        if (e == null) {
            throw new IllegalArgumentException("no key " + path + " in the fact model");
        }
        return e;
    }

    private Doc doc(String path) {
        entry(path);
        Doc d = docs.get(path);
        if (d == null) {
            throw new IllegalArgumentException("no entry for " + path + " in " + RESOURCE);
        }
        return d;
    }
}

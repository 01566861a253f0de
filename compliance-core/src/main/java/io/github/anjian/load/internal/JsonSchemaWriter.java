package io.github.anjian.load.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the JSON Schema (draft 2020-12) of fact files from the same description the loader binds
 * by ({@link TopLevelSpec}, {@link RecordSpec}, {@link FactType}).
 */
public final class JsonSchemaWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    private final Map<String, ObjectNode> defs = new TreeMap<>();

    private JsonSchemaWriter() {
    }

    /** The schema as a JSON tree. */
    public static ObjectNode schema() {
        return new JsonSchemaWriter().build();
    }

    /** The schema as pretty-printed JSON text ending in a newline, with {@code \n} line ends. */
    public static String schemaText() {
        try {
            return MAPPER.writeValueAsString(schema()).replace("\r\n", "\n") + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode build() {
        TopLevelSpec top = TopLevelSpec.get();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://github.com/anjian/anjian/schema/anjian-v1.schema.json");
        root.put("title", "Anjian fact file (" + TopLevelSpec.SCHEMA + ")");
        root.put("description", "One file of an organization's information-security facts (SPEC §2). Absent keys are"
                + " unknown; 'none' states that a thing does not exist; lists may be written open as"
                + " { complete: false, items: [...] }. Generated from the fact model; do not edit.");
        root.put("type", "object");
        ObjectNode props = root.putObject("properties");
        props.putObject(TopLevelSpec.SCHEMA_KEY).put("const", TopLevelSpec.SCHEMA)
                .put("description", "The fact format version; required in every file.");
        props.set(TopLevelSpec.ORGANIZATION, ref(io.github.anjian.facts.Organization.class));
        ObjectNode params = props.putObject(TopLevelSpec.PARAMETERS);
        params.put("type", "object").put("description", "Overrides of requirement parameters by name (SPEC §3).");
        params.putObject("additionalProperties").put("type", "number");
        for (TopLevelSpec.ListSection s : top.lists().values()) {
            props.set(s.key(), list(new FactType.Mapping(s.itemType())));
        }
        root.putArray("required").add(TopLevelSpec.SCHEMA_KEY);
        root.put("additionalProperties", false);
        ObjectNode d = root.putObject("$defs");
        defs.forEach(d::set);
        return root;
    }

    private ObjectNode ref(Class<?> type) {
        String name = type.getSimpleName();
        if (!defs.containsKey(name)) {
            defs.put(name, MAPPER.createObjectNode());
            defs.put(name, record(RecordSpec.of(type)));
        }
        ObjectNode r = MAPPER.createObjectNode();
        r.put("$ref", "#/$defs/" + name);
        return r;
    }

    private ObjectNode record(RecordSpec spec) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("type", "object");
        ObjectNode props = o.putObject("properties");
        ArrayNode required = MAPPER.createArrayNode();
        for (FieldSpec f : spec.fields()) {
            JsonNode t = type(f.type());
            if (!f.required() && f.type().acceptsNone() && !(f.type() instanceof FactType.Enumeration)
                    && !(f.type() instanceof FactType.SupportType)) {
                ObjectNode any = MAPPER.createObjectNode();
                ArrayNode alts = any.putArray("anyOf");
                alts.add(t);
                alts.addObject().put("const", "none");
                t = any;
            }
            props.set(f.key(), t);
            if (f.required()) {
                required.add(f.key());
            }
        }
        if (!required.isEmpty()) {
            o.set("required", required);
        }
        o.put("additionalProperties", false);
        return o;
    }

    private JsonNode type(FactType t) {
        ObjectNode o = MAPPER.createObjectNode();
        if (t instanceof FactType.Text text) {
            o.put("type", "string");
            if (text.ref() != null) {
                o.put("description", "id of an entry in " + listOf(text.ref()));
            }
        } else if (t instanceof FactType.Bool) {
            o.put("type", "boolean");
        } else if (t instanceof FactType.Int i) {
            o.put("type", "integer");
            if (i.min() > Integer.MIN_VALUE) {
                o.put("minimum", i.min());
            }
            if (i.max() < Integer.MAX_VALUE) {
                o.put("maximum", i.max());
            }
        } else if (t instanceof FactType.Decimal) {
            o.put("type", "number");
        } else if (t instanceof FactType.Date) {
            o.put("type", "string").put("format", "date").put("pattern", DATE_PATTERN);
        } else if (t instanceof FactType.Enumeration e) {
            ArrayNode values = o.putArray("enum");
            e.wireNames().forEach(values::add);
        } else if (t instanceof FactType.Mapping m) {
            return ref(m.type());
        } else if (t instanceof FactType.ListOf l) {
            return list(l.element());
        } else if (t instanceof FactType.CoversType) {
            ArrayNode alts = o.putArray("anyOf");
            alts.addObject().put("const", "all");
            alts.add(list(new FactType.Text(io.github.anjian.facts.InfoSystem.class)));
        } else {
            o.put("type", "string").put("description", "internal, none, or the id of an entry in contractors");
        }
        return o;
    }

    private ObjectNode list(FactType element) {
        JsonNode item = type(element);
        ObjectNode o = MAPPER.createObjectNode();
        ArrayNode alts = o.putArray("anyOf");
        ObjectNode plain = alts.addObject();
        plain.put("type", "array").set("items", item);
        ObjectNode open = alts.addObject();
        open.put("type", "object").put("description", "an open list: the items listed may not be all");
        ObjectNode props = open.putObject("properties");
        props.putObject("complete").put("type", "boolean");
        props.putObject("items").put("type", "array").set("items", item.deepCopy());
        open.putArray("required").add("items");
        open.put("additionalProperties", false);
        return o;
    }

    private static String listOf(Class<?> type) {
        return TopLevelSpec.get().lists().values().stream().filter(s -> s.itemType() == type)
                .map(TopLevelSpec.ListSection::key).findFirst().orElse(type.getSimpleName());
    }
}

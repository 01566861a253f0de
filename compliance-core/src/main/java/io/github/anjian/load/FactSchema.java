package io.github.anjian.load;

import io.github.anjian.load.internal.JsonSchemaWriter;

/**
 * The JSON Schema (draft 2020-12) of fact files, generated from the fact model by the same reflection
 * the loader binds by. The jar ships it at {@link #RESOURCE}; editors can use it for completion.
 * The loader checks more than the schema can (references, unique ids, dates, contradictions).
 */
public final class FactSchema {

    /** Where the schema lies on the class path. */
    public static final String RESOURCE = "/io/github/anjian/schema/anjian-v1.schema.json";

    private FactSchema() {
    }

    /** The schema as pretty-printed JSON text, generated now. */
    public static String generate() {
        return JsonSchemaWriter.schemaText();
    }
}

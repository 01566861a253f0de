package io.github.anjian.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated JSON Schema and the loader agree on valid examples and on what the schema can express. */
class SchemaAgreementTest {

    private static Schema schema;

    @BeforeAll
    static void compileTheSchema() throws IOException {
        JsonNode node = new ObjectMapper().readTree(FactSchema.generate());
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(node);
    }

    static Stream<Path> validExamples() throws IOException {
        try (Stream<Path> a = Files.walk(Path.of("src/test/resources/valid"));
             Stream<Path> b = Files.list(SeedExampleTest.SEED)) {
            return Stream.concat(a.toList().stream(), b.toList().stream())
                    .filter(p -> p.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList().stream();
        }
    }

    private static JsonNode tree(Path p) throws IOException {
        return p.toString().endsWith(".json") ? new ObjectMapper().readTree(p.toFile()) : new YAMLMapper().readTree(p.toFile());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validExamples")
    void everyValidExampleFileIsValidUnderTheSchemaAndItsSetUnderTheLoader(Path p) throws IOException {
        assertThat(schema.validate(tree(p))).isEmpty();
        Path set = p.getParent().getFileName().toString().equals("valid") ? p : p.getParent();
        assertThat(FactLoader.defaults().load(List.of(set)).errors()).as("loader errors of the set").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"unknown-key-misspelt.yaml", "unknown-key-top-level.yaml", "unknown-key-open-list.yaml",
            "wrong-type-boolean.yaml", "wrong-type-count.yaml", "wrong-type-scalar-for-mapping.yaml",
            "wrong-type-list-none.yaml", "wrong-type-covers.yaml", "bad-enum-device-kind.yaml", "bad-enum-zone.yaml",
            "missing-key-kind.yaml", "missing-key-org-name.yaml", "missing-schema.yaml", "wrong-schema.yaml",
            "out-of-range-count.yaml", "out-of-range-level.yaml", "bad-date-format.yaml", "null-value-tilde.yaml",
            "null-value-empty.yaml", "json-unknown-key.json", "json-wrong-type.json", "json-null.json"})
    void aBadCaseTheSchemaCanExpressIsRejectedByBoth(String name) throws IOException {
        Path p = BadInputCorpusTest.BAD.resolve(name);
        assertThat(schema.validate(tree(p))).as("schema errors").isNotEmpty();
        assertThat(FactLoader.defaults().load(List.of(p)).errors()).as("loader errors").isNotEmpty();
    }
}

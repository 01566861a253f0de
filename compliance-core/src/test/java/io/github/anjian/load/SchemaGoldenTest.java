package io.github.anjian.load;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checked-in schema files must be what the model generates. Regenerate with
 * {@code mvn -q -B -pl compliance-core test -Dtest=SchemaGoldenTest -Danjian.updateGoldens=true}.
 */
class SchemaGoldenTest {

    static final List<Path> GOLDENS = List.of(
            Path.of("src/main/resources" + FactSchema.RESOURCE),
            Path.of("../docs/schema/anjian-v1.schema.json"));

    @Test
    void theCheckedInSchemaFilesAreUpToDate() throws IOException {
        String generated = FactSchema.generate();
        for (Path golden : GOLDENS) {
            if (Boolean.getBoolean("anjian.updateGoldens")) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, generated, StandardCharsets.UTF_8);
            }
            assertThat(golden).as("%s is stale: run with -Danjian.updateGoldens=true", golden).exists();
            assertThat(Files.readString(golden, StandardCharsets.UTF_8))
                    .as("%s is stale: run with -Danjian.updateGoldens=true", golden)
                    .isEqualTo(generated);
        }
    }

    @Test
    void theJarShipsTheSchema() throws IOException {
        try (var in = FactSchema.class.getResourceAsStream(FactSchema.RESOURCE)) {
            assertThat(in).isNotNull();
        }
    }
}

package io.github.anjian.rules;

import io.github.anjian.catalog.RulePack;
import io.github.anjian.facts.FieldDocs;
import io.github.anjian.rules.docs.FactsDoc;
import io.github.anjian.rules.docs.RequirementsDoc;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated docs under {@code docs/} at the repository root are what the generators make now, byte for
 * byte (STYLE 12). When stale, regenerate and review the diff:
 * {@code mvn -pl compliance-rules -am test -Dtest=DocsUpToDateTest -Dsurefire.failIfNoSpecifiedTests=false -Danjian.updateGoldens=true}.
 */
class DocsUpToDateTest {

    static final Path DOCS = Path.of("..", "docs");
    static final boolean UPDATE = Boolean.getBoolean("anjian.updateGoldens");

    @Test
    void requirements_md_is_up_to_date() throws IOException {
        check("requirements.md", RequirementsDoc.render(AnjianRules.pack().catalog()));
    }

    @Test
    void facts_md_is_up_to_date() throws IOException {
        RulePack pack = AnjianRules.pack();
        check("facts.md", FactsDoc.render(pack.catalog(), FieldDocs.load(), pack.rules()));
    }

    @Test
    void generation_is_deterministic() {
        RulePack pack = AnjianRules.pack();
        assertThat(FactsDoc.render(pack.catalog(), FieldDocs.load(), pack.rules()))
                .isEqualTo(FactsDoc.render(AnjianRules.pack().catalog(), FieldDocs.load(), AnjianRules.pack().rules()));
        assertThat(RequirementsDoc.render(pack.catalog())).isEqualTo(RequirementsDoc.render(AnjianRules.pack().catalog()));
    }

    private static void check(String name, String generated) throws IOException {
        Path file = DOCS.resolve(name);
        if (UPDATE) {
            Files.createDirectories(DOCS);
            Files.writeString(file, generated, StandardCharsets.UTF_8);
            return;
        }
        assertThat(file).as("docs/%s is missing; generate it with -Danjian.updateGoldens=true", name).exists();
        String current = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(current).as("docs/%s is stale; regenerate it with -Danjian.updateGoldens=true and review the diff", name)
                .isEqualTo(generated);
    }
}

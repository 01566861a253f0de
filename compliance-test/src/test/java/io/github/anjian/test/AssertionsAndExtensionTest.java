package io.github.anjian.test;

import static io.github.anjian.test.AnjianAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anjian.catalog.RulePack;
import io.github.anjian.catalog.Severity;
import io.github.anjian.engine.Engine;
import io.github.anjian.engine.Status;
import io.github.anjian.load.FactLoader;
import io.github.anjian.rating.Grade;
import io.github.anjian.report.Report;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/** The assertions, the fact-set source and the extension on the custom pack. */
@AnjianTest(rules = MyPack.class, asOf = "2025-12-31")
class AssertionsAndExtensionTest {

    static final Path BODIES = Path.of("src/test/resources/facts/bodies");

    @Test
    void the_extension_injects_one_shared_engine(Engine engine, Engine again, RulePack pack, Checker checker) {
        org.assertj.core.api.Assertions.assertThat(engine).isSameAs(again);
        org.assertj.core.api.Assertions.assertThat(pack.name()).isEqualTo("my-rules");
        org.assertj.core.api.Assertions.assertThat(checker.engine()).isSameAs(engine);
    }

    @ParameterizedTest(name = "{0}")
    @FactFilesSource("src/test/resources/facts/bodies")
    void every_body_is_checked(Path facts, Checker checker) {
        Report report = checker.check(facts);
        assertThat(report).hasNoErrors().requirement("MY-01").hasStatus(
                facts.getFileName().toString().equals("body-a") ? Status.PASS : Status.PARTIAL);
    }

    @Test
    void the_source_lists_files_and_folders_sorted() {
        org.assertj.core.api.Assertions.assertThat(FactFilesArgumentsProvider.factSets(BODIES, FactFilesSource.Kind.BOTH))
                .extracting(p -> p.getFileName().toString()).containsExactly("body-a", "body-b.yaml");
        org.assertj.core.api.Assertions.assertThat(FactFilesArgumentsProvider.factSets(BODIES, FactFilesSource.Kind.FILES))
                .extracting(p -> p.getFileName().toString()).containsExactly("body-b.yaml");
    }

    @Test
    void failure_messages_list_the_violations_with_file_and_line(Checker checker) {
        Report report = checker.check(BODIES.resolve("body-b.yaml"));
        assertThat(report).violations().withRequirement("MY-01").hasSize(1).haveSubjects("d2");
        assertThatThrownBy(() -> assertThat(report).hasNoUnwaivedViolationsOfSeverity(Severity.HIGH))
                .hasMessageContaining("MY-01 high FAIL device d2 at src/test/resources/facts/bodies/body-b.yaml:8:");
        assertThatThrownBy(() -> assertThat(report).violations().withRequirement("MY-01").isEmpty())
                .hasMessageContaining("requirement MY-01").hasMessageContaining("body-b.yaml:8:");
        assertThatThrownBy(() -> assertThat(report).hasGrade(Grade.EXCELLENT)).hasMessageContaining("device d2");
        assertThatThrownBy(() -> assertThat(report).requirement("MY-01").hasStatus(Status.PASS))
                .hasMessageContaining("MY-01 FAIL device d2 at");
        assertThat(report).violations().withRequirement("NONE-01").isEmpty();
        assertThat(report).hasGrade(Grade.POOR).violations().unwaived().hasSize(1);
    }

    @Test
    void a_load_error_is_reported_with_its_place(Checker checker) {
        assertThatThrownBy(() -> checker.checkText("bad.yaml", "schema: anjian/v1\norganization: 3\n"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("bad.yaml");
        assertThatThrownBy(() -> assertThat(FactLoader.defaults().loadText("bad.yaml", "schema: x\n")).hasNoErrors())
                .hasMessageContaining("bad.yaml");
        assertThat(FactLoader.defaults().load(List.of(BODIES.resolve("body-a")))).hasNoErrors();
    }
}

package io.github.anjian.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The library's layers and manners (STYLE 9, DEVELOPERS "Standards"). */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.anjian");
    }

    @Test
    void the_library_never_prints_or_exits() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .orShould().callMethod(System.class, "exit", int.class)
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .because("libraries log through SLF4J and report errors as values or exceptions")
                .check(classes);
    }

    @Test
    void the_fact_model_depends_on_nothing_above_it() {
        noClasses().that().resideInAPackage("io.github.anjian.facts..")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.anjian.load..", "io.github.anjian.engine..",
                        "io.github.anjian.rating..", "io.github.anjian.report..", "org.kie..", "org.drools..")
                .check(classes);
    }

    @Test
    void loading_does_not_know_the_engine_or_reports() {
        noClasses().that().resideInAPackage("io.github.anjian.load..")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.anjian.engine..", "io.github.anjian.rating..",
                        "io.github.anjian.report..", "org.kie..", "org.drools..")
                .check(classes);
    }

    @Test
    void only_the_engine_talks_to_drools() {
        noClasses().that().resideOutsideOfPackage("io.github.anjian.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .check(classes);
    }

    @Test
    void reports_do_not_reach_into_the_engine_internals() {
        noClasses().that().resideInAnyPackage("io.github.anjian.report..", "io.github.anjian.rating..")
                .should().dependOnClassesThat().resideInAPackage("io.github.anjian.engine.internal..")
                .check(classes);
    }
}

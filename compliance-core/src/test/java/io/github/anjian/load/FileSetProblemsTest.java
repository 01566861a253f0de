package io.github.anjian.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class FileSetProblemsTest {

    private static final String HEAD = "schema: anjian/v1\n";

    @TempDir
    Path dir;

    @org.junit.jupiter.api.BeforeAll
    static void warmUpTheLoaderSoTimingsMeasureLoadingOnly() {
        FactLoader.defaults().loadText("warm.yaml", HEAD + "people: [ { id: p } ]\n");
        FactLoader.defaults().loadText("warm.yaml", HEAD + "a: &a [1]\nb: *a\n");
    }

    private static Diagnostic only(LoadResult r) {
        assertThat(r.facts()).isEmpty();
        assertThat(r.errors()).hasSize(1);
        return r.errors().get(0);
    }

    @Test
    void aMissingFileIsReportedByName() {
        Diagnostic d = only(FactLoader.defaults().load(List.of(dir.resolve("nope.yaml"))));
        assertThat(d.code()).isEqualTo("file-not-found");
        assertThat(d.location().file()).isEqualTo(dir.resolve("nope.yaml").toString());
    }

    @Test
    void somethingThatIsNotARegularFileIsRefused() {
        Diagnostic d = only(FactLoader.defaults().load(List.of(Path.of("/dev/null"))));
        assertThat(d.code()).isEqualTo("not-a-file");
        assertThat(d.location().file()).isEqualTo("/dev/null");
    }

    @Test
    void aFolderWithoutFactFilesIsReported() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "hello");
        Diagnostic d = only(FactLoader.defaults().load(List.of(dir)));
        assertThat(d.code()).isEqualTo("no-fact-files");
        assertThat(d.location().file()).isEqualTo(dir.toString());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeReading() throws IOException {
        Path f = Files.writeString(dir.resolve("big.yaml"), HEAD + "people: []\n" + "#".repeat(2000) + "\n");
        Diagnostic d = only(FactLoader.with(LoadOptions.defaults().withMaxFileBytes(1000)).load(List.of(f)));
        assertThat(d.code()).isEqualTo("file-too-large");
        assertThat(d.message()).contains("1000");
    }

    @Test
    @Timeout(value = 1, unit = TimeUnit.SECONDS)
    void aBillionLaughsFileIsRejectedWellUnderASecond() {
        StringBuilder sb = new StringBuilder(HEAD).append("a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol,lol]\n");
        String prev = "a";
        for (char c = 'b'; c <= 'j'; c++) {
            sb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 10; i++) {
                sb.append(i == 0 ? "" : ",").append('*').append(prev);
            }
            sb.append("]\n");
            prev = String.valueOf(c);
        }
        long start = System.nanoTime();
        LoadResult r = FactLoader.defaults().loadText("bomb.yaml", sb.toString());
        assertThat(r.errors()).extracting(Diagnostic::code).containsExactly("yaml-alias-limit");
        LoadResult generous = FactLoader.with(LoadOptions.defaults().withMaxAliases(1000)).loadText("bomb.yaml", sb.toString());
        assertThat(generous.errors()).extracting(Diagnostic::code).contains("yaml-alias-limit");
        assertThat(System.nanoTime() - start).isLessThan(500_000_000L);
    }

    @Test
    void aRecursiveAliasEndsInADiagnostic() {
        LoadResult r = FactLoader.defaults().loadText("loop.yaml", HEAD + "people: &p [ *p ]\n");
        assertThat(r.errors()).isNotEmpty();
        assertThat(r.facts()).isEmpty();
    }

    @Test
    void everyErrorOfEveryFileIsReportedTogetherAndSorted() throws IOException {
        Files.writeString(dir.resolve("a.yaml"), HEAD + "devices:\n  - { id: d1, kind: laptop, managed: yes }\n");
        Files.writeString(dir.resolve("b.yaml"), HEAD + "people:\n  - { id: p1, rol: leader }\n  - { id: p2, left: 2024-02-30 }\n");
        LoadResult r = FactLoader.defaults().load(List.of(dir));
        assertThat(r.errors()).extracting(Diagnostic::code)
                .containsExactly("bad-enum", "bad-boolean", "unknown-key", "bad-date");
        assertThat(r.diagnostics()).isSorted();
        assertThat(r.errors().get(2).message()).isEqualTo("unknown key 'rol' — did you mean 'role'?");
    }

    @Test
    void anUnknownParameterIsAnErrorWithASuggestion() {
        LoadOptions o = LoadOptions.defaults().withParameterTypes(Map.of("passwordMaxAgeDays", "days"));
        LoadResult r = FactLoader.with(o).loadText("p.yaml", HEAD + "parameters:\n  passwordMaxAgeDay: 60\n");
        Diagnostic d = only(r);
        assertThat(d.code()).isEqualTo("unknown-parameter");
        assertThat(d.message()).contains("did you mean 'passwordMaxAgeDays'");
        assertThat(d.location().line()).isEqualTo(3);
        assertThat(d.location().column()).isEqualTo(3);
    }

    @Test
    void aParameterValueMustFitItsType() {
        LoadOptions o = LoadOptions.defaults().withParameterTypes(Map.of("passwordMaxAgeDays", "days", "trainingRatio", "ratio"));
        LoadResult r = FactLoader.with(o).loadText("p.yaml", HEAD + "parameters: { passwordMaxAgeDays: 1.5, trainingRatio: 2 }\n");
        assertThat(r.errors()).extracting(Diagnostic::code).containsExactly("out-of-range", "out-of-range");
        LoadResult ok = FactLoader.with(o).loadText("p.yaml", HEAD + "parameters: { passwordMaxAgeDays: 60, trainingRatio: 0.9 }\n");
        assertThat(ok.facts().orElseThrow().parameters()).hasSize(2);
    }

    @Test
    void aDocumentWithOnlyADocumentMarkerIsEmpty() {
        assertThat(only(FactLoader.defaults().loadText("e.yaml", "---\n")).code()).isEqualTo("empty-file");
    }

    @Test
    void aParameterMustBeANumber() {
        Diagnostic d = only(FactLoader.defaults().loadText("p.yaml", HEAD + "parameters: { x: sixty }\n"));
        assertThat(d.code()).isEqualTo("wrong-type");
    }

    @Test
    void parametersStatedInTwoFilesAreADuplicateSection() throws IOException {
        Files.writeString(dir.resolve("a.yaml"), HEAD + "parameters: { x: 1 }\n");
        Files.writeString(dir.resolve("b.yaml"), HEAD + "parameters: { y: 2 }\n");
        Diagnostic d = only(FactLoader.defaults().load(List.of(dir)));
        assertThat(d.code()).isEqualTo("duplicate-section");
        assertThat(d.message()).contains("a.yaml:2:13");
    }

    @Test
    void requirementIdsAreCheckedWhenTheOptionsKnowThem() {
        LoadOptions o = LoadOptions.defaults().withRequirementIds(Set.of("ORG-01", "WEB-03"));
        LoadResult r = FactLoader.with(o).loadText("f.yaml", HEAD
                + "findings:\n  - { id: f1, requirement: ORG-10 }\nwaivers:\n  - { requirement: WEB-03 }\n");
        Diagnostic d = only(r);
        assertThat(d.code()).isEqualTo("unknown-requirement");
        assertThat(d.message()).contains("ORG-10").contains("did you mean 'ORG-01'");
        assertThat(FactLoader.defaults().loadText("f.yaml", HEAD + "findings: [ { id: f1, requirement: X } ]\n")
                .isValid()).as("not checked without ids").isTrue();
    }

    @Test
    void waiverSubjectsMustResolve() {
        LoadResult r = FactLoader.defaults().loadText("w.yaml", HEAD
                + "organization: { id: org, name: O }\ndevices: [ { id: d1, kind: server } ]\n"
                + "contractors: [ { id: c1, staff: [ { name: Wang } ] } ]\n"
                + "waivers:\n  - { requirement: X, subjects: [org, d1, c1/Wang, d9] }\n");
        Diagnostic d = only(r);
        assertThat(d.code()).isEqualTo("dangling-reference");
        assertThat(d.message()).contains("'d9'");
        assertThat(d.location().toString()).isEqualTo("w.yaml:6:52");
    }

    @Test
    void asOfFromTheOptionsOverridesTheOrganizationsForWarnings() {
        String text = HEAD + "organization: { id: o, name: O, asOf: 2025-12-31 }\n"
                + "people: [ { id: p, left: 2025-06-01 }, { id: q, lastSkillAssessment: 2026-01-01 } ]\n"
                + "findings: [ { id: f, due: 2027-01-01 } ]\n";
        assertThat(FactLoader.defaults().loadText("a.yaml", text).warnings()).extracting(Diagnostic::code)
                .containsExactly("date-after-asof");
        LoadResult early = FactLoader.with(LoadOptions.defaults().withAsOf(LocalDate.of(2025, 1, 1))).loadText("a.yaml", text);
        assertThat(early.warnings()).hasSize(2);
        assertThat(early.isValid()).as("warnings do not stop loading").isTrue();
    }

    @Test
    void anAccountDisabledAfterAsOfMayStillBeEnabled() {
        String text = HEAD + "organization: { id: o, name: O, asOf: 2025-12-31 }\n"
                + "accounts: [ { id: a1, enabled: true, disabledOn: 2026-03-01 } ]\n";
        LoadResult r = FactLoader.defaults().loadText("a.yaml", text);
        assertThat(r.errors()).isEmpty();
    }
}

package io.github.anjian.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anjian.engine.CheckOptions;
import io.github.anjian.engine.ReportStorage;
import io.github.anjian.engine.internal.Evaluation;
import io.github.anjian.facts.Facts;
import io.github.anjian.load.FactLoader;
import io.github.anjian.load.LoadResult;
import io.github.anjian.report.Format;
import io.github.anjian.report.Renderers;
import io.github.anjian.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A report kept in a temporary file ({@link ReportStorage#TEMPORARY_FILE}) is the report kept on the
 * heap: for every fixture, checked in one session and in slices of three (where finished subjects'
 * outcomes go to the file slice by slice), the lists, rating and every rendering are equal.
 */
class SpooledReportTest {

    static java.util.stream.Stream<Path> factSets() throws IOException {
        return SlicedSessionsTest.factSets();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("factSets")
    void a_spooled_report_is_the_report_on_the_heap(Path factSet) throws IOException {
        if (SlicedSessionsTest.pack == null) {
            SlicedSessionsTest.build();
        }
        LoadResult loaded = FactLoader.defaults().load(List.of(factSet));
        Facts facts = loaded.facts().orElseThrow(() -> new AssertionError(loaded.diagnostics().toString()));
        CheckOptions heap = CheckOptions.defaults().reportStorage(ReportStorage.HEAP);
        CheckOptions file = CheckOptions.defaults().reportStorage(ReportStorage.TEMPORARY_FILE);
        Report expected = new Evaluation(SlicedSessionsTest.pack, SlicedSessionsTest.rules, facts, heap).run();
        Report whole = new Evaluation(SlicedSessionsTest.pack, SlicedSessionsTest.rules, facts, file).run();
        Report sliced = new Evaluation(SlicedSessionsTest.pack, SlicedSessionsTest.rules, facts, file).slice(3).run();
        for (Report spooled : List.of(whole, sliced)) {
            assertThat(spooled.outcomes()).isInstanceOf(io.github.anjian.report.internal.Spooled.class);
            assertThat(new ArrayList<>(spooled.outcomes())).isEqualTo(expected.outcomes());
            assertThat(new ArrayList<>(spooled.violations())).isEqualTo(expected.violations());
            assertThat(new ArrayList<>(spooled.unknowns())).isEqualTo(expected.unknowns());
            assertThat(spooled.violations()).hasSameSizeAs(expected.violations());
            for (int i = 0; i < expected.violations().size(); i += 7) {
                assertThat(spooled.violations().get(i)).isEqualTo(expected.violations().get(i)); // indexed reads too
            }
            for (int i = 0; i < expected.outcomes().size(); i += 5) {
                assertThat(spooled.outcomes().get(i)).isEqualTo(expected.outcomes().get(i));
            }
            assertThat(spooled.rating()).isEqualTo(expected.rating());
            assertThat(spooled.requirements()).isEqualTo(expected.requirements());
            assertThat(spooled.warnings()).isEqualTo(expected.warnings());
            for (Format f : Format.values()) {
                var renderer = Renderers.of(f);
                if (renderer.isEmpty()) {
                    continue;
                }
                assertThat(render(renderer.get(), spooled)).as(f.name()).isEqualTo(render(renderer.get(), expected));
            }
        }
    }

    private static String render(io.github.anjian.report.Renderer r, Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.render(report, out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}

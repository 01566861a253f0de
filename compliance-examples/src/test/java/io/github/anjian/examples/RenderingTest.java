package io.github.anjian.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anjian.report.Format;
import io.github.anjian.report.RenderContext;
import io.github.anjian.report.Renderers;
import io.github.anjian.report.Report;
import io.github.anjian.rules.AnjianRules;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RenderingTest {

    static final Report REPORT = EmbeddingExampleTest.ANJIAN.check(EmbeddingExampleTest.SMALL, LocalDate.of(2025, 12, 31));
    static final RenderContext CONTEXT = RenderContext.of(AnjianRules.pack().catalog());

    @Test
    void text_uses_ansi_colour_only_when_asked() throws Exception {
        assertThat(render(Format.TEXT, CONTEXT.withColor(true))).contains("\u001b[1;31m");
        assertThat(render(Format.TEXT, CONTEXT)).doesNotContain("\u001b[");
    }

    @Test
    void text_lists_the_worst_violation_first() throws Exception {
        String text = render(Format.TEXT, CONTEXT);
        String violations = text.substring(text.indexOf("Violations ("));
        assertThat(violations.indexOf("[high]")).isLessThan(violations.indexOf("PARTIAL"));
        assertThat(text).contains("Facts to collect (").contains("Score of known");
    }

    @Test
    void html_names_areas_from_the_catalog() throws Exception {
        String html = render(Format.HTML, CONTEXT);
        assertThat(html).contains("ORG Organization and responsibility").contains("data-area=\"PRT\"");
    }

    @Test
    void bytes_are_what_render_writes_in_every_format() throws Exception {
        for (Format f : Format.values()) {
            java.util.Optional<io.github.anjian.report.Renderer> r = Renderers.of(f, CONTEXT);
            if (r.isEmpty()) {
                continue; // formats rendered outside the core (docx, the self-inspection report)
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            r.get().render(REPORT, out);
            assertThat(r.get().bytes(REPORT)).as(f.id()).isEqualTo(out.toByteArray()).isNotEmpty();
        }
    }

    private static String render(Format f, RenderContext c) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Renderers.of(f, c).orElseThrow().render(REPORT, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}

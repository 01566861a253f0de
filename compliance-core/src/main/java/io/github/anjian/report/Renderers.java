package io.github.anjian.report;

import io.github.anjian.report.internal.HtmlRenderer;
import io.github.anjian.report.internal.JsonRenderer;
import io.github.anjian.report.internal.JunitRenderer;
import io.github.anjian.report.internal.MarkdownRenderer;
import io.github.anjian.report.internal.SelfReportRenderer;
import io.github.anjian.report.internal.OscalRenderer;
import io.github.anjian.report.internal.SarifRenderer;
import io.github.anjian.report.internal.TextRenderer;
import io.github.anjian.report.internal.YamlRenderer;
import java.util.Optional;

/** The built-in renderers by format. */
public final class Renderers {

    private Renderers() {
    }

    /** The JSON report on one line, for JSON Lines (one report per line, e.g. {@code check --each}). */
    public static Renderer jsonLine() {
        return new JsonRenderer(false);
    }

    /** The renderer of a format, when Anjian has one; human-readable ones show areas by code
     * and SARIF, JUnit XML and OSCAL lack descriptions and remediation without the catalog. */
    public static Optional<Renderer> of(Format format) {
        return of(format, RenderContext.plain());
    }

    /**
     * The renderer of a format with a context (catalog for area names, colour for text). The
     * self-inspection report ({@link Format#SELFREPORT}) needs the facts in the context
     * ({@link RenderContext#withFacts}) and is empty without them; {@link Format#DOCX} is written by the
     * runner, which keeps Apache POI out of the library.
     */
    public static Optional<Renderer> of(Format format, RenderContext context) {
        return switch (format) {
            case JSON -> Optional.of(new JsonRenderer(true));
            case YAML -> Optional.of(new YamlRenderer());
            case TEXT -> Optional.of(new TextRenderer(context));
            case MARKDOWN -> Optional.of(new MarkdownRenderer(context));
            case HTML -> Optional.of(new HtmlRenderer(context));
            case SELFREPORT -> context.facts().isPresent() ? Optional.of(new SelfReportRenderer(context)) : Optional.empty();
            case SARIF -> Optional.of(new SarifRenderer(context));
            case JUNIT -> Optional.of(new JunitRenderer(context));
            case OSCAL -> Optional.of(new OscalRenderer(context));
            default -> Optional.empty();
        };
    }
}

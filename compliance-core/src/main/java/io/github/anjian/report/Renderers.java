package io.github.anjian.report;

import io.github.anjian.report.internal.JsonRenderer;
import io.github.anjian.report.internal.YamlRenderer;

import java.util.Optional;

/** The built-in renderers by format. */
public final class Renderers {

    private Renderers() {
    }

    /** The renderer of a format, when Anjian has one. */
    public static Optional<Renderer> of(Format format) {
        return switch (format) {
            case JSON -> Optional.of(new JsonRenderer(true));
            case YAML -> Optional.of(new YamlRenderer());
            default -> Optional.empty();
        };
    }
}

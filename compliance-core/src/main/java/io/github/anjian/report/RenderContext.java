package io.github.anjian.report;

import io.github.anjian.catalog.Catalog;
import io.github.anjian.catalog.Lang;
import io.github.anjian.facts.Facts;
import java.util.Optional;

/**
 * What a human-readable renderer needs besides the {@link Report}: the catalog (area names) and
 * whether a terminal wants ANSI colour. Immutable.
 *
 * <pre>{@code
 * Renderer r = Renderers.of(Format.HTML, RenderContext.of(pack.catalog())).orElseThrow();
 * }</pre>
 *
 * @param catalog the catalog the report was made with; empty: areas are shown by code
 * @param color true to colour plain text with ANSI escapes (only the text format reads it)
 * @param facts the facts the report was made from; the self-inspection report ({@link Format#SELFREPORT})
 *              is written from them and needs them, other formats ignore them
 */
public record RenderContext(Optional<Catalog> catalog, boolean color, Optional<Facts> facts) {

    /** A context without facts (every format but the self-inspection report). */
    public RenderContext(Optional<Catalog> catalog, boolean color) {
        this(catalog, color, Optional.empty());
    }

    /** No catalog, no colour. */
    public static RenderContext plain() {
        return new RenderContext(Optional.empty(), false);
    }

    /** A context with a catalog, no colour. */
    public static RenderContext of(Catalog catalog) {
        return new RenderContext(Optional.of(catalog), false);
    }

    /** This context with colour on or off. */
    public RenderContext withColor(boolean on) {
        return new RenderContext(catalog, on, facts);
    }

    /** This context with the facts the report was made from (for {@link Format#SELFREPORT}). */
    public RenderContext withFacts(Facts f) {
        return new RenderContext(catalog, color, Optional.of(f));
    }

    /** The name of an area in a language, or its code when the catalog is absent or lacks it. */
    public String areaName(String code, Lang lang) {
        return catalog.flatMap(c -> c.area(code)).map(a -> a.name().in(lang)).orElse(code);
    }
}

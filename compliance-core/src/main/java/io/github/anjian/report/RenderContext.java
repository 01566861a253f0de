package io.github.anjian.report;

import io.github.anjian.catalog.Catalog;
import io.github.anjian.catalog.Lang;
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
 */
public record RenderContext(Optional<Catalog> catalog, boolean color) {

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
        return new RenderContext(catalog, on);
    }

    /** The name of an area in a language, or its code when the catalog is absent or lacks it. */
    public String areaName(String code, Lang lang) {
        return catalog.flatMap(c -> c.area(code)).map(a -> a.name().in(lang)).orElse(code);
    }
}

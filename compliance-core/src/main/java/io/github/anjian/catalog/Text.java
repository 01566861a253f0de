package io.github.anjian.catalog;

/**
 * A text in English and Chinese.
 *
 * @param en English
 * @param zh Chinese
 */
public record Text(String en, String zh) {

    /** The text in a language. */
    public String in(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }
}

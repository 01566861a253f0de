package io.github.anjian.catalog;

import java.util.Locale;

/** The languages Anjian speaks: English and Chinese. */
public enum Lang {
    /** English ({@code en}). */
    EN,
    /** Simplified Chinese ({@code zh}). */
    ZH;

    /** Parses {@code en} or {@code zh} (case-insensitive). */
    public static Lang parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }

    /** The Java locale for message bundles. */
    public Locale locale() {
        return this == EN ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}

package io.github.anjian.report.internal;

import io.github.anjian.catalog.Lang;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The words of the human-readable reports in one language, from {@code labels_<lang>.properties}. */
final class Labels {

    private final ResourceBundle bundle;

    private Labels(Lang lang) {
        bundle = ResourceBundle.getBundle("io.github.anjian.report.internal.labels", lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static Labels of(Lang lang) {
        return new Labels(lang);
    }

    /** The label of a key; the key itself when the bundle lacks it. */
    String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The label of a key, or {@code fallback} when the bundle lacks it. */
    String getOr(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    /** A label with {0}.. filled in from strings (no number formatting). */
    String format(String key, Object... args) {
        return new MessageFormat(get(key).replace("'", "''"), Locale.ROOT).format(args);
    }

    /** The word of an enum constant, e.g. {@code grade.POOR}. */
    String word(String prefix, Enum<?> e) {
        return get(prefix + "." + e.name());
    }
}

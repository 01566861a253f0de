package io.github.anjian.engine;

import io.github.anjian.catalog.Lang;

import java.text.MessageFormat;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Renders {@link Reason}s in English or Chinese from the bundled message texts. */
public final class Messages {

    private final ResourceBundle bundle;
    private final Lang lang;
    /** Parsed patterns by reason code: a large report renders the same few patterns many times. */
    private final java.util.concurrent.ConcurrentHashMap<String, MessageFormat> formats =
            new java.util.concurrent.ConcurrentHashMap<>();

    private Messages(Lang lang) {
        this.lang = lang;
        this.bundle = ResourceBundle.getBundle("io.github.anjian.engine.messages", lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The messages of a language. */
    public static Messages of(Lang lang) {
        return new Messages(lang);
    }

    /** The language. */
    public Lang lang() {
        return lang;
    }

    /** One reason as text. */
    public String render(Reason r) {
        if (Reason.BILINGUAL.equals(r.code())) {
            return r.args().get(lang == Lang.ZH ? 1 : 0);
        }
        String pattern;
        try {
            pattern = bundle.getString(r.code());
        } catch (MissingResourceException e) {
            return r.code() + " " + String.join(", ", r.args());
        }
        // MessageFormat treats ' specially; the texts use none, so escape user values only
        Object[] args = r.args().toArray();
        String p = pattern;
        MessageFormat f = formats.computeIfAbsent(r.code(), k -> new MessageFormat(p.replace("'", "''"), lang.locale()));
        synchronized (f) {
            return f.format(args);
        }
    }

    /** Several reasons joined with "; " (English) or "；" (Chinese). */
    public String render(List<Reason> reasons) {
        StringBuilder sb = new StringBuilder();
        for (Reason r : reasons) {
            if (!sb.isEmpty()) {
                sb.append(lang == Lang.ZH ? "；" : "; ");
            }
            sb.append(render(r));
        }
        return sb.toString();
    }
}

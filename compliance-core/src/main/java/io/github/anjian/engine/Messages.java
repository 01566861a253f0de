package io.github.anjian.engine;

import io.github.anjian.catalog.Lang;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/** Renders {@link Reason}s in English or Chinese from the bundled message texts. */
public final class Messages {

    private final ResourceBundle bundle;
    private final Lang lang;
    /** Parsed patterns by reason code: a large report renders the same few patterns many times. */
    private final ConcurrentHashMap<String, Template> templates = new ConcurrentHashMap<>();
    private static final Map<Lang, Messages> SHARED = new EnumMap<>(Lang.class);

    static {
        for (Lang l : Lang.values()) {
            SHARED.put(l, new Messages(l));
        }
    }

    private Messages(Lang lang) {
        this.lang = lang;
        this.bundle = ResourceBundle.getBundle("io.github.anjian.engine.messages", lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The messages of a language. */
    public static Messages of(Lang lang) {
        return SHARED.get(lang); // immutable apart from its cache of parsed patterns, which is thread-safe
    }

    /** The language. */
    public Lang lang() {
        return lang;
    }

    /** One reason as text. */
    public String render(Reason r) {
        StringBuilder sb = new StringBuilder(64);
        append(sb, r);
        return sb.toString();
    }

    /** Appends one reason's text. */
    private void append(StringBuilder sb, Reason r) {
        if (Reason.BILINGUAL.equals(r.code())) {
            sb.append(r.args().get(lang == Lang.ZH ? 1 : 0));
            return;
        }
        Template t = templates.get(r.code());
        if (t == null) {
            String pattern;
            try {
                pattern = bundle.getString(r.code());
            } catch (MissingResourceException e) {
                sb.append(r.code()).append(' ').append(String.join(", ", r.args()));
                return;
            }
            t = templates.computeIfAbsent(r.code(), k -> Template.of(pattern, lang));
        }
        t.appendTo(sb, r.args());
    }

    /**
     * A message pattern split at its {@code {n}} placeholders: texts and arguments are joined as
     * {@link MessageFormat} joins string arguments, without its per-call formatting machinery. A pattern
     * with any other brace keeps {@link MessageFormat}.
     */
    private static final class Template {
        private final String[] texts;   // texts[i] comes before argument args[i]; one more text at the end
        private final int[] args;
        private final MessageFormat fallback;

        private Template(String[] texts, int[] args, MessageFormat fallback) {
            this.texts = texts;
            this.args = args;
            this.fallback = fallback;
        }

        static Template of(String pattern, Lang lang) {
            List<String> texts = new ArrayList<>();
            List<Integer> args = new ArrayList<>();
            int from = 0;
            int i = 0;
            while (i < pattern.length()) {
                char c = pattern.charAt(i);
                if (c == '}') {
                    return formatted(pattern, lang);
                }
                if (c != '{') {
                    i++;
                    continue;
                }
                int close = pattern.indexOf('}', i);
                if (close < 0 || close - i < 2 || close - i > 3) {
                    return formatted(pattern, lang);
                }
                for (int k = i + 1; k < close; k++) {
                    if (pattern.charAt(k) < '0' || pattern.charAt(k) > '9') {
                        return formatted(pattern, lang);
                    }
                }
                texts.add(pattern.substring(from, i));
                args.add(Integer.parseInt(pattern.substring(i + 1, close)));
                from = close + 1;
                i = from;
            }
            texts.add(pattern.substring(from));
            return new Template(texts.toArray(String[]::new), args.stream().mapToInt(Integer::intValue).toArray(),
                    null);
        }

        private static Template formatted(String pattern, Lang lang) {
            // MessageFormat treats ' specially; the texts use none, so escape user values only
            return new Template(null, null, new MessageFormat(pattern.replace("'", "''"), lang.locale()));
        }

        void appendTo(StringBuilder sb, List<String> values) {
            if (fallback != null) {
                synchronized (fallback) {
                    sb.append(fallback.format(values.toArray()));
                }
                return;
            }
            for (int i = 0; i < args.length; i++) {
                sb.append(texts[i]);
                int a = args[i];
                if (a < values.size()) {
                    sb.append(values.get(a)); // as MessageFormat: a string argument as it is, null as "null"
                } else {
                    sb.append('{').append(a).append('}'); // as MessageFormat leaves an argument not given
                }
            }
            sb.append(texts[args.length]);
        }
    }

    /** Several reasons joined with "; " (English) or "；" (Chinese). */
    public String render(List<Reason> reasons) {
        return render("", "", reasons);
    }

    /**
     * {@code prefix}, then {@code separator} and the reasons joined as {@link #render(List)} joins them; just
     * {@code prefix} when the reasons give no text. One builder for all of it: a report renders a message
     * for each of its violations.
     */
    public String render(String prefix, String separator, List<Reason> reasons) {
        if (reasons.isEmpty()) {
            return prefix;
        }
        StringBuilder sb = new StringBuilder(prefix.length() + separator.length() + 80 * reasons.size());
        sb.append(prefix).append(separator);
        int start = sb.length();
        for (Reason r : reasons) {
            if (sb.length() > start) {
                sb.append(lang == Lang.ZH ? "；" : "; ");
            }
            append(sb, r);
        }
        return sb.length() == start ? prefix : sb.toString();
    }
}

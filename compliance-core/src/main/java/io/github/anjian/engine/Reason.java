package io.github.anjian.engine;

import java.util.List;

/**
 * Why a part of a condition failed or was only partly met: a message code and its arguments,
 * rendered in the report's language by {@link Messages}.
 *
 * @param code a message code, e.g. {@code not-true}
 * @param args the arguments, already text (field paths, values, limits)
 */
public record Reason(String code, List<String> args) {

    /** Copies the arguments. */
    public Reason {
        args = List.copyOf(args);
    }

    /** The code of a reason written in both languages by the rule ({@link #text(String, String)}). */
    public static final String BILINGUAL = "text-bilingual";

    /**
     * A reason in the rule's own words, in English and Chinese, for findings no message code fits.
     *
     * @param en the English text
     * @param zh the Chinese text
     */
    public static Reason text(String en, String zh) {
        return new Reason(BILINGUAL, List.of(en, zh));
    }

    /** A reason with arguments. */
    public static Reason of(String code, Object... args) {
        String[] s = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            s[i] = String.valueOf(args[i]);
        }
        return new Reason(code, List.of(s));
    }
}

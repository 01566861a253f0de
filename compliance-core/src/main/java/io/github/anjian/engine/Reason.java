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

    /** A reason with arguments. */
    public static Reason of(String code, Object... args) {
        String[] s = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            s[i] = String.valueOf(args[i]);
        }
        return new Reason(code, List.of(s));
    }
}

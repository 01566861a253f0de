package io.github.anjian.load.internal;

import java.util.Locale;

/** Enum constant names as written in fact files: lower case, {@code _} as {@code -}. */
public final class WireNames {
    private WireNames() {
    }

    /** {@code SECURITY_TECHNICAL} → {@code security-technical}. */
    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

package io.github.anjian.engine;

import java.time.LocalDate;

/**
 * An argument or evidence value as text ({@link String#valueOf}), with the text of recent dates kept:
 * a body's messages and evidence name the same few hundred dates (the evaluation date, signature and
 * patch dates) thousands of times.
 */
final class ArgText {

    /** Direct-mapped by epoch day: any 1,024 consecutive days have a slot each. */
    private static final DateText[] DATES = new DateText[1024];

    private ArgText() {
    }

    /** The value as text: a string as it is, a date from the cache, anything else by {@code String.valueOf}. */
    static String of(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof LocalDate d) {
            return date(d);
        }
        return String.valueOf(v);
    }

    private static String date(LocalDate d) {
        long day = d.toEpochDay();
        int slot = (int) (day & (DATES.length - 1));
        DateText t = DATES[slot];
        if (t == null || t.day != day) {
            // a race only makes the same text twice; a DateText is safely published by its final fields
            t = new DateText(day, d.toString());
            DATES[slot] = t;
        }
        return t.text;
    }

    private record DateText(long day, String text) {
    }
}

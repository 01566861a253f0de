package io.github.anjian.load.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * Types scalars from their raw text (SPEC §8.2): only {@code true}/{@code false} are booleans, dates
 * are strictly {@code YYYY-MM-DD}, numbers are plain. Problems are reported to the context; the result
 * is {@link Binder#INVALID} then.
 */
final class ScalarTyping {

    private static final Set<String> YAML11_BOOLEANS = Set.of("yes", "no", "on", "off", "y", "n", "true", "false");

    private final LoadContext ctx;
    private final Sharing sharing;

    ScalarTyping(LoadContext ctx, Sharing sharing) {
        this.ctx = ctx;
        this.sharing = sharing;
    }

    Object bool(Node.Scalar s, String key) {
        String t = s.text();
        if ((s.style() == Node.Style.PLAIN || s.style() == Node.Style.JSON_BOOLEAN)
                && (t.equals("true") || t.equals("false"))) {
            return Boolean.valueOf(t);
        }
        if (s.style() == Node.Style.PLAIN && YAML11_BOOLEANS.contains(t.toLowerCase(Locale.ROOT))) {
            ctx.error("bad-boolean", "'" + t + "' is not a boolean for '" + key + "'", s.location(),
                    "write true or false (YAML 1.1 words like yes/no/on/off are refused)");
            return Binder.INVALID;
        }
        ctx.error("wrong-type", "'" + key + "' must be true or false, not '" + t + "'", s.location(),
                "write true or false");
        return Binder.INVALID;
    }

    Object integer(Node.Scalar s, String key, FactType.Int type) {
        String t = s.text();
        if (!isNumeric(s) || !isInteger(t)) {
            ctx.error("wrong-type", "'" + key + "' must be a whole number, not '" + t + "'", s.location(),
                    "write digits only, e.g. 3");
            return Binder.INVALID;
        }
        long v = parse(t);
        if (v < type.min() || v > type.max()) {
            String bounds = type.max() >= Integer.MAX_VALUE ? "at least " + type.min()
                    : "between " + type.min() + " and " + type.max();
            ctx.error("out-of-range", "'" + key + "' is " + t + " but must be " + bounds, s.location(),
                    key.equals("count") ? "a group has count 1 or more; omit count for a single item" : "");
            return Binder.INVALID;
        }
        return (int) v;
    }

    Object decimal(Node.Scalar s, String key) {
        String t = s.text();
        if (!isNumeric(s) || !isDecimal(t)) {
            ctx.error("wrong-type", "'" + key + "' must be a number, not '" + t + "'", s.location(),
                    "write a number, e.g. 12.5");
            return Binder.INVALID;
        }
        return new BigDecimal(t.startsWith("+") ? t.substring(1) : t);
    }

    Object date(Node.Scalar s, String key) {
        String t = s.text();
        if (s.style() != Node.Style.JSON_NUMBER && s.style() != Node.Style.JSON_BOOLEAN && isDateShaped(t)) {
            try {
                return sharing.object(LocalDate.of(digits(t, 0, 4), digits(t, 5, 7), digits(t, 8, 10)));
            } catch (DateTimeException e) {
                ctx.error("bad-date", "'" + t + "' is not a calendar date for '" + key + "'", s.location(),
                        "check month and day");
                return Binder.INVALID;
            }
        }
        ctx.error("bad-date", "'" + key + "' must be a date YYYY-MM-DD, not '" + t + "'", s.location(),
                "write e.g. 2025-03-31, or none if the event never happened");
        return Binder.INVALID;
    }

    Object enumeration(Node.Scalar s, String key, FactType.Enumeration type) {
        String t = s.text();
        Enum<?> e = s.style() == Node.Style.PLAIN || s.style() == Node.Style.QUOTED ? type.byWireName().get(t) : null;
        if (e != null) {
            return e;
        }
        String near = Suggestions.nearest(t, type.byWireName().keySet()).map(w -> " — did you mean '" + w + "'?")
                .orElse("");
        ctx.error("bad-enum", "'" + t + "' is not a valid value for '" + key + "'" + near, s.location(),
                "allowed: " + String.join(", ", type.byWireName().keySet()));
        return Binder.INVALID;
    }

    Object text(Node.Scalar s, String key) {
        if (s.style() == Node.Style.JSON_BOOLEAN || s.style() == Node.Style.JSON_NUMBER) {
            ctx.error("wrong-type", "'" + key + "' must be text, not " + s.text(), s.location(), "quote the value");
            return Binder.INVALID;
        }
        return sharing.text(s.text());
    }

    /**
     * The value of {@code [-+]?[0-9]+}, saturated at {@code Long.MIN_VALUE} or {@code Long.MAX_VALUE}
     * when it does not fit (what out-of-range reports then).
     */
    private static long parse(String t) {
        boolean negative = t.charAt(0) == '-';
        int i = negative || t.charAt(0) == '+' ? 1 : 0;
        long v = 0; // accumulated negatively: Long.MIN_VALUE has no positive counterpart
        for (; i < t.length(); i++) {
            int d = t.charAt(i) - '0';
            if (v < (Long.MIN_VALUE + d) / 10) {
                return negative ? Long.MIN_VALUE : Long.MAX_VALUE;
            }
            v = v * 10 - d;
        }
        if (negative) {
            return v;
        }
        return v == Long.MIN_VALUE ? Long.MAX_VALUE : -v;
    }

    /** {@code [-+]?[0-9]+}. */
    private static boolean isInteger(String t) {
        int start = !t.isEmpty() && (t.charAt(0) == '-' || t.charAt(0) == '+') ? 1 : 0;
        if (t.length() == start) {
            return false;
        }
        for (int i = start; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code [-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][-+]?[0-9]+)?}, written out (no regex on the load path). */
    static boolean isDecimal(String t) {
        int n = t.length();
        int i = n > 0 && (t.charAt(0) == '-' || t.charAt(0) == '+') ? 1 : 0;
        int intDigits = 0;
        while (i < n && isDigit(t.charAt(i))) {
            i++;
            intDigits++;
        }
        int fracDigits = 0;
        if (i < n && t.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(t.charAt(i))) {
                i++;
                fracDigits++;
            }
        }
        if (intDigits == 0 && fracDigits == 0) {
            return false;
        }
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            i++;
            if (i < n && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && isDigit(t.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code [0-9]{4}-[0-9]{2}-[0-9]{2}}. */
    private static boolean isDateShaped(String t) {
        if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = t.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String t, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (t.charAt(i) - '0');
        }
        return v;
    }

    private static boolean isNumeric(Node.Scalar s) {
        return s.style() == Node.Style.PLAIN || s.style() == Node.Style.JSON_NUMBER;
    }
}

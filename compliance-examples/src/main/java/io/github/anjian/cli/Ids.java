package io.github.anjian.cli;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Suggests the nearest known names for a mistyped one (requirement ids, parameter names). */
final class Ids {

    private Ids() {
    }

    /** Up to three known names nearest to {@code given}, nearest first; only reasonably close ones. */
    static List<String> nearest(String given, Collection<String> known) {
        String g = normalize(given);
        int limit = Math.max(2, g.length() / 3);
        return known.stream()
                .map(k -> new Object[] {k, distance(g, normalize(k))})
                .filter(x -> (int) x[1] <= limit)
                .sorted(Comparator.comparingInt((Object[] x) -> (int) x[1]).thenComparing(x -> (String) x[0]))
                .limit(3).map(x -> (String) x[0]).toList();
    }

    /** " — did you mean X?" or "". */
    static String didYouMean(String given, Collection<String> known) {
        List<String> n = nearest(given, known);
        return n.isEmpty() ? "" : " (did you mean " + String.join(", ", n) + "?)";
    }

    /** Upper case; a requirement number written with one digit gets its leading zero (PRT-5 → PRT-05). */
    static String normalize(String s) {
        String u = s.trim().toUpperCase(Locale.ROOT).replace('_', '-');
        if (u.matches("[A-Z]{3}-?[0-9]")) {
            return u.substring(0, 3) + "-0" + u.charAt(u.length() - 1);
        }
        if (u.matches("[A-Z]{3}[0-9]{2}")) {
            return u.substring(0, 3) + "-" + u.substring(3);
        }
        return u;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

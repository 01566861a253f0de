package io.github.anjian.report;

import java.util.Locale;

/** The renderings of a report (SPEC §6). */
public enum Format {
    TEXT, JSON, YAML, MARKDOWN, HTML, SARIF, JUNIT, OSCAL, SELFREPORT, DOCX;

    /** Parses a format name as given on the command line. */
    public static Format parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }

    /** The name as written on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

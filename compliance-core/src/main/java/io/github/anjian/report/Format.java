package io.github.anjian.report;

import java.util.Locale;

/** The renderings of a report (SPEC §6). */
public enum Format {
    /** Plain text for a terminal. */
    TEXT,
    /** JSON with the normative field names of SPEC §6 ({@code anjian-report/v1}). */
    JSON,
    /** The same tree as the JSON, written as YAML. */
    YAML,
    /** Markdown. */
    MARKDOWN,
    /** A self-contained HTML page with no external resources. */
    HTML,
    /** SARIF 2.1.0, with locations pointing into the fact files. */
    SARIF,
    /** JUnit XML, one test case per requirement and subject. */
    JUNIT,
    /** OSCAL assessment results. */
    OSCAL,
    /** The self-inspection report (自查报告) as Markdown; needs the facts in the render context. */
    SELFREPORT,
    /** The self-inspection report as a Word document; written by the runner, not the library. */
    DOCX;

    /** Parses a format name as given on the command line. */
    public static Format parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }

    /** The name as written on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

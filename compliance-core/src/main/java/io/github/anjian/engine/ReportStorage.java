package io.github.anjian.engine;

/**
 * Where a check keeps its report's outcomes (SPEC §4: every requirement × subject pair has one).
 * Either way the report has the same content and renders to the same bytes.
 */
public enum ReportStorage {
    /**
     * {@link #TEMPORARY_FILE} when the outcomes would take more than a third of the JVM's largest heap
     * beside the facts (about 2.4 KB per fact of a large body), else {@link #HEAP}. The default.
     */
    AUTO,
    /** Outcomes are objects on the heap: fastest to read. */
    HEAP,
    /**
     * Outcomes are records in a temporary file (in {@code java.io.tmpdir}, deleted when the report is
     * no longer reachable, and at once where the system allows it) and objects only while read: a body
     * of a million devices then checks in a 2 GB heap. Only lists of the report grow on disk; its rating,
     * figures and requirement results are on the heap as always.
     */
    TEMPORARY_FILE
}

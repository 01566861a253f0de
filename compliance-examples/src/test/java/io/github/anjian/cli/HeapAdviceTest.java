package io.github.anjian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapAdviceTest {

    private static final long MB = 1L << 20;

    @Test
    void small_bodies_and_roomy_heaps_get_no_warning() {
        assertThat(HeapAdvice.warning(9_999, 16 * MB)).isEmpty();
        assertThat(HeapAdvice.warning(100_000, 2048 * MB)).isEmpty();
        // the report goes to a temporary file when the heap is short: a million devices check in 2 GB
        assertThat(HeapAdvice.warning(1_000_000, 1820 * MB)).isEmpty(); // -Xmx2g with the parallel collector
    }

    @Test
    void a_body_larger_than_the_heap_gets_the_heap_to_give() {
        assertThat(HeapAdvice.warning(1_000_000, 1024 * MB)).hasValue("anjian: warning: 1,000,000 devices may need about"
                + " 1,716 MB of heap for a full check, more than this JVM's 1,024 MB; if it runs out of memory, run"
                + " again with java -Xmx3g -jar anjian.jar ...");
        assertThat(HeapAdvice.warning(4_000_000, 2048 * MB)).get().asString().contains("java -Xmx9g ");
    }
}

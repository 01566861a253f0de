package io.github.anjian.load.bench;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.anjian.load.FactLoader;
import io.github.anjian.load.LoadResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loading N devices costs at most 3× Jackson's {@code YAMLMapper.readTree} on the same file, measured
 * in one run. Excluded from default runs; see docs/performance.md for the command.
 */
@Tag("benchmark")
class LoaderBenchmarkTest {

    private static final int DEVICES = Integer.getInteger("anjian.bench.devices", 100_000);
    private static final int ROUNDS = Integer.getInteger("anjian.bench.rounds", 3);

    @Test
    void loadingCostsAtMostThreeTimesJacksonParsing() throws IOException {
        Path file = Files.createTempFile("anjian-bench", ".yaml");
        try {
            Files.writeString(file, DeviceFileGenerator.yaml(DEVICES));
            LoaderOptions lo = new LoaderOptions();
            lo.setCodePointLimit(Integer.MAX_VALUE);
            YAMLMapper jackson = new YAMLMapper(YAMLFactory.builder().loaderOptions(lo).build());
            FactLoader loader = FactLoader.defaults();
            jackson.readTree(file.toFile());           // warm-up
            assertThat(loader.load(List.of(file)).errors()).isEmpty();
            long jacksonBest = Long.MAX_VALUE;
            long loaderBest = Long.MAX_VALUE;
            for (int i = 0; i < ROUNDS; i++) {
                long t0 = System.nanoTime();
                jackson.readTree(file.toFile());
                long t1 = System.nanoTime();
                LoadResult r = loader.load(List.of(file));
                long t2 = System.nanoTime();
                assertThat(r.facts().orElseThrow().devices().get().size()).isEqualTo(DEVICES);
                jacksonBest = Math.min(jacksonBest, t1 - t0);
                loaderBest = Math.min(loaderBest, t2 - t1);
            }
            double ratio = (double) loaderBest / jacksonBest;
            System.out.printf("Loader benchmark: %d devices, %d bytes, %d rounds: Jackson readTree %d ms,"
                            + " FactLoader %d ms, ratio %.2f%n", DEVICES, Files.size(file), ROUNDS,
                    jacksonBest / 1_000_000, loaderBest / 1_000_000, ratio);
            assertThat(ratio).isLessThanOrEqualTo(3.0);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}

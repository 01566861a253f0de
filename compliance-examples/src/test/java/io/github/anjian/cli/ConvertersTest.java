package io.github.anjian.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

/** Sizes of {@code --max-file-size}: bytes, or binary K, M and G with an optional B or iB. */
class ConvertersTest {

    @ParameterizedTest
    @CsvSource({"600,600", "1K,1024", "64M,67108864", "64MiB,67108864", "700mb,734003200", "2G,2147483648", "1 GB,1073741824",
            "100B,100"})
    void sizes_in_bytes_and_binary_units(String text, long bytes) {
        assertThat(new Converters.Sizes().convert(text)).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "lots", "-5", "0", "1.5G", "2T", "99999999999999999999", "9999999999999G"})
    void anything_else_is_not_a_size(String text) {
        assertThatThrownBy(() -> new Converters.Sizes().convert(text)).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("size");
    }
}

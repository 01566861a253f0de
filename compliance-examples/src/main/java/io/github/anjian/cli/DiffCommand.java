package io.github.anjian.cli;

import io.github.anjian.catalog.Lang;
import io.github.anjian.catalog.Severity;
import io.github.anjian.report.Format;
import io.github.anjian.report.diff.Comparison;
import io.github.anjian.report.diff.ComparisonWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code diff OLD.json NEW.json}: what is new, fixed, still open, newly waived and expired (SPEC §5). */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Compare two JSON reports: new, fixed, still open, newly waived and expired violations, "
                + "and the change in score, grade and conclusion. Exit 1 when something new at or above --fail-on appeared.")
final class DiffCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "OLD.json", description = "The earlier report (check --format json).")
    Path older;

    @Parameters(index = "1", paramLabel = "NEW.json", description = "The later report.")
    Path newer;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = Converters.Formats.class,
            description = "text, json or markdown. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", converter = Converters.Language.class,
            description = "en or zh. Default: ${DEFAULT-VALUE}.")
    Lang lang;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the comparison here (atomically).")
    Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "high",
            description = "Exit 1 when a new violation (or an expired waiver) is at or above: high, medium, low or none. Default: ${DEFAULT-VALUE}.")
    String failOnName;

    @Override
    public Integer call() throws IOException {
        if (format != Format.TEXT && format != Format.JSON && format != Format.MARKDOWN) {
            throw Exit.usage("diff writes text, json or markdown, not " + format.id());
        }
        Optional<Severity> failOn = Converters.failOn(failOnName);
        Comparison c = Comparison.of(Baselines.read(older), Baselines.read(newer));
        if (output != null) {
            AtomicOutput.write(output, out -> ComparisonWriter.write(c, format, lang, out));
        } else {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            ComparisonWriter.write(c, format, lang, buffer);
            buffer.writeTo(main.streams().out());
            main.streams().out().flush();
        }
        return c.hasNewAtOrAbove(failOn.orElse(null)) ? Exit.VIOLATIONS : Exit.OK;
    }
}

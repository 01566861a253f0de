package io.github.anjian.cli;

import io.github.anjian.load.LoadResult;
import io.github.anjian.rules.AnjianRules;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code validate FILE...}: load and validate only; exit 3 on any error. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Load and validate fact files without checking them.")
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Fact files or folders of fact files.")
    List<Path> files;

    @Option(names = "--as-of", paramLabel = "DATE", converter = Converters.Date.class,
            description = "Evaluation date YYYY-MM-DD for date warnings; overrides organization.asOf.")
    LocalDate asOf;

    @Option(names = "--max-file-size", paramLabel = "SIZE", converter = Converters.Sizes.class,
            description = "Largest fact file read, e.g. 700M or 2G (a body of a million devices is about 650 MB in one file). Default: 64M.")
    Long maxFileSize;

    @Override
    public Integer call() {
        Streams io = main.streams();
        LoadResult r = Inputs.load(files, AnjianRules.pack().catalog(), Optional.ofNullable(asOf), maxFileSize, io.err());
        int w = r.warnings().size();
        io.out().println("valid: " + String.join(" ", files.stream().map(Path::toString).toList()) + " (0 errors, "
                + w + (w == 1 ? " warning)" : " warnings)"));
        return Exit.OK;
    }
}

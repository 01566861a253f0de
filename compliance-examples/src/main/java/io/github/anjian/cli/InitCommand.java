package io.github.anjian.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code init}: a commented template fact file covering every section of SPEC §2.1. */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Write a commented template fact file (it validates as written).")
final class InitCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout.")
    Path output;

    @Override
    public Integer call() throws IOException {
        byte[] template;
        try (InputStream in = InitCommand.class.getResourceAsStream("init-template.yaml")) {
            template = in.readAllBytes();
        }
        if (output != null) {
            AtomicOutput.write(output, out -> out.write(template));
        } else {
            main.streams().out().write(template);
            main.streams().out().flush();
        }
        return Exit.OK;
    }
}

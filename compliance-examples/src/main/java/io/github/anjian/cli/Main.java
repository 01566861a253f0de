package io.github.anjian.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code anjian} command line: check, validate, rules, explain, init. Results go to stdout (or
 * {@code --output}), diagnostics and progress to stderr. Exit codes follow SPEC §7.
 */
@Command(name = "anjian", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Checks a public body's information security from YAML facts (SPEC §7).",
        subcommands = {CheckCommand.class, ValidateCommand.class, RulesCommand.class, ExplainCommand.class, DiffCommand.class,
                InitCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 done, nothing unwaived at or above --fail-on; 1 violations at or above --fail-on;",
                "2 usage error; 3 invalid input; 4 internal error (or out of memory)."})
public final class Main implements Runnable {

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of internal errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8),
                new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8)));
    }

    /** Runs the command line with the given streams and returns the exit code (for tests and embedding). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean debug = Arrays.asList(args).contains("--debug");
        EngineStart.beginIfCheck(args);
        CommandLine cl = new CommandLine(new Main(new Streams(out, err)));
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        cl.setExitCodeExceptionMapper(Exit::of);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("anjian: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return Exit.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            int code = Exit.of(ex);
            if (code == Exit.INTERNAL) {
                err.println("anjian: internal error: " + ex + (debug ? "" : " (run with --debug for the stack trace)"));
                if (debug) {
                    ex.printStackTrace(err);
                }
            } else {
                err.println("anjian: " + ex.getMessage());
            }
            return code;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands Errors on; by now the facts and report of the failed check are unreachable
            err.println(Exit.outOfMemory(null, false));
            return Exit.INTERNAL;
        }
    }

    private final Streams streams;

    Main(Streams streams) {
        this.streams = streams;
    }

    Streams streams() {
        return streams;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (check, validate, rules, explain, diff, init)");
    }
}

package io.github.anjian.cli;

import io.github.anjian.catalog.Catalog;
import io.github.anjian.catalog.Lang;
import io.github.anjian.catalog.Parameter;
import io.github.anjian.catalog.Reference;
import io.github.anjian.catalog.Requirement;
import io.github.anjian.rules.AnjianRules;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code explain ID}: one requirement's text, parameters, references and remediation. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Explain one requirement: what passes, parameters, references, remediation.")
final class ExplainCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Parameters(paramLabel = "ID", description = "A requirement id, e.g. PRT-05.")
    String id;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", converter = Converters.Language.class,
            description = "en or zh. Default: ${DEFAULT-VALUE}.")
    Lang lang;

    @Override
    public Integer call() {
        Catalog catalog = AnjianRules.pack().catalog();
        Requirement q = catalog.requirement(id.trim().toUpperCase(Locale.ROOT)).orElseThrow(() -> Exit.usage(
                "unknown requirement " + id + Ids.didYouMean(id, catalog.requirements().stream().map(Requirement::id).toList())
                        + "; 'anjian rules' lists them all"));
        PrintStream out = main.streams().out();
        String area = catalog.area(q.area()).map(a -> a.name().in(lang)).orElse(q.area());
        out.println(q.id() + "  " + q.title().in(lang));
        out.println();
        out.println("area:       " + q.area() + " " + area);
        out.println("severity:   " + q.severity().name().toLowerCase(Locale.ROOT)
                + q.severityIfOrgLevel3().map(s -> " (" + s.name().toLowerCase(Locale.ROOT) + " if org L≥3)").orElse(""));
        out.println("subjects:   " + String.join(", ", q.subjects()) + " — " + q.scope().in(lang));
        out.println();
        out.println(q.description().in(lang));
        if (!q.parameters().isEmpty()) {
            out.println();
            out.println("parameters (override with --param NAME=VALUE or parameters: in the facts):");
            for (Parameter p : q.parameters()) {
                out.println("  " + p.name() + " = " + p.defaultValue().toPlainString() + " "
                        + p.type().name().toLowerCase(Locale.ROOT) + " — " + p.description().in(lang));
            }
        }
        if (!q.references().isEmpty()) {
            out.println();
            out.println("references:");
            for (Reference r : q.references()) {
                out.println("  " + r);
            }
        }
        out.println();
        out.println("remediation: " + q.remediation().in(lang));
        return Exit.OK;
    }
}

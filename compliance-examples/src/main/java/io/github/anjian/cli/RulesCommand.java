package io.github.anjian.cli;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.anjian.catalog.Catalog;
import io.github.anjian.catalog.Lang;
import io.github.anjian.catalog.Parameter;
import io.github.anjian.catalog.Requirement;
import io.github.anjian.catalog.Text;
import io.github.anjian.rules.AnjianRules;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rules}: the catalog as text, JSON or Markdown. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "List the requirement catalog.")
final class RulesCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or markdown. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", converter = Converters.Language.class,
            description = "en or zh (text and markdown). Default: ${DEFAULT-VALUE}.")
    Lang lang;

    @Override
    public Integer call() throws IOException {
        Catalog catalog = AnjianRules.pack().catalog();
        PrintStream out = main.streams().out();
        switch (format.toLowerCase(Locale.ROOT)) {
            case "text" -> catalog.requirements().forEach(q -> out.println(q.id() + "  "
                    + String.format(Locale.ROOT, "%-7s", sev(q)) + q.title().in(lang)));
            case "markdown" -> {
                out.println("| ID | " + (lang == Lang.ZH ? "领域 | 严重程度 | 标题" : "Area | Severity | Title") + " |");
                out.println("|---|---|---|---|");
                catalog.requirements().forEach(q -> out.println("| " + q.id() + " | "
                        + catalog.area(q.area()).map(a -> a.name().in(lang)).orElse(q.area()) + " | " + sev(q) + " | "
                        + q.title().in(lang).replace("|", "\\|") + " |"));
            }
            case "json" -> {
                DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
                out.write(new ObjectMapper().writer(pp).writeValueAsBytes(json(catalog)));
                out.println();
            }
            default -> throw Exit.usage("'" + format + "' is not a format of rules: text, json or markdown");
        }
        out.flush();
        return Exit.OK;
    }

    private static String sev(Requirement q) {
        return q.severity().name().toLowerCase(Locale.ROOT);
    }

    private static List<Object> json(Catalog catalog) {
        List<Object> list = new ArrayList<>();
        for (Requirement q : catalog.requirements()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", q.id());
            m.put("area", q.area());
            m.put("areaName", catalog.area(q.area()).map(a -> text(a.name())).orElse(null));
            m.put("severity", sev(q));
            m.put("severityIfOrgLevel3", q.severityIfOrgLevel3().map(s -> s.name().toLowerCase(Locale.ROOT)).orElse(null));
            m.put("title", text(q.title()));
            m.put("subjects", q.subjects());
            m.put("scope", text(q.scope()));
            List<Object> params = new ArrayList<>();
            for (Parameter p : q.parameters()) {
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("name", p.name());
                pm.put("type", p.type().name().toLowerCase(Locale.ROOT));
                pm.put("default", p.defaultValue());
                pm.put("description", text(p.description()));
                params.add(pm);
            }
            m.put("parameters", params);
            m.put("references", q.references().stream().map(Object::toString).toList());
            list.add(m);
        }
        return list;
    }

    private static Map<String, String> text(Text t) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("en", t.en());
        m.put("zh", t.zh());
        return m;
    }
}

package io.github.anjian.catalog.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.anjian.catalog.Area;
import io.github.anjian.catalog.Catalog;
import io.github.anjian.catalog.Parameter;
import io.github.anjian.catalog.ParameterType;
import io.github.anjian.catalog.Reference;
import io.github.anjian.catalog.Requirement;
import io.github.anjian.catalog.RulePack;
import io.github.anjian.catalog.Severity;
import io.github.anjian.catalog.Text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Reads a rule pack (catalog YAML and DRL) from class-path resources, in a folder or a jar. */
public final class ClasspathPack {

    /** Made on first use only: a cold start that reads the compact pack never loads Jackson. */
    private static final class Yaml {
        static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());
    }

    private ClasspathPack() {
    }

    /** Reads the pack below {@code base}: the compact resource when the build wrote one, else the YAML. */
    public static RulePack read(ClassLoader loader, String base, String name, String version) {
        // the compact form written at build time: one resource, no YAML parser, no jar listing
        try (InputStream compact = loader.getResourceAsStream(base + "/" + CompactPack.RESOURCE)) {
            if (compact != null) {
                return CompactPack.read(compact, name, version);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return readYaml(loader, base, name, version);
    }

    /** Reads the pack below {@code base} from its YAML catalog and DRL files. */
    public static RulePack readYaml(ClassLoader loader, String base, String name, String version) {
        List<String> resources = list(loader, base);
        List<Area> areas = new ArrayList<>();
        List<Requirement> requirements = new ArrayList<>();
        List<RulePack.RuleSource> rules = new ArrayList<>();
        String areasPath = base + "/catalog/areas.yaml";
        // areas.yaml: a list of { id, en, zh } in catalog order
        for (JsonNode a : read(loader, areasPath)) {
            areas.add(new Area(a.path("id").asText(), text(a)));
        }
        for (String r : resources) {
            if (r.startsWith(base + "/catalog/") && r.endsWith(".yaml") && !r.equals(areasPath)) {
                requirements.add(requirement(read(loader, r), r));
            } else if (r.endsWith(".drl")) {
                rules.add(new RulePack.RuleSource(r, string(loader, r)));
            }
        }
        return new RulePack(name, version, new Catalog(areas, requirements), rules);
    }

    /** The prebuilt model's class names below {@code base}, or null when the index is missing. */
    public static RulePack.Prebuilt prebuilt(ClassLoader loader, String index, String base) {
        try (InputStream in = loader.getResourceAsStream(index)) {
            if (in == null) {
                return null;
            }
            String pkg = base.replace('/', '.') + ".";
            List<String> classes = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String l = line.trim();
                if (l.startsWith(pkg)) {
                    classes.add(l);
                }
            }
            return classes.isEmpty() ? null : new RulePack.Prebuilt(classes, loader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Requirement requirement(JsonNode n, String where) {
        try {
            List<String> subjects = new ArrayList<>();
            n.path("subjects").forEach(s -> subjects.add(s.asText()));
            List<Reference> refs = new ArrayList<>();
            n.path("references").forEach(r -> refs.add(new Reference(r.path("source").asText(),
                    r.path("clause").asText(""), r.path("note").asText(""))));
            List<Parameter> params = new ArrayList<>();
            n.path("parameters").forEach(p -> params.add(new Parameter(p.path("name").asText(),
                    ParameterType.valueOf(p.path("type").asText().toUpperCase(Locale.ROOT)),
                    new BigDecimal(p.path("default").asText()), text(p.path("description")))));
            Optional<Severity> high3 = n.hasNonNull("severityIfOrgLevel3")
                    ? Optional.of(severity(n.get("severityIfOrgLevel3"))) : Optional.empty();
            return new Requirement(n.path("id").asText(), n.path("area").asText(), severity(n.path("severity")), high3,
                    subjects, text(n.path("scope")), text(n.path("title")), text(n.path("description")),
                    text(n.path("remediation")), refs, params);
        } catch (RuntimeException e) {
            throw new IllegalStateException("bad catalog entry " + where + ": " + e.getMessage(), e);
        }
    }

    private static Severity severity(JsonNode n) {
        return Severity.valueOf(n.asText().toUpperCase(Locale.ROOT));
    }

    private static Text text(JsonNode n) {
        return new Text(n.path("en").asText(""), n.path("zh").asText(""));
    }

    private static JsonNode read(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return Yaml.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String string(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every resource below {@code base}, sorted, from folders and jars alike. */
    static List<String> list(ClassLoader loader, String base) {
        TreeSet<String> out = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(base);
            while (roots.hasMoreElements()) {
                URL url = roots.nextElement();
                if ("file".equals(url.getProtocol())) {
                    Path root = Path.of(url.toURI());
                    try (Stream<Path> walk = Files.walk(root)) {
                        walk.filter(Files::isRegularFile).forEach(p ->
                                out.add(base + "/" + root.relativize(p).toString().replace('\\', '/')));
                    }
                } else if ("jar".equals(url.getProtocol())) {
                    JarURLConnection c = (JarURLConnection) url.openConnection();
                    c.setUseCaches(false);
                    try (JarFile jar = c.getJarFile()) {
                        Enumeration<JarEntry> entries = jar.entries();
                        while (entries.hasMoreElements()) {
                            JarEntry e = entries.nextElement();
                            if (!e.isDirectory() && e.getName().startsWith(base + "/")) {
                                out.add(e.getName());
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return List.copyOf(out);
    }
}

package io.github.anjian.catalog.internal;

import io.github.anjian.catalog.Area;
import io.github.anjian.catalog.Catalog;
import io.github.anjian.catalog.Parameter;
import io.github.anjian.catalog.ParameterType;
import io.github.anjian.catalog.Reference;
import io.github.anjian.catalog.Requirement;
import io.github.anjian.catalog.RulePack;
import io.github.anjian.catalog.Severity;
import io.github.anjian.catalog.Text;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A rule pack's catalog and DRL in one compact binary resource, written at build time from the YAML
 * catalog so that a cold start reads one resource without a YAML parser and without listing the jar.
 * The format is private to this version: a magic line, then length-prefixed UTF-8 strings and counts.
 */
public final class CompactPack {

    /** The resource name below a pack's base folder. */
    public static final String RESOURCE = "pack.bin";

    private static final String MAGIC = "anjian-pack-1";

    private CompactPack() {
    }

    /**
     * Build step: reads the YAML catalog and DRL below {@code args[1]} in the class folder {@code args[0]}
     * and writes {@code args[0]/args[1]/pack.bin} (run by the rules module's build).
     */
    public static void main(String[] args) throws IOException {
        java.nio.file.Path dir = java.nio.file.Path.of(args[0]);
        String base = args[1];
        java.nio.file.Path target = dir.resolve(base).resolve(RESOURCE);
        java.nio.file.Files.deleteIfExists(target);
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(
                new java.net.URL[] {dir.toUri().toURL()}, null)) {
            RulePack pack = ClasspathPack.readYaml(loader, base, "", "");
            try (OutputStream out = java.nio.file.Files.newOutputStream(target)) {
                write(pack, out);
            }
        }
    }

    /** Writes the catalog and rules of {@code pack}. */
    public static void write(RulePack pack, OutputStream target) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target));
        str(out, MAGIC);
        Catalog c = pack.catalog();
        out.writeInt(c.areas().size());
        for (Area a : c.areas()) {
            str(out, a.code());
            text(out, a.name());
        }
        out.writeInt(c.requirements().size());
        for (Requirement r : c.requirements()) {
            str(out, r.id());
            str(out, r.area());
            str(out, r.severity().name());
            str(out, r.severityIfOrgLevel3().map(Severity::name).orElse(""));
            out.writeInt(r.subjects().size());
            for (String s : r.subjects()) {
                str(out, s);
            }
            text(out, r.scope());
            text(out, r.title());
            text(out, r.description());
            text(out, r.remediation());
            out.writeInt(r.references().size());
            for (Reference ref : r.references()) {
                str(out, ref.source());
                str(out, ref.clause());
                str(out, ref.note());
            }
            out.writeInt(r.parameters().size());
            for (Parameter p : r.parameters()) {
                str(out, p.name());
                str(out, p.type().name());
                str(out, p.defaultValue().toString());
                text(out, p.description());
            }
        }
        out.writeInt(pack.rules().size());
        for (RulePack.RuleSource s : pack.rules()) {
            str(out, s.path());
            str(out, s.text());
        }
        out.flush();
    }

    /** Reads a pack written by {@link #write}, without a prebuilt model. */
    public static RulePack read(InputStream source, String name, String version) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(source, 1 << 16));
        if (!MAGIC.equals(str(in))) {
            throw new IOException("not a compact rule pack of this version");
        }
        List<Area> areas = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            areas.add(new Area(str(in), text(in)));
        }
        List<Requirement> requirements = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            String id = str(in);
            String area = str(in);
            Severity severity = Severity.valueOf(str(in));
            String high3 = str(in);
            List<String> subjects = new ArrayList<>();
            for (int j = in.readInt(); j > 0; j--) {
                subjects.add(str(in));
            }
            Text scope = text(in);
            Text title = text(in);
            Text description = text(in);
            Text remediation = text(in);
            List<Reference> refs = new ArrayList<>();
            for (int j = in.readInt(); j > 0; j--) {
                refs.add(new Reference(str(in), str(in), str(in)));
            }
            List<Parameter> params = new ArrayList<>();
            for (int j = in.readInt(); j > 0; j--) {
                params.add(new Parameter(str(in), ParameterType.valueOf(str(in)), new BigDecimal(str(in)), text(in)));
            }
            requirements.add(new Requirement(id, area, severity,
                    high3.isEmpty() ? Optional.empty() : Optional.of(Severity.valueOf(high3)),
                    subjects, scope, title, description, remediation, refs, params));
        }
        List<RulePack.RuleSource> rules = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            rules.add(new RulePack.RuleSource(str(in), str(in)));
        }
        return new RulePack(name, version, new Catalog(areas, requirements), rules);
    }

    private static void str(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static void text(DataOutputStream out, Text t) throws IOException {
        str(out, t.en());
        str(out, t.zh());
    }

    private static String str(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static Text text(DataInputStream in) throws IOException {
        return new Text(str(in), str(in));
    }
}

package io.github.anjian.bench;

import io.github.anjian.catalog.Catalog;
import io.github.anjian.catalog.Parameter;
import io.github.anjian.catalog.Requirement;
import io.github.anjian.facts.Facts;
import io.github.anjian.load.FactLoader;
import io.github.anjian.load.LoadOptions;
import io.github.anjian.load.LoadResult;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * A deterministic, seeded generator of a public body's facts: {@code devices} devices with
 * proportional systems, people, accounts, removable media, contractors and plans, written as one
 * YAML fact file for the loader. The same (devices, seed) always gives the same text; the values
 * vary (missing, failing and passing facts mixed) so that every kind of outcome occurs.
 *
 * <p>Proportions: a person per 2 devices, an account per person, a medium per 10 devices, a system
 * per 100 devices (at least 2), a contractor per 1,000 devices (at least 1), 2 plans plus one per
 * 50 systems.
 */
public final class BodyGenerator {

    private static final String[] OS = {"Windows 10", "Kylin V10", "UOS 20", "Windows 11"};

    private BodyGenerator() {
    }

    /**
     * Writes a batch: {@code DIR BODIES DEVICES} makes DIR/body-00001/facts.yaml ... (seeds 1..BODIES),
     * the input of {@code check --each DIR}.
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int bodies = Integer.parseInt(args[1]);
        int devices = Integer.parseInt(args[2]);
        for (int i = 1; i <= bodies; i++) {
            String id = String.format("body-%05d", i);
            Path body = Files.createDirectories(dir.resolve(id));
            write(body.resolve("facts.yaml"), id, devices, i);
        }
    }

    /** The YAML text of a body of {@code devices} devices. */
    public static String yaml(int devices, long seed) {
        StringBuilder sb = new StringBuilder(devices * 520 + 4096);
        try {
            write(sb, "body", devices, seed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    /** Writes the body to {@code file} (streamed: a million devices never sit in memory as text). */
    public static Path write(Path file, String id, int devices, long seed) {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            write(w, id, devices, seed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Loads a generated file with the catalog's parameter types, as the runner does. */
    public static Facts load(Path file, Catalog catalog) {
        // a generated body may be larger than the runner's default file limit (a million devices: 641 MB)
        LoadResult r = FactLoader.with(options(catalog).withMaxFileBytes(Long.MAX_VALUE)).load(List.of(file));
        if (!r.isValid()) {
            throw new IllegalStateException("generated facts do not load: " + r.errors());
        }
        return r.facts().orElseThrow();
    }

    /** The runner's load options for a catalog. */
    public static LoadOptions options(Catalog catalog) {
        Map<String, String> types = new LinkedHashMap<>();
        for (Parameter p : catalog.parameters().values()) {
            types.put(p.name(), p.type().name().toLowerCase(Locale.ROOT));
        }
        return LoadOptions.defaults().withParameterTypes(types)
                .withRequirementIds(catalog.requirements().stream().map(Requirement::id).collect(Collectors.toSet()));
    }

    private static void write(Appendable out, String id, int devices, long seed) throws IOException {
        Random rnd = new Random(seed);
        int people = Math.max(5, devices / 2);
        int systems = Math.max(2, devices / 100);
        int contractors = Math.max(1, devices / 1000);
        int media = Math.max(1, devices / 10);
        int plans = 2 + systems / 50;
        out.append("schema: anjian/v1\n");
        out.append("organization:\n  id: ").append(id).append("\n  name: Generated body ").append(id)
                .append(" (").append(Integer.toString(devices)).append(" devices)\n  asOf: 2025-12-31\n")
                .append("  leadingGroup: { head: p-0, members: [p-1, p-2] }\n")
                .append("  securityDepartment: { name: Information office, head: p-1 }\n")
                .append("  securityOfficers:\n    - { person: p-2, fullTime: ").append(bool(rnd, 70)).append(" }\n");
        out.append("people:\n");
        for (int i = 0; i < people; i++) {
            out.append("  - { id: p-").append(Integer.toString(i)).append(", name: Person ").append(Integer.toString(i))
                    .append(", role: ").append(i == 0 ? "leader" : i < 3 ? "manager" : i % 50 == 0 ? "administrator" : "staff");
            if (rnd.nextInt(10) < 8) {
                out.append(", confidentialityAgreement: ").append(bool(rnd, 90));
            }
            if (i % 97 == 5) {
                out.append(", left: 2025-0").append(Integer.toString(1 + rnd.nextInt(9))).append("-15, exitAgreement: ")
                        .append(bool(rnd, 80));
            }
            out.append(" }\n");
        }
        out.append("systems:\n");
        for (int i = 0; i < systems; i++) {
            boolean contractor = i % 3 == 0;
            out.append("  - id: s-").append(Integer.toString(i)).append("\n    name: System ").append(Integer.toString(i))
                    .append("\n    kind: ").append(i == 0 ? "website" : i % 2 == 0 ? "office" : "business")
                    .append("\n    publicFacing: ").append(Boolean.toString(i % 4 == 0))
                    .append("\n    operations: { by: ").append(contractor ? "contractor, contractor: c-" + (i % contractors) : "self")
                    .append(", owner: p-").append(Integer.toString(3 + i % Math.max(1, people - 3))).append(" }\n");
            if (rnd.nextInt(10) < 7) {
                out.append("    mlps: { level: ").append(Integer.toString(1 + rnd.nextInt(3)))
                        .append(", gradedOn: 2024-0").append(Integer.toString(1 + rnd.nextInt(9))).append("-01");
                if (rnd.nextBoolean()) {
                    out.append(", filingNumber: F-").append(Integer.toString(i)).append(", filedOn: 2024-10-01");
                }
                out.append(" }\n");
            }
            out.append("    logs: { backupFrequency: ").append(rnd.nextBoolean() ? "regular" : "realtime")
                    .append(", analysisFrequency: regular }\n");
            out.append("    auth: { passwordMinLength: ").append(Integer.toString(6 + rnd.nextInt(6)))
                    .append(", passwordComplexity: ").append(bool(rnd, 70)).append(" }\n");
            out.append("    scans:\n      - { kind: vulnerability, date: 2025-").append(month(rnd)).append("-10 }\n");
        }
        out.append("devices:\n");
        for (int i = 0; i < devices; i++) {
            int kind = rnd.nextInt(20);
            out.append("  - id: d-").append(Integer.toString(i))
                    .append("\n    kind: ").append(kind < 15 ? "terminal" : kind < 18 ? "server" : kind < 19 ? "network" : "security")
                    .append("\n    user: p-").append(Integer.toString(i % people));
            if (i % 25 == 0) {
                out.append("\n    classified: true");
            }
            if (i % 200 == 7) {
                out.append("\n    status: scrapped");
            }
            if (rnd.nextInt(10) < 9) {
                out.append("\n    managed: ").append(bool(rnd, 85));
            }
            out.append("\n    internetConnected: ").append(i % 25 == 0 ? bool(rnd, 3) : "true");
            if (rnd.nextInt(10) < 8) {
                out.append("\n    password: { set: ").append(bool(rnd, 95)).append(", lastChanged: 2025-")
                        .append(month(rnd)).append("-1").append(Integer.toString(rnd.nextInt(10)))
                        .append(", changeFrequency: quarterly }");
            }
            out.append("\n    network: { staticIp: true, macBound: ").append(bool(rnd, 80)).append(" }");
            if (rnd.nextInt(10) < 9) {
                out.append("\n    antivirus: { installed: ").append(bool(rnd, 92)).append(", signatureDate: 2025-")
                        .append(month(rnd)).append("-2").append(Integer.toString(rnd.nextInt(8)))
                        .append(", autoUpdate: ").append(bool(rnd, 80)).append(" }");
            }
            out.append("\n    realNameRegistered: ").append(bool(rnd, 90))
                    .append("\n    usbStorageBlocked: ").append(bool(rnd, 60))
                    .append("\n    autoLockMinutes: ").append(Integer.toString(5 + rnd.nextInt(20)))
                    .append("\n    cpu: { domestic: ").append(bool(rnd, 40)).append(" }")
                    .append("\n    os: { name: ").append(OS[rnd.nextInt(OS.length)]).append(", domestic: ")
                    .append(bool(rnd, 40)).append(", lastPatched: 2025-").append(month(rnd)).append("-05 }")
                    .append("\n    officeSuite: { domestic: ").append(bool(rnd, 50)).append(" }")
                    .append("\n    systems: [s-").append(Integer.toString(i % systems)).append("]")
                    .append("\n    scans:\n      - { kind: malware, date: 2025-").append(month(rnd)).append("-0")
                    .append(Integer.toString(1 + rnd.nextInt(9))).append(" }\n");
        }
        out.append("media:\n");
        for (int i = 0; i < media; i++) {
            out.append("  - { id: m-").append(Integer.toString(i)).append(", kind: ").append(i % 5 == 0 ? "disk" : "usb")
                    .append(", classified: ").append(Boolean.toString(i % 7 == 0))
                    .append(", custodian: p-").append(Integer.toString(i % people))
                    .append(", usedOn: [d-").append(Integer.toString((i * 10) % devices)).append("] }\n");
        }
        out.append("accounts:\n");
        for (int i = 0; i < people; i++) {
            out.append("  - { id: a-").append(Integer.toString(i)).append(", system: s-").append(Integer.toString(i % systems))
                    .append(", owner: p-").append(Integer.toString(i)).append(", shared: ").append(bool(rnd, 5))
                    .append(", enabled: ").append(bool(rnd, 95)).append(" }\n");
        }
        out.append("contractors:\n");
        for (int i = 0; i < contractors; i++) {
            out.append("  - id: c-").append(Integer.toString(i)).append("\n    name: Contractor ").append(Integer.toString(i))
                    .append("\n    domestic: true\n    services: [operations]\n    systems: [");
            boolean first = true;
            for (int s = 0; s < systems; s += 3) {
                if (s % contractors == i) {
                    out.append(first ? "" : ", ").append("s-").append(Integer.toString(s));
                    first = false;
                }
            }
            out.append("]\n    agreement: { securityClauses: ").append(bool(rnd, 80)).append(", confidentialityClause: ")
                    .append(bool(rnd, 80)).append(" }\n    staff:\n");
            for (int k = 0; k < 3; k++) {
                out.append("      - { name: Engineer ").append(Integer.toString(i)).append('-').append(Integer.toString(k))
                        .append(", confidentialityAgreement: ").append(bool(rnd, 85)).append(" }\n");
            }
        }
        out.append("plans:\n");
        for (int i = 0; i < plans; i++) {
            out.append("  - { id: plan-").append(Integer.toString(i)).append(", kind: ")
                    .append(i == 0 ? "emergency" : i == 1 ? "backup" : "remediation")
                    .append(", title: Plan ").append(Integer.toString(i)).append(", approved: 2025-0")
                    .append(Integer.toString(1 + rnd.nextInt(9))).append("-01 }\n");
        }
    }

    private static String bool(Random rnd, int percentTrue) {
        return rnd.nextInt(100) < percentTrue ? "true" : "false";
    }

    private static String month(Random rnd) {
        int m = 1 + rnd.nextInt(12);
        return m < 10 ? "0" + m : Integer.toString(m);
    }
}

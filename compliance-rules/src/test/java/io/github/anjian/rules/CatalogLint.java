package io.github.anjian.rules;

import io.github.anjian.catalog.Area;
import io.github.anjian.catalog.Catalog;
import io.github.anjian.catalog.Parameter;
import io.github.anjian.catalog.Reference;
import io.github.anjian.catalog.Requirement;
import io.github.anjian.catalog.RulePack;
import io.github.anjian.catalog.Text;
import io.github.anjian.rules.docs.DrlReads;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The conventions of the catalog and its DRL (STYLE 1, 2, 4, 5), as a list of offenders: every check
 * runs, every offender is listed, one line each, so that a test can fail once with all of them.
 * Requirements whose DRL is not written yet are not offenders here.
 */
final class CatalogLint {

    /** The subject sources a requirement may name. */
    static final Set<String> SUBJECTS = Set.of("organization", "people", "policies", "systems", "devices", "media",
            "accounts", "maintenance", "contractors", "contractors.staff", "plans", "drills", "trainings", "inspections",
            "findings", "incidents", "facilities", "products", "organization.network.wireless", "waivers");

    /** The folder of shared derivations: DRL there belongs to no requirement and decides nothing. */
    static final String COMMON = "common";

    private static final Pattern ID = Pattern.compile("([A-Z]{3})-(\\d{2})");
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]*)\"(.*?)^\\s*end\\s*$", Pattern.DOTALL);
    private static final Pattern RULE_ID = Pattern.compile("@id\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z][A-Za-z0-9]*)\"");
    private static final List<Pattern> PARAMETER_READS = List.of(
            Pattern.compile("\\b(?:param|ratio)\\(\\s*\"([^\"]+)\""),
            Pattern.compile("\\b(?:withinDays|withinMonths)\\(\\s*[^,()]+,\\s*\"[^\"]*\"\\s*,\\s*\"([^\"]+)\""),
            Pattern.compile("\\bscanWithinDays\\(\\s*[^,()]+,\\s*[^,()]+,\\s*\"([^\"]+)\""));

    private CatalogLint() {
    }

    /**
     * Every offender of a pack, catalog checks first, then DRL checks.
     *
     * @param base the resource folder of the pack, e.g. {@code io/github/anjian/rules}
     * @param catalogFileExists whether a resource exists (to find {@code catalog/<ID>.yaml})
     * @param factKeys the last segments of the fact paths: a quoted word that is also a fact key counts as a
     *        parameter only where it is passed as one ({@code param("autoLockMinutes")})
     */
    static List<String> offenders(Catalog catalog, List<RulePack.RuleSource> rules, String base, Predicate<String> catalogFileExists,
                                  Set<String> factKeys) {
        List<String> out = new ArrayList<>();
        for (Requirement r : catalog.requirements()) {
            requirement(r, base, catalogFileExists, out);
        }
        areas(catalog, out);
        Map<String, String> drlById = rules.stream()
                .filter(s -> !inCommon(s.path(), base))
                .collect(Collectors.toMap(s -> DrlReads.idOf(s.path()), RulePack.RuleSource::text, (a, b) -> a + "\n" + b));
        for (RulePack.RuleSource s : rules) {
            drl(s, catalog, base, out);
        }
        Set<String> allParameters = catalog.parameters().keySet();
        for (Requirement r : catalog.requirements()) {
            String text = drlById.get(r.id());
            if (text != null) {
                parameters(r, text, allParameters, factKeys, out);
            }
        }
        return out;
    }

    private static void requirement(Requirement r, String base, Predicate<String> exists, List<String> out) {
        String id = r.id();
        Matcher m = ID.matcher(id);
        if (!m.matches()) {
            out.add(id + ": id is not of the form XXX-NN");
        } else if (!m.group(1).equals(r.area())) {
            out.add(id + ": area " + r.area() + " does not match the id");
        }
        if (!exists.test(base + "/catalog/" + id + ".yaml")) {
            out.add(id + ": catalog entry is not in catalog/" + id + ".yaml");
        }
        both(id, "title", r.title(), out);
        both(id, "description", r.description(), out);
        both(id, "remediation", r.remediation(), out);
        both(id, "scope", r.scope(), out);
        if (r.title().en().strip().endsWith(".") || r.title().zh().strip().endsWith("。") || r.title().zh().strip().endsWith(".")) {
            out.add(id + ": title ends with a period");
        }
        if (r.references().isEmpty()) {
            out.add(id + ": no reference");
        }
        for (Reference ref : r.references()) {
            if (ref.source() == null || ref.source().isBlank()) {
                out.add(id + ": a reference without a source");
            }
        }
        if (r.subjects().isEmpty()) {
            out.add(id + ": no subject");
        }
        for (String s : r.subjects()) {
            if (!SUBJECTS.contains(s)) {
                out.add(id + ": subject '" + s + "' is not one of " + SUBJECTS.stream().sorted().toList());
            }
        }
        r.severityIfOrgLevel3().ifPresent(s -> {
            if (!s.atLeast(r.severity()) || s == r.severity()) {
                out.add(id + ": severityIfOrgLevel3 " + s + " is not above severity " + r.severity());
            }
        });
        for (Parameter p : r.parameters()) {
            if (!p.name().matches("[a-z][A-Za-z0-9]*")) {
                out.add(id + ": parameter '" + p.name() + "' is not lowerCamelCase");
            }
            p.check(p.defaultValue()).ifPresent(problem -> out.add(id + ": default of " + problem));
            both(id, "description of parameter " + p.name(), p.description(), out);
        }
    }

    private static void both(String id, String what, Text t, List<String> out) {
        if (t == null || t.en() == null || t.en().isBlank()) {
            out.add(id + ": no English " + what);
        }
        if (t == null || t.zh() == null || t.zh().isBlank()) {
            out.add(id + ": no Chinese " + what);
        }
    }

    /** Numbers in an area run 01, 02, ... without a gap; every area has a requirement. */
    private static void areas(Catalog catalog, List<String> out) {
        for (Area a : catalog.areas()) {
            List<Integer> numbers = catalog.requirements().stream().filter(r -> r.area().equals(a.code()))
                    .map(r -> ID.matcher(r.id())).filter(Matcher::matches).map(m -> Integer.parseInt(m.group(2))).sorted().toList();
            if (numbers.isEmpty()) {
                out.add(a.code() + ": area without a requirement");
            }
            for (int i = 0; i < numbers.size(); i++) {
                if (numbers.get(i) != i + 1) {
                    out.add(a.code() + ": numbers are not contiguous from 01: " + numbers);
                    break;
                }
            }
            both(a.code(), "area name", a.name(), out);
        }
    }

    private static boolean inCommon(String path, String base) {
        return path.startsWith(base + "/" + COMMON + "/");
    }

    private static void drl(RulePack.RuleSource s, Catalog catalog, String base, List<String> out) {
        String path = s.path();
        List<String[]> rules = new ArrayList<>();
        Matcher m = RULE.matcher(s.text());
        while (m.find()) {
            Matcher id = RULE_ID.matcher(m.group(2));
            rules.add(new String[] {m.group(1), id.find() ? id.group(1) : null});
        }
        String folder = path.substring(0, path.lastIndexOf('/'));
        Matcher pkg = PACKAGE.matcher(s.text());
        String expectedPackage = folder.replace('/', '.');
        if (!pkg.find() || !pkg.group(1).equals(expectedPackage)) {
            out.add(path + ": package is not " + expectedPackage);
        }
        if (inCommon(path, base)) {
            for (String[] r : rules) {
                if (r[1] != null) {
                    out.add(path + ": shared rule \"" + r[0] + "\" carries @id(\"" + r[1] + "\"); shared rules only derive facts");
                }
            }
            return;
        }
        String id = DrlReads.idOf(path);
        var requirement = catalog.requirement(id);
        if (requirement.isEmpty()) {
            out.add(path + ": not named after a catalog requirement (<ID>.drl)");
            return;
        }
        String expectedFolder = base + "/" + requirement.get().area().toLowerCase(Locale.ROOT);
        if (!folder.equals(expectedFolder)) {
            out.add(path + ": not in the folder of its area, " + expectedFolder);
        }
        if (rules.isEmpty()) {
            out.add(path + ": no rule");
        }
        for (String[] r : rules) {
            if (!id.equals(r[1])) {
                out.add(path + ": rule \"" + r[0] + "\" has " + (r[1] == null ? "no @id" : "@id(\"" + r[1] + "\")") + ", not @id(\"" + id + "\")");
            }
            if (!r[0].startsWith(id + " ")) {
                out.add(path + ": rule \"" + r[0] + "\" is not named \"" + id + " ...\"");
            }
        }
    }

    /** Separates a DRL from the support classes it calls, appended to its text by the caller. */
    static final String SUPPORT = "\n//--- support classes the rule calls ---\n";

    /**
     * Declared parameters are read (by the DRL or a support class it calls); parameters the DRL itself
     * reads are declared.
     */
    private static void parameters(Requirement r, String text, Set<String> allParameters, Set<String> factKeys, List<String> out) {
        Set<String> declared = r.parameters().stream().map(Parameter::name).collect(Collectors.toCollection(LinkedHashSet::new));
        for (String p : declared) {
            if (!text.contains("\"" + p + "\"")) {
                out.add(r.id() + ": declares parameter " + p + " but its DRL does not read \"" + p + "\"");
            }
        }
        text = text.split(java.util.regex.Pattern.quote(SUPPORT), 2)[0];
        Set<String> read = new LinkedHashSet<>();
        for (Pattern p : PARAMETER_READS) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                read.add(m.group(1));
            }
        }
        Matcher lit = LITERAL.matcher(text);
        while (lit.find()) {
            if (allParameters.contains(lit.group(1)) && !factKeys.contains(lit.group(1))) {
                read.add(lit.group(1));
            }
        }
        for (String p : read) {
            if (!declared.contains(p)) {
                out.add(r.id() + ": DRL reads parameter \"" + p + "\" that the requirement does not declare");
            }
        }
    }
}

package io.github.anjian.rules.docs;

import io.github.anjian.catalog.Catalog;
import io.github.anjian.catalog.Requirement;
import io.github.anjian.catalog.RulePack;
import io.github.anjian.facts.FieldDocs;
import io.github.anjian.facts.Key;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which fact-file keys each requirement's DRL reads, found by scanning its text; an approximation.
 *
 * <p>A DRL reads a key when it names the key's path in quotes from a record it mentions
 * ({@code "antivirus.signatureDate"} beside {@code Device}), calls its accessor ({@code Antivirus::installed},
 * or {@code .antivirus()} beside {@code Device}), or calls a {@code Judge} helper known to read it
 * ({@code judge.active(..)} reads {@code status}). A mapping or list is read when a key below it is.
 * Keys read only through Java helpers in other classes are missed; a key of the same name on another
 * mentioned record may be counted too.
 */
public final class DrlReads {

    /** Judge helpers that take any subject, and the keys (relative to that subject) they read. */
    private static final Map<String, List<String>> HELPERS = Map.of(
            "active(", List.of("status"),
            "statusIn(", List.of("status"),
            "classified(", List.of("classified"),
            "notClassified(", List.of("classified"),
            "kindIn(", List.of("kind"),
            "scanWithinDays(", List.of("scans.kind", "scans.date", "scans.frequency"));

    /** Judge helpers about systems only, and the full paths they read. */
    private static final Map<String, List<String>> SYSTEM_HELPERS = Map.of(
            "levelAtLeast(", List.of("systems.mlps.level"),
            "ownSystem(", List.of("systems.classified", "systems.operations.by"),
            "inScope(", List.of("systems.classified"),
            "orgLevelAtLeast(", List.of("systems.classified", "systems.mlps.level"));

    private final Map<String, List<String>> readers;

    private DrlReads(Map<String, List<String>> readers) {
        this.readers = readers;
    }

    /**
     * Scans the DRL sources of a pack. A source belongs to the requirement its file is named after
     * ({@code PRT-05.drl}); other sources (shared derivations) are not attributed.
     */
    public static DrlReads scan(Catalog catalog, FieldDocs docs, List<RulePack.RuleSource> rules) {
        Map<String, Set<String>> byPath = new HashMap<>();
        for (RulePack.RuleSource source : rules) {
            Optional<Requirement> r = catalog.requirement(idOf(source.path()));
            if (r.isEmpty()) {
                continue;
            }
            for (String path : read(docs, source.text())) {
                byPath.computeIfAbsent(path, k -> new LinkedHashSet<>()).add(r.get().id());
            }
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String path : docs.paths()) {
            Set<String> ids = new LinkedHashSet<>();
            byPath.forEach((p, set) -> {
                if (p.equals(path) || p.startsWith(path + ".")) {
                    ids.addAll(set);
                }
            });
            List<String> sorted = new ArrayList<>(ids);
            sorted.sort(Comparator.comparingInt(catalog::indexOf));
            out.put(path, List.copyOf(sorted));
        }
        return new DrlReads(out);
    }

    /** The requirement id a DRL file is named after: {@code .../prt/PRT-05.drl} gives {@code PRT-05}. */
    public static String idOf(String resourcePath) {
        String name = resourcePath.substring(resourcePath.lastIndexOf('/') + 1);
        return name.endsWith(".drl") ? name.substring(0, name.length() - 4) : name;
    }

    /** The requirements, in catalog order, whose DRL reads the key or a key below it; empty when none. */
    public List<String> readers(String path) {
        return readers.getOrDefault(path, List.of());
    }

    private static Set<String> read(FieldDocs docs, String text) {
        Set<String> literals = new LinkedHashSet<>();
        var m = Pattern.compile("\"([A-Za-z][A-Za-z0-9.]*)\"").matcher(text);
        while (m.find()) {
            literals.add(m.group(1));
        }
        HELPERS.forEach((call, keys) -> {
            if (Pattern.compile("\\bjudge\\." + Pattern.quote(call)).matcher(text).find()) {
                literals.addAll(keys);
            }
        });
        Set<String> out = new LinkedHashSet<>();
        SYSTEM_HELPERS.forEach((call, paths) -> {
            if (Pattern.compile("\\bjudge\\." + Pattern.quote(call)).matcher(text).find()) {
                out.addAll(paths);
            }
        });
        Map<Class<?>, Boolean> mentioned = new HashMap<>();
        for (String path : docs.paths()) {
            Optional<Class<?>> owner = docs.owner(path);
            if (owner.isEmpty()) {
                if (literals.contains(path)) {
                    out.add(path);
                }
                continue;
            }
            String key = path.substring(path.lastIndexOf('.') + 1);
            String accessor = accessor(owner.get(), key);
            String simple = owner.get().getSimpleName();
            boolean ownerMentioned = mentioned.computeIfAbsent(owner.get(), c -> mentions(text, c.getSimpleName()));
            if (text.contains(simple + "::" + accessor) || ownerMentioned && text.contains("." + accessor + "()")) {
                out.add(path);
                continue;
            }
            // a quoted key path relative to any record on the way down that the DRL mentions
            String[] parts = path.split("\\.");
            for (int i = 1; i < parts.length; i++) {
                String suffix = String.join(".", java.util.Arrays.copyOfRange(parts, i, parts.length));
                String base = String.join(".", java.util.Arrays.copyOfRange(parts, 0, i + 1));
                Optional<Class<?>> baseOwner = docs.owner(base);
                if (literals.contains(suffix) && baseOwner.isPresent()
                        && mentioned.computeIfAbsent(baseOwner.get(), c -> mentions(text, c.getSimpleName()))) {
                    out.add(path);
                    break;
                }
            }
        }
        return out;
    }

    private static boolean mentions(String text, String word) {
        return Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text).find();
    }

    /** The Java accessor of a key ({@code default} is {@code isDefault}). */
    private static String accessor(Class<?> owner, String key) {
        for (RecordComponent c : owner.getRecordComponents()) {
            Key k = c.getAnnotation(Key.class);
            if (key.equals(k != null ? k.value() : c.getName())) {
                return c.getName();
            }
        }
        return key;
    }
}

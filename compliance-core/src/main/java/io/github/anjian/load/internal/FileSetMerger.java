package io.github.anjian.load.internal;

import io.github.anjian.facts.Contractor;
import io.github.anjian.facts.ContractorStaff;
import io.github.anjian.facts.Facts;
import io.github.anjian.facts.Items;
import io.github.anjian.facts.Maintenance;
import io.github.anjian.facts.Organization;
import io.github.anjian.facts.ParameterSetting;
import io.github.anjian.facts.Policy;
import io.github.anjian.facts.SourceLocation;
import io.github.anjian.load.Diagnostic;
import io.github.anjian.load.LoadResult;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Merges the bound files (SPEC §8.1: lists concatenate, open if any part is open; mappings once)
 * and runs the checks over the whole set: unique ids, references, dates after {@code asOf},
 * requirement ids, waiver subjects. Builds the facts when no error was found.
 */
final class FileSetMerger {

    private final LoadContext ctx;
    private final TopLevelSpec top = TopLevelSpec.get();

    FileSetMerger(LoadContext ctx) {
        this.ctx = ctx;
    }

    LoadResult finish(List<FilePart> parts) {
        Organization org = null;
        SourceLocation orgAt = null;
        SourceLocation paramsAt = null;
        List<ParameterSetting> params = new ArrayList<>();
        Map<String, List<Object>> lists = new LinkedHashMap<>();
        Map<String, Boolean> complete = new HashMap<>();
        for (FilePart p : parts) {
            if (p.organizationAt != null) {
                if (orgAt != null) {
                    duplicateSection(TopLevelSpec.ORGANIZATION, p.organizationAt, orgAt);
                } else {
                    orgAt = p.organizationAt;
                    org = p.organization;
                }
            }
            if (p.parametersAt != null) {
                if (paramsAt != null) {
                    duplicateSection(TopLevelSpec.PARAMETERS, p.parametersAt, paramsAt);
                } else {
                    paramsAt = p.parametersAt;
                    params.addAll(p.parameters);
                }
            }
            for (Map.Entry<String, Items<?>> e : p.lists.entrySet()) {
                String k = e.getKey();
                List<Object> merged = lists.get(k);
                if (merged == null) {
                    merged = new ArrayList<>();
                    lists.put(k, merged);
                }
                merged.addAll(e.getValue().items());
                Boolean before = complete.get(k);
                complete.put(k, before == null ? e.getValue().complete() : before && e.getValue().complete());
            }
            p.lists.clear(); // merged: the part's own copy may go
        }
        checkIds();
        checkReferences();
        Optional<LocalDate> asOf = ctx.options.asOf();
        if (asOf.isEmpty() && org != null && org.asOf().isStated()) {
            asOf = Optional.of(org.asOf().get());
        }
        if (asOf.isPresent()) {
            checkDates(asOf.get());
        }
        checkRequirements();
        checkWaiverSubjects(org, lists);
        checkDuplicateWaivers(lists);
        ctx.checked();
        Optional<Facts> facts = Optional.empty();
        if (!ctx.hasErrors()) {
            Facts.Builder b = Facts.builder();
            if (org != null) {
                top.setOrganization(b, org);
            }
            for (ParameterSetting p : params) {
                top.addParameter(b, p);
            }
            for (Map.Entry<String, List<Object>> e : lists.entrySet()) {
                String k = e.getKey();
                top.setList(b, top.lists().get(k), complete.get(k) ? Items.of(e.getValue()) : Items.open(e.getValue()));
                e.setValue(List.of()); // the merged list may go once the facts hold their copy
            }
            facts = Optional.of(b.build());
        }
        List<Diagnostic> diagnostics = new ArrayList<>(ctx.diagnostics);
        Collections.sort(diagnostics);
        return new LoadResult(facts, diagnostics);
    }

    private void duplicateSection(String key, SourceLocation second, SourceLocation first) {
        ctx.error("duplicate-section", "'" + key + "' is stated twice: here and at " + first, second,
                "state '" + key + "' in one file only");
    }

    private void checkIds() {
        for (LoadContext.IdDecl d : ctx.ids) {
            LoadContext.IdDecl first = ctx.idIndex.get(d.scope()).get(d.id());
            if (first != d) {
                ctx.error("duplicate-id", "duplicate id '" + d.id() + "' in " + d.scope() + ": here and at "
                        + first.location(), d.location(), "ids must be unique across all files");
            }
        }
    }

    /** References that did not resolve when they were read (see {@link LoadContext#reference}). */
    private void checkReferences() {
        for (LoadContext.RefUse r : ctx.refs) {
            String list = top.listOf(r.target());
            Map<String, LoadContext.IdDecl> ids = ctx.idIndex.get(list);
            if (ids == null || !ids.containsKey(r.id())) {
                ctx.error("dangling-reference", "reference '" + r.id() + "' at " + r.location()
                                + " does not resolve: no entry in '" + list + "' has id '" + r.id() + "'",
                        r.location(), "add it to " + list + " or correct the id");
            }
        }
    }

    private void checkDates(LocalDate asOf) {
        for (LoadContext.DatedValue d : ctx.dates) {
            if (d.date().isAfter(asOf)) {
                ctx.warning("date-after-asof", "'" + d.key() + ": " + d.date() + "' is after asOf " + asOf,
                        d.location(), "a past event cannot be later than the evaluation date; check the year");
            }
        }
        for (java.util.function.BiConsumer<LocalDate, LoadContext> c : ctx.asOfChecks) {
            c.accept(asOf, ctx);
        }
    }

    private void checkRequirements() {
        Set<String> known = ctx.options.requirementIds();
        if (known.isEmpty()) {
            return;
        }
        for (LoadContext.Placed p : ctx.requirementIds) {
            if (!known.contains(p.text())) {
                var near = Suggestions.nearest(p.text(), known);
                ctx.error("unknown-requirement", "unknown requirement '" + p.text() + "'"
                        + near.map(n -> " — did you mean '" + n + "'?").orElse(""), p.location(),
                        "use a requirement ID of the catalog, e.g. ORG-01");
            }
        }
    }

    /**
     * Two waivers of the same requirement and subjects (from the facts and from {@code --waivers}, or
     * twice in one file) are an error naming both places (SPEC §8.30).
     */
    private void checkDuplicateWaivers(Map<String, List<Object>> lists) {
        Map<String, SourceLocation> seen = new HashMap<>();
        for (Object o : lists.getOrDefault("waivers", List.of())) {
            io.github.anjian.facts.Waiver w = (io.github.anjian.facts.Waiver) o;
            String subjects = w.subjects().map(Items::items).map(l -> String.join(",", new java.util.TreeSet<>(l))).orElse("*");
            String key = w.requirement() + "|" + subjects;
            SourceLocation first = seen.putIfAbsent(key, w.origin().location());
            if (first != null) {
                ctx.error("duplicate-waiver", "a waiver of " + w.requirement() + " for " + subjects
                        + " is stated twice: here and at " + first, w.origin().location(),
                        "keep one of them (waivers from the fact files and from --waivers are merged)");
            }
        }
    }

    private void checkWaiverSubjects(Organization org, Map<String, List<Object>> lists) {
        if (ctx.waiverSubjects.isEmpty()) {
            return;
        }
        Set<String> keys = new HashSet<>();
        ctx.ids.forEach(d -> keys.add(d.id()));
        if (org != null) {
            keys.add(org.id());
        }
        for (Object o : lists.getOrDefault("contractors", List.of())) {
            Contractor c = (Contractor) o;
            for (ContractorStaff s : c.staff().orElse(Items.of(List.of()))) {
                keys.add(c.id() + "/" + s.name());
            }
        }
        for (Object o : lists.getOrDefault("maintenance", List.of())) {
            Maintenance m = (Maintenance) o;
            m.date().map(d -> keys.add(m.device() + "@" + d));
        }
        for (Object o : lists.getOrDefault("policies", List.of())) {
            Policy p = (Policy) o;
            p.title().map(t -> keys.add(WireNames.of(p.kind()) + "/" + t));
        }
        for (LoadContext.Placed s : ctx.waiverSubjects) {
            if (!keys.contains(s.text())) {
                ctx.error("dangling-reference", "waiver subject '" + s.text() + "' does not resolve to any entity",
                        s.location(), "use an id, contractor-id/staff-name, device-id@date or kind/title");
            }
        }
    }
}

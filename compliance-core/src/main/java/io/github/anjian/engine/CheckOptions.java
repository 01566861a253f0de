package io.github.anjian.engine;

import io.github.anjian.catalog.Lang;
import io.github.anjian.facts.Waiver;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Options of one check.
 *
 * @param asOf the evaluation date; empty: the facts' {@code organization.asOf}, else today
 * @param parameters parameter overrides by SPEC §3 name (applied over the facts' {@code parameters:})
 * @param lang the language of titles, messages and remediation
 * @param waivers extra waivers (e.g. from {@code --waivers}), merged with the facts' own
 * @param warnings loader warnings to carry into the report
 * @param reportStorage where the report's outcomes are kept ({@link ReportStorage#AUTO}: by the body's size)
 */
public record CheckOptions(Optional<LocalDate> asOf, Map<String, BigDecimal> parameters, Lang lang,
                           List<Waiver> waivers, List<String> warnings, ReportStorage reportStorage) {

    /** Copies the collections. */
    public CheckOptions {
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        waivers = List.copyOf(waivers);
        warnings = List.copyOf(warnings);
        java.util.Objects.requireNonNull(reportStorage, "reportStorage");
    }

    /** Options that keep the report as {@link ReportStorage#AUTO} decides. */
    public CheckOptions(Optional<LocalDate> asOf, Map<String, BigDecimal> parameters, Lang lang,
                        List<Waiver> waivers, List<String> warnings) {
        this(asOf, parameters, lang, waivers, warnings, ReportStorage.AUTO);
    }

    /** The defaults: date from the facts, no overrides, English, report storage by size. */
    public static CheckOptions defaults() {
        return new CheckOptions(Optional.empty(), Map.of(), Lang.EN, List.of(), List.of(), ReportStorage.AUTO);
    }

    /** With the report's outcomes kept there. */
    public CheckOptions reportStorage(ReportStorage where) {
        return new CheckOptions(asOf, parameters, lang, waivers, warnings, where);
    }

    /** With an evaluation date. */
    public CheckOptions asOf(LocalDate date) {
        return new CheckOptions(Optional.of(date), parameters, lang, waivers, warnings, reportStorage);
    }

    /** With a language. */
    public CheckOptions lang(Lang l) {
        return new CheckOptions(asOf, parameters, l, waivers, warnings, reportStorage);
    }

    /** With one more parameter override. */
    public CheckOptions parameter(String name, BigDecimal value) {
        Map<String, BigDecimal> m = new LinkedHashMap<>(parameters);
        m.put(name, value);
        return new CheckOptions(asOf, m, lang, waivers, warnings, reportStorage);
    }

    /** With extra waivers. */
    public CheckOptions waivers(List<Waiver> extra) {
        return new CheckOptions(asOf, parameters, lang, extra, warnings, reportStorage);
    }

    /** With warnings to carry into the report. */
    public CheckOptions warnings(List<String> w) {
        return new CheckOptions(asOf, parameters, lang, waivers, w, reportStorage);
    }
}

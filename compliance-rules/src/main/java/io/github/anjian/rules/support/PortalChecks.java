package io.github.anjian.rules.support;

import io.github.anjian.engine.Judge;
import io.github.anjian.engine.Part;
import io.github.anjian.facts.InfoSystem;
import io.github.anjian.facts.Mlps;
import io.github.anjian.facts.SystemKind;
import io.github.anjian.facts.Value;

import java.time.LocalDate;

/**
 * Scope and filing checks of the public portal requirements (WEB-*): a portal is a system of kind
 * {@code website} that is {@code publicFacing} (SPEC §3 WEB); either key absent leaves
 * applicability unknown (§8.15).
 */
public final class PortalChecks {

    private PortalChecks() {
    }

    /**
     * A portal the requirement judges.
     *
     * @param judge the judge
     * @param s the system
     * @param ownOnly true: only the body's own systems ({@link Judge#ownSystem}); false: every
     *        in-scope system, superior platforms included ({@link Judge#inScope}, WEB-01)
     * @return the scope part
     */
    public static Part portal(Judge judge, InfoSystem s, boolean ownOnly) {
        return Part.all(ownOnly ? judge.ownSystem(s) : judge.inScope(s),
                judge.oneOf(s, "kind", SystemKind.WEBSITE),
                judge.isTrue(s, "publicFacing"));
    }

    /**
     * Filed with the public security organ (SPEC §8.9): {@code mlps.filedOn} decides (a date on or
     * before asOf: filed; {@code none}: not filed); {@code mlps.filingNumber} is expected only when
     * {@code filedOn} is a date.
     */
    public static Part filed(Judge judge, InfoSystem s) {
        Value<LocalDate> filedOn = s.mlps().flatMap(Mlps::filedOn);
        Part on = judge.onOrBeforeAsOf(s, "mlps.filedOn");
        return filedOn.isStated() ? Part.all(on, judge.isSet(s, "mlps.filingNumber")) : on;
    }
}

package io.github.anjian.engine.internal;

import io.github.anjian.engine.StaffMember;
import io.github.anjian.engine.Subject;
import io.github.anjian.facts.Account;
import io.github.anjian.facts.Contractor;
import io.github.anjian.facts.Device;
import io.github.anjian.facts.Drill;
import io.github.anjian.facts.Facility;
import io.github.anjian.facts.Finding;
import io.github.anjian.facts.Incident;
import io.github.anjian.facts.InfoSystem;
import io.github.anjian.facts.Inspection;
import io.github.anjian.facts.Items;
import io.github.anjian.facts.Maintenance;
import io.github.anjian.facts.Medium;
import io.github.anjian.facts.Organization;
import io.github.anjian.facts.Person;
import io.github.anjian.facts.Plan;
import io.github.anjian.facts.Policy;
import io.github.anjian.facts.Product;
import io.github.anjian.facts.Training;
import io.github.anjian.facts.Waiver;
import io.github.anjian.facts.Wireless;

/** Maps a fact to the {@link Subject} it stands for, with its business key (SPEC §8.30). */
public final class Subjects {

    private Subjects() {
    }

    /** The subject for a fact. */
    public static Subject of(Object fact) {
        if (fact instanceof Device d) {
            return new Subject("device", d.id(), d.id(), d.origin(), d.weight());
        } else if (fact instanceof InfoSystem s) {
            return new Subject("system", s.id(), s.name().orElse(s.id()), s.origin(), 1);
        } else if (fact instanceof Organization o) {
            return new Subject("organization", o.id(), o.name(), o.origin(), 1);
        } else if (fact instanceof Medium m) {
            return new Subject("medium", m.id(), m.id(), m.origin(), m.weight());
        } else if (fact instanceof Person p) {
            return new Subject("person", p.id(), p.name().orElse(p.id()), p.origin(), 1);
        } else if (fact instanceof Account a) {
            return new Subject("account", a.id(), a.id(), a.origin(), 1);
        } else if (fact instanceof Maintenance m) {
            String key = m.device() + "@" + m.date();
            return new Subject("maintenance", key, key, m.origin(), 1);
        } else if (fact instanceof Contractor c) {
            return new Subject("contractor", c.id(), c.name().orElse(c.id()), c.origin(), 1);
        } else if (fact instanceof StaffMember s) {
            String key = s.contractor().id() + "/" + s.staff().name();
            return new Subject("contractor-staff", key, s.staff().name(), s.origin(), 1);
        } else if (fact instanceof Plan p) {
            return new Subject("plan", p.id(), p.title().orElse(p.id()), p.origin(), 1);
        } else if (fact instanceof Policy p) {
            String key = wire(p.kind()) + "/" + p.title().orElse("");
            return new Subject("policy", key, p.title().orElse(wire(p.kind())), p.origin(), 1);
        } else if (fact instanceof Incident i) {
            return new Subject("incident", i.id(), i.id(), i.origin(), 1);
        } else if (fact instanceof Finding f) {
            return new Subject("finding", f.id(), f.title().orElse(f.id()), f.origin(), 1);
        } else if (fact instanceof Facility f) {
            return new Subject("facility", f.id(), f.id(), f.origin(), 1);
        } else if (fact instanceof Product p) {
            return new Subject("product", p.id(), p.name().orElse(p.id()), p.origin(), 1);
        } else if (fact instanceof Wireless w) {
            return new Subject("wireless", w.id(), w.id(), w.origin(), 1);
        } else if (fact instanceof Drill d) {
            String key = d.id().orElse(String.valueOf(d.date()));
            return new Subject("drill", key, key, d.origin(), 1);
        } else if (fact instanceof Training t) {
            String key = t.date() + "/" + t.topic().orElse("");
            return new Subject("training", key, key, t.origin(), 1);
        } else if (fact instanceof Inspection i) {
            String key = wire(i.kind()) + "@" + i.date();
            return new Subject("inspection", key, key, i.origin(), 1);
        } else if (fact instanceof Waiver w) {
            String key = w.requirement() + "|" + w.subjects().map(Items::items).map(l -> String.join(",", l)).orElse("*");
            return new Subject("waiver", key, key, w.origin(), 1);
        }
        throw new IllegalArgumentException("not a subject: " + fact.getClass().getName());
    }

    /** An enum constant as written in fact files. */
    public static String wire(Enum<?> e) {
        return io.github.anjian.engine.Judge.wire(e);
    }
}

package io.github.anjian.engine.internal;

import io.github.anjian.engine.StaffMember;
import io.github.anjian.facts.Contractor;
import io.github.anjian.facts.ContractorStaff;
import io.github.anjian.facts.Facts;
import io.github.anjian.facts.Items;
import io.github.anjian.facts.Value;
import io.github.anjian.facts.Waiver;
import io.github.anjian.facts.Wireless;

import java.util.ArrayList;
import java.util.List;

/** The lists a requirement's subjects come from (catalog {@code subjects}), with their state. */
final class SubjectSources {

    private SubjectSources() {
    }

    /**
     * One subject list.
     *
     * @param path its path in the facts, e.g. {@code devices}
     * @param absent true when the list is unknown
     * @param open true when the list is open
     * @param items its items (facts)
     */
    record Source(String path, boolean absent, boolean open, List<?> items) {
    }

    static List<Source> of(List<String> names, Facts facts, Value<Items<Waiver>> waivers, Value<Items<Wireless>> wireless) {
        List<Source> out = new ArrayList<>();
        for (String name : names) {
            switch (name) {
                case "organization" -> out.add(new Source("organization", false, false,
                        facts.organization().map(List::of).orElse(List.of())));
                case "people" -> out.add(list(name, facts.people()));
                case "policies" -> out.add(list(name, facts.policies()));
                case "systems" -> out.add(list(name, facts.systems()));
                case "devices" -> out.add(list(name, facts.devices()));
                case "media" -> out.add(list(name, facts.media()));
                case "accounts" -> out.add(list(name, facts.accounts()));
                case "maintenance" -> out.add(list(name, facts.maintenance()));
                case "contractors" -> out.add(list(name, facts.contractors()));
                case "plans" -> out.add(list(name, facts.plans()));
                case "drills" -> out.add(list(name, facts.drills()));
                case "trainings" -> out.add(list(name, facts.trainings()));
                case "inspections" -> out.add(list(name, facts.inspections()));
                case "findings" -> out.add(list(name, facts.findings()));
                case "incidents" -> out.add(list(name, facts.incidents()));
                case "facilities" -> out.add(list(name, facts.facilities()));
                case "products" -> out.add(list(name, facts.products()));
                case "waivers" -> out.add(waivers.isAbsent() ? new Source(name, false, false, List.of()) : list(name, waivers));
                case "organization.network.wireless" -> out.add(list(name, wireless));
                case "contractors.staff" -> staff(facts, out);
                default -> throw new IllegalStateException("unknown subject source " + name);
            }
        }
        return out;
    }

    private static void staff(Facts facts, List<Source> out) {
        if (facts.contractors().isAbsent()) {
            out.add(new Source("contractors", true, false, List.of()));
            return;
        }
        Items<Contractor> cs = facts.contractors().get();
        if (cs.isOpen()) {
            out.add(new Source("contractors", false, true, List.of()));
        }
        for (Contractor c : cs) {
            String path = c.origin().field("staff");
            Value<Items<ContractorStaff>> staff = c.staff();
            if (staff.isAbsent()) {
                out.add(new Source(path, true, false, List.of()));
                continue;
            }
            List<StaffMember> members = new ArrayList<>();
            for (ContractorStaff s : staff.orElse(Items.of(List.of()))) {
                members.add(new StaffMember(c, s));
            }
            out.add(new Source(path, false, staff.isStated() && staff.get().isOpen(), members));
        }
    }

    private static <T> Source list(String path, Value<Items<T>> v) {
        if (v.isAbsent()) {
            return new Source(path, true, false, List.of());
        }
        Items<T> items = v.orElse(Items.of(List.of()));
        return new Source(path, false, items.isOpen(), items.items());
    }
}

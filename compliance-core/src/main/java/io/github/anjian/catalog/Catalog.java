package io.github.anjian.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The requirement catalog: areas and requirements in SPEC order, and the parameters they declare.
 */
public final class Catalog {

    private final List<Area> areas;
    private final List<Requirement> requirements;
    private final Map<String, Requirement> byId = new LinkedHashMap<>();
    private final Map<String, Parameter> parameters = new LinkedHashMap<>();

    /**
     * A catalog; requirements are put in area order, then id order.
     *
     * @throws IllegalArgumentException when an id repeats, an area is unknown, or a parameter is
     *         declared twice with different type or default
     */
    public Catalog(List<Area> areas, List<Requirement> requirements) {
        this.areas = List.copyOf(areas);
        List<String> order = areas.stream().map(Area::code).toList();
        List<Requirement> sorted = new ArrayList<>(requirements);
        for (Requirement r : sorted) {
            if (!order.contains(r.area())) {
                throw new IllegalArgumentException(r.id() + ": unknown area " + r.area());
            }
        }
        sorted.sort(Comparator.comparingInt((Requirement r) -> order.indexOf(r.area())).thenComparing(Requirement::id));
        this.requirements = List.copyOf(sorted);
        for (Requirement r : this.requirements) {
            if (byId.put(r.id(), r) != null) {
                throw new IllegalArgumentException("requirement " + r.id() + " twice");
            }
            for (Parameter p : r.parameters()) {
                Parameter old = parameters.putIfAbsent(p.name(), p);
                if (old != null && (old.type() != p.type() || old.defaultValue().compareTo(p.defaultValue()) != 0)) {
                    throw new IllegalArgumentException("parameter " + p.name() + " declared differently in " + r.id());
                }
            }
        }
    }

    /** The areas in order. */
    public List<Area> areas() {
        return areas;
    }

    /** The requirements in catalog order. */
    public List<Requirement> requirements() {
        return requirements;
    }

    /** A requirement by id. */
    public Optional<Requirement> requirement(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** An area by code. */
    public Optional<Area> area(String code) {
        return areas.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /** Every parameter, by name, in catalog order. */
    public Map<String, Parameter> parameters() {
        return java.util.Collections.unmodifiableMap(parameters);
    }

    /** The position of a requirement in catalog order (for sorting). */
    public int indexOf(String id) {
        Requirement r = byId.get(id);
        return r == null ? Integer.MAX_VALUE : requirements.indexOf(r);
    }
}

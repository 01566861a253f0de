package io.github.anjian.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The merged facts of one inspection (SPEC §2): the organization and every list, each
 * {@link Value#absent() absent} when no file stated it. Immutable; the lookups rules need
 * (people by id, a system's contractor and devices, the media used on a device) are indexed once.
 */
public final class Facts {

    private final Value<Organization> organization;
    private final Value<Items<Person>> people;
    private final Value<Items<Policy>> policies;
    private final Value<Items<InfoSystem>> systems;
    private final Value<Items<Device>> devices;
    private final Value<Items<Medium>> media;
    private final Value<Items<Account>> accounts;
    private final Value<Items<Maintenance>> maintenance;
    private final Value<Items<Contractor>> contractors;
    private final Value<Items<Plan>> plans;
    private final Value<Items<Drill>> drills;
    private final Value<Items<Training>> trainings;
    private final Value<Items<Inspection>> inspections;
    private final Value<Items<Finding>> findings;
    private final Value<Items<Incident>> incidents;
    private final Value<Items<Facility>> facilities;
    private final Value<Items<Product>> products;
    private final Map<String, ParameterSetting> parameters;
    private final Value<Items<Waiver>> waivers;

    private final Map<String, Person> peopleById;
    private final Map<String, InfoSystem> systemsById;
    private final Map<String, Device> devicesById;
    private final Map<String, Contractor> contractorsById;
    private final Map<String, Plan> plansById;
    private final Map<String, Product> productsById;
    private final Map<String, List<Device>> devicesBySystem;
    private final Map<String, List<Medium>> mediaByDevice;
    private final Map<String, List<Account>> accountsByOwner;

    private Facts(Builder b) {
        organization = b.organization;
        people = b.people;
        policies = b.policies;
        systems = b.systems;
        devices = b.devices;
        media = b.media;
        accounts = b.accounts;
        maintenance = b.maintenance;
        contractors = b.contractors;
        plans = b.plans;
        drills = b.drills;
        trainings = b.trainings;
        inspections = b.inspections;
        findings = b.findings;
        incidents = b.incidents;
        facilities = b.facilities;
        products = b.products;
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(b.parameters));
        waivers = b.waivers;

        peopleById = index(people, Person::id);
        systemsById = index(systems, InfoSystem::id);
        devicesById = index(devices, Device::id);
        contractorsById = index(contractors, Contractor::id);
        plansById = index(plans, Plan::id);
        productsById = index(products, Product::id);
        Map<String, List<Device>> bySystem = new HashMap<>();
        for (Device d : items(devices)) {
            for (String s : d.systems().map(Items::items).orElse(List.of())) {
                bySystem.computeIfAbsent(s, k -> new ArrayList<>()).add(d);
            }
        }
        devicesBySystem = freeze(bySystem);
        Map<String, List<Medium>> byDevice = new HashMap<>();
        for (Medium m : items(media)) {
            for (String d : m.usedOn().map(Items::items).orElse(List.of())) {
                byDevice.computeIfAbsent(d, k -> new ArrayList<>()).add(m);
            }
        }
        mediaByDevice = freeze(byDevice);
        Map<String, List<Account>> byOwner = new HashMap<>();
        for (Account a : items(accounts)) {
            if (a.owner().isStated()) {
                byOwner.computeIfAbsent(a.owner().get(), k -> new ArrayList<>()).add(a);
            }
        }
        accountsByOwner = freeze(byOwner);
    }

    private static <T> List<T> items(Value<Items<T>> list) {
        return list.map(Items::items).orElse(List.of());
    }

    private static <T> Map<String, T> index(Value<Items<T>> list, Function<T, String> id) {
        Map<String, T> m = new HashMap<>();
        for (T t : items(list)) {
            m.putIfAbsent(id.apply(t), t);
        }
        return Collections.unmodifiableMap(m);
    }

    private static <T> Map<String, List<T>> freeze(Map<String, List<T>> m) {
        Map<String, List<T>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }

    /** A builder, for the loader and for facts built in code (tests, embedding applications). */
    public static Builder builder() {
        return new Builder();
    }

    /** The organization (absent when no file states it). */
    public Value<Organization> organization() { return organization; }
    /** {@code people}. */
    public Value<Items<Person>> people() { return people; }
    /** {@code policies}. */
    public Value<Items<Policy>> policies() { return policies; }
    /** {@code systems}. */
    public Value<Items<InfoSystem>> systems() { return systems; }
    /** {@code devices}. */
    public Value<Items<Device>> devices() { return devices; }
    /** {@code media}. */
    public Value<Items<Medium>> media() { return media; }
    /** {@code accounts}. */
    public Value<Items<Account>> accounts() { return accounts; }
    /** {@code maintenance}. */
    public Value<Items<Maintenance>> maintenance() { return maintenance; }
    /** {@code contractors}. */
    public Value<Items<Contractor>> contractors() { return contractors; }
    /** {@code plans}. */
    public Value<Items<Plan>> plans() { return plans; }
    /** {@code drills}. */
    public Value<Items<Drill>> drills() { return drills; }
    /** {@code trainings}. */
    public Value<Items<Training>> trainings() { return trainings; }
    /** {@code inspections}. */
    public Value<Items<Inspection>> inspections() { return inspections; }
    /** {@code findings}. */
    public Value<Items<Finding>> findings() { return findings; }
    /** {@code incidents}. */
    public Value<Items<Incident>> incidents() { return incidents; }
    /** {@code facilities}. */
    public Value<Items<Facility>> facilities() { return facilities; }
    /** {@code products}. */
    public Value<Items<Product>> products() { return products; }
    /** {@code parameters} overrides, by name, in file order. */
    public Map<String, ParameterSetting> parameters() { return parameters; }
    /** {@code waivers}. */
    public Value<Items<Waiver>> waivers() { return waivers; }

    /** A person by id. */
    public Optional<Person> person(String id) { return Optional.ofNullable(peopleById.get(id)); }
    /** A system by id. */
    public Optional<InfoSystem> system(String id) { return Optional.ofNullable(systemsById.get(id)); }
    /** A device by id. */
    public Optional<Device> device(String id) { return Optional.ofNullable(devicesById.get(id)); }
    /** A contractor by id. */
    public Optional<Contractor> contractor(String id) { return Optional.ofNullable(contractorsById.get(id)); }
    /** A plan by id. */
    public Optional<Plan> plan(String id) { return Optional.ofNullable(plansById.get(id)); }
    /** A product by id. */
    public Optional<Product> product(String id) { return Optional.ofNullable(productsById.get(id)); }

    /** The contractor named by {@code operations.contractor} of a system, when stated and known. */
    public Optional<Contractor> contractorOf(InfoSystem system) {
        return system.operations().flatMap(Operations::contractor).map(contractorsById::get)
                .map(Optional::ofNullable).orElse(Optional.empty());
    }

    /** The devices that list the system under {@code systems}. */
    public List<Device> devicesOf(String systemId) {
        return devicesBySystem.getOrDefault(systemId, List.of());
    }

    /** The media that list the device under {@code usedOn}. */
    public List<Medium> mediaUsedOn(String deviceId) {
        return mediaByDevice.getOrDefault(deviceId, List.of());
    }

    /** The accounts whose {@code owner} is the person. */
    public List<Account> accountsOf(String personId) {
        return accountsByOwner.getOrDefault(personId, List.of());
    }

    /** The evaluation date stated in the facts ({@code organization.asOf}), if any. */
    public Optional<java.time.LocalDate> asOf() {
        return organization.flatMap(Organization::asOf).map(Optional::of).orElse(Optional.empty());
    }

    /** Builds {@link Facts}; every list starts absent. */
    public static final class Builder {
        private Value<Organization> organization = Value.absent();
        private Value<Items<Person>> people = Value.absent();
        private Value<Items<Policy>> policies = Value.absent();
        private Value<Items<InfoSystem>> systems = Value.absent();
        private Value<Items<Device>> devices = Value.absent();
        private Value<Items<Medium>> media = Value.absent();
        private Value<Items<Account>> accounts = Value.absent();
        private Value<Items<Maintenance>> maintenance = Value.absent();
        private Value<Items<Contractor>> contractors = Value.absent();
        private Value<Items<Plan>> plans = Value.absent();
        private Value<Items<Drill>> drills = Value.absent();
        private Value<Items<Training>> trainings = Value.absent();
        private Value<Items<Inspection>> inspections = Value.absent();
        private Value<Items<Finding>> findings = Value.absent();
        private Value<Items<Incident>> incidents = Value.absent();
        private Value<Items<Facility>> facilities = Value.absent();
        private Value<Items<Product>> products = Value.absent();
        private final Map<String, ParameterSetting> parameters = new LinkedHashMap<>();
        private Value<Items<Waiver>> waivers = Value.absent();

        private Builder() {
        }

        /** Sets the organization. */
        public Builder organization(Organization o) { organization = Value.of(o); return this; }
        /** Sets {@code people}. */
        public Builder people(Items<Person> v) { people = Value.of(v); return this; }
        /** Sets {@code policies}. */
        public Builder policies(Items<Policy> v) { policies = Value.of(v); return this; }
        /** Sets {@code systems}. */
        public Builder systems(Items<InfoSystem> v) { systems = Value.of(v); return this; }
        /** Sets {@code devices}. */
        public Builder devices(Items<Device> v) { devices = Value.of(v); return this; }
        /** Sets {@code media}. */
        public Builder media(Items<Medium> v) { media = Value.of(v); return this; }
        /** Sets {@code accounts}. */
        public Builder accounts(Items<Account> v) { accounts = Value.of(v); return this; }
        /** Sets {@code maintenance}. */
        public Builder maintenance(Items<Maintenance> v) { maintenance = Value.of(v); return this; }
        /** Sets {@code contractors}. */
        public Builder contractors(Items<Contractor> v) { contractors = Value.of(v); return this; }
        /** Sets {@code plans}. */
        public Builder plans(Items<Plan> v) { plans = Value.of(v); return this; }
        /** Sets {@code drills}. */
        public Builder drills(Items<Drill> v) { drills = Value.of(v); return this; }
        /** Sets {@code trainings}. */
        public Builder trainings(Items<Training> v) { trainings = Value.of(v); return this; }
        /** Sets {@code inspections}. */
        public Builder inspections(Items<Inspection> v) { inspections = Value.of(v); return this; }
        /** Sets {@code findings}. */
        public Builder findings(Items<Finding> v) { findings = Value.of(v); return this; }
        /** Sets {@code incidents}. */
        public Builder incidents(Items<Incident> v) { incidents = Value.of(v); return this; }
        /** Sets {@code facilities}. */
        public Builder facilities(Items<Facility> v) { facilities = Value.of(v); return this; }
        /** Sets {@code products}. */
        public Builder products(Items<Product> v) { products = Value.of(v); return this; }
        /** Adds a parameter override. */
        public Builder parameter(ParameterSetting p) { parameters.put(p.name(), p); return this; }
        /** Sets {@code waivers}. */
        public Builder waivers(Items<Waiver> v) { waivers = Value.of(v); return this; }

        /** The immutable facts. */
        public Facts build() {
            return new Facts(this);
        }
    }
}

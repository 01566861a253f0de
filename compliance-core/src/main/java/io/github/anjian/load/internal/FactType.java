package io.github.anjian.load.internal;

import io.github.anjian.facts.Located;

import java.util.List;
import java.util.Map;

/**
 * The type of a value in fact files, derived by reflection from the model's record components. The
 * loader binds by it and the JSON Schema generator describes it: one description of the format.
 */
public sealed interface FactType {

    /** True when {@code none} is accepted for an optional key of this type (SPEC §2.1). */
    boolean acceptsNone();

    /** Text, optionally a reference to an entity of {@code ref} (null when not a reference). */
    record Text(Class<? extends Located> ref) implements FactType {
        @Override
        public boolean acceptsNone() {
            return true;
        }
    }

    /** {@code true} or {@code false}. */
    record Bool() implements FactType {
        @Override
        public boolean acceptsNone() {
            return false;
        }
    }

    /** A whole number within bounds. */
    record Int(long min, long max) implements FactType {
        @Override
        public boolean acceptsNone() {
            return false;
        }
    }

    /** A decimal number. */
    record Decimal() implements FactType {
        @Override
        public boolean acceptsNone() {
            return false;
        }
    }

    /** A date {@code YYYY-MM-DD}. */
    record Date() implements FactType {
        @Override
        public boolean acceptsNone() {
            return true;
        }
    }

    /** An enumeration by wire name; {@code none} is its {@code NONE} constant when it has one. */
    record Enumeration(Class<? extends Enum<?>> type, Map<String, Enum<?>> byWireName) implements FactType {
        @Override
        public boolean acceptsNone() {
            return byWireName.containsKey("none");
        }

        /** The wire names in declaration order. */
        public List<String> wireNames() {
            return byWireName.keySet().stream().toList();
        }
    }

    /** A mapping described by a record class. */
    record Mapping(Class<?> type) implements FactType {
        @Override
        public boolean acceptsNone() {
            return true;
        }

        /** The record's description. */
        public RecordSpec spec() {
            return RecordSpec.of(type);
        }
    }

    /** A list, written plainly (complete) or {@code { complete: false, items: [...] }} (open). */
    record ListOf(FactType element) implements FactType {
        @Override
        public boolean acceptsNone() {
            return false;
        }
    }

    /** {@code all} or a list of system ids. */
    record CoversType() implements FactType {
        @Override
        public boolean acceptsNone() {
            return false;
        }
    }

    /** {@code internal}, {@code none} or a contractor id. */
    record SupportType() implements FactType {
        @Override
        public boolean acceptsNone() {
            return true;
        }
    }
}

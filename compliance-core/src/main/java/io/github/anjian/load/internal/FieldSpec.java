package io.github.anjian.load.internal;

/**
 * One key of a mapping: its name in fact files, whether it is required (a plain component) or
 * optional (a {@code Value}), and its type.
 *
 * @param key the key as written in fact files
 * @param index the position of the component in the canonical constructor
 * @param required true for a plain component, false for a {@code Value}
 * @param type the value's type
 */
public record FieldSpec(String key, int index, boolean required, FactType type) {
}

package io.github.anjian.catalog;

/**
 * A check area of the catalog (ORG, MGT, ... WVR).
 *
 * @param code the prefix of its requirement ids
 * @param name its name in en and zh
 */
public record Area(String code, Text name) {
}

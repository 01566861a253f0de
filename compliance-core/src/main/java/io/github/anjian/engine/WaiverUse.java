package io.github.anjian.engine;

import io.github.anjian.facts.Waiver;

import java.util.List;

/**
 * A derived fact, inserted after the other requirements were decided: which violations a waiver
 * matches (WVR-01 needs to know whether a waiver still matches anything).
 *
 * @param waiver the waiver
 * @param matched the keys of the subjects whose FAIL or PARTIAL it matches
 */
public record WaiverUse(Waiver waiver, List<String> matched) {

    /** Copies the list. */
    public WaiverUse {
        matched = List.copyOf(matched);
    }

    /** True when the waiver matches at least one violation. */
    public boolean matchesAny() {
        return !matched.isEmpty();
    }
}

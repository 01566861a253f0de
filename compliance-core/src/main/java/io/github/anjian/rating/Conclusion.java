package io.github.anjian.rating;

/** The conclusion (SPEC §4; modelled on the 2025 MLPS template). */
public enum Conclusion {
    /** 符合: rate above 0.9 and no unwaived high-severity FAIL. */
    COMPLIANT,
    /** 基本符合: rate 0.6 or more. */
    BASICALLY_COMPLIANT,
    /** 不符合. */
    NON_COMPLIANT
}

package io.github.anjian.test;

import io.github.anjian.catalog.RulePack;

/** A user's own rule pack with one DRL rule, for the tests of this module. */
public final class MyPack {

    private MyPack() {
    }

    /** The pack (DRL compiled when the engine is built). */
    public static RulePack pack() {
        return RulePack.fromClasspath(MyPack.class.getClassLoader(), "mypack", "my-rules", "1.0");
    }
}

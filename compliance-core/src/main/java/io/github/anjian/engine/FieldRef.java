package io.github.anjian.engine;

import io.github.anjian.facts.Origin;

/**
 * The full path of a field of a loaded fact ({@code devices[d-7].antivirus.installed}), kept as the
 * fact's origin and the field's relative path and made text only when read ({@link #toString}).
 * A check names millions of such paths as evidence, reasons and missing facts, and a report prints
 * the few that belong to violations and unknowns; the text of the others is never needed.
 */
final class FieldRef {

    private final Origin origin;
    private final String field;
    /** The text once made: a path that is read (unknowns, violations) is often read several times. */
    private String text;

    FieldRef(Origin origin, String field) {
        this.origin = origin;
        this.field = field;
    }

    /** The path as a key: a string stays as it is, a reference becomes its text. */
    static String text(Object pathOrRef) {
        return pathOrRef instanceof String s ? s : pathOrRef.toString();
    }

    /** True when both name the same path (two references to one fact's field compare without text). */
    static boolean same(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof FieldRef x && b instanceof FieldRef y) {
            return same(x.origin, x.field, y.origin, y.field);
        }
        return text(a).equals(text(b));
    }

    /** True when two fields of facts name the same path, made text only when neither fact nor field is shared. */
    static boolean same(Origin a, String fieldOfA, Origin b, String fieldOfB) {
        if (a == b) {
            return fieldOfA.equals(fieldOfB);
        }
        if (fieldOfA.equals(fieldOfB)) {
            // one field of two facts: the same path only when the facts' paths are the same
            return a.samePath(b);
        }
        return a.field(fieldOfA).equals(b.field(fieldOfB));
    }

    /** The fact's origin. */
    Origin origin() {
        return origin;
    }

    /** The field's path relative to the fact. */
    String field() {
        return field;
    }

    @Override
    public String toString() {
        // a benign race: every thread makes the same immutable string
        String t = text;
        if (t == null) {
            t = origin.field(field);
            text = t;
        }
        return t;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldRef r && same(this, r);
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}

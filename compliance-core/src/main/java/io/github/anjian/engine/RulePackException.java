package io.github.anjian.engine;

/** A rule pack does not compile or does not match its catalog; the message names file and line. */
public final class RulePackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception with a message naming the problem. */
    public RulePackException(String message) {
        super(message);
    }
}

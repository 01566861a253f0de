package io.github.anjian.engine;

/**
 * A check could not run because of what the caller asked: an unknown parameter name, a value of the
 * wrong type, facts without an organization. The message says what to change.
 */
public final class CheckException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception with a message for the user. */
    public CheckException(String message) {
        super(message);
    }
}

package dev.ipwire.stream.failures;

/**
 * A failure that passes by itself (a dependency unavailable for now): the record is retried with
 * backoff until it succeeds and is never dead-lettered.
 */
public class TransientFailureException extends RuntimeException {

    public TransientFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}

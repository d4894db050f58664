package dev.ipwire.stream.failures;

/** Why a record failed, which decides whether trying again can help. */
public enum FailureKind {

    /** The record itself is wrong: retrying cannot help; the failure policy decides at once. */
    MALFORMED,

    /**
     * Something the record needs is unavailable for now (the broker, a timeout): retried with
     * backoff for as long as it lasts, never dead-lettered.
     */
    TRANSIENT,

    /** Anything else: retried a few times, then handled by the failure policy. */
    UNEXPECTED
}

package dev.ipwire.stream.failures;

/**
 * What the stream does with a record it can never process (malformed: not JSON, an unsupported
 * {@code schemaVersion}, over a limit) or that kept failing for an unexpected reason.
 */
public enum FailurePolicy {

    /** Publish it to the stage's dead-letter topic with the reason, commit it, go on. */
    DLQ,

    /** Log it with the reason, commit it, go on: the record is dropped. */
    SKIP,

    /**
     * Stop the consumer without committing the record: the stage halts until an operator fixes the
     * cause and restarts it, and then the record is delivered again.
     */
    FAIL
}

package dev.ipwire.ingest.intake;

/** A submission that cannot be accepted as sent; the message says what to fix. */
public class InvalidSubmissionException extends RuntimeException {

    public InvalidSubmissionException(String message) {
        super(message);
    }
}

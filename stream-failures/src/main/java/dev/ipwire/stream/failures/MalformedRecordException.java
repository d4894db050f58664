package dev.ipwire.stream.failures;

/**
 * A record that can never be processed however often it is tried: the failure policy handles it at
 * once (by default: to the dead-letter topic with this message as the reason).
 */
public class MalformedRecordException extends RuntimeException {

    public MalformedRecordException(String message) {
        super(message);
    }

    public MalformedRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}

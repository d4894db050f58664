package dev.ipwire.search.replay;

/** A job of the same kind is running; the message names it. */
public class ReplayJobRunningException extends RuntimeException {

    public ReplayJobRunningException(String message) {
        super(message);
    }
}

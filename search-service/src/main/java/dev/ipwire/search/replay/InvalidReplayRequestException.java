package dev.ipwire.search.replay;

/** A replay request that cannot be started; the message says why and what to do. */
public class InvalidReplayRequestException extends RuntimeException {

    public InvalidReplayRequestException(String message) {
        super(message);
    }
}

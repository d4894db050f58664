package dev.ipwire.ingest.publishing;

/** Kafka did not acknowledge an article in time: nothing was accepted, the client should retry. */
public class BrokerUnavailableException extends RuntimeException {

    public BrokerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.ipwire.search.query;

/** A search request with a parameter out of range; the message says what is allowed. */
public class InvalidSearchException extends RuntimeException {

    public InvalidSearchException(String message) {
        super(message);
    }
}

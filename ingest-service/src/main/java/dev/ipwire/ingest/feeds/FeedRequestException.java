package dev.ipwire.ingest.feeds;

/** A feed request that cannot be carried out; {@link #reason()} decides the HTTP status. */
public class FeedRequestException extends RuntimeException {

    /** Why a feed request cannot be carried out. */
    public enum Reason {
        /** The request is malformed: bad URL, name or interval (400). */
        INVALID,
        /** No feed has that id (404). */
        UNKNOWN,
        /**
         * The feed exists already, or is configured and cannot be changed through the API (409).
         */
        CONFLICT,
        /** Feed polling is disabled on this instance (409). */
        DISABLED,
        /** The registration could not be stored or the stored ones are not loaded yet (503). */
        UNAVAILABLE
    }

    private final Reason reason;

    public FeedRequestException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public FeedRequestException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

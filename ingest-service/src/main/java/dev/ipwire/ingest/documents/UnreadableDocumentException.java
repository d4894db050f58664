package dev.ipwire.ingest.documents;

/** An uploaded file that cannot be read; {@link #reason()} decides the HTTP status. */
public class UnreadableDocumentException extends RuntimeException {

    /** Why a file cannot be read. */
    public enum Reason {
        /** A type IPWire does not read (415). */
        UNSUPPORTED_TYPE,
        /** Bytes that are not text in any supported encoding (400). */
        NOT_TEXT,
        /** A damaged or truncated file of a supported type (422). */
        DAMAGED,
        /** An encrypted or password-protected file (422). */
        ENCRYPTED,
        /** A file that expands beyond safe limits, e.g. a zip bomb (422). */
        TOO_EXPANSIVE
    }

    private final Reason reason;

    public UnreadableDocumentException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public UnreadableDocumentException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

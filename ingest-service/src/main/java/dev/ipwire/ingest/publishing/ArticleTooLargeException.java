package dev.ipwire.ingest.publishing;

/** The article is too large to be stored as one record. */
public class ArticleTooLargeException extends RuntimeException {

    public ArticleTooLargeException(String message, Throwable cause) {
        super(message, cause);
    }
}

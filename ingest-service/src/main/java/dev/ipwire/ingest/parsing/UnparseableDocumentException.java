package dev.ipwire.ingest.parsing;

/** The document holds nothing that can be read as an article; the message says why. */
public class UnparseableDocumentException extends RuntimeException {

    public UnparseableDocumentException(String message) {
        super(message);
    }
}

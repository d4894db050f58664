package dev.ipwire.nlp.enrichment;

/**
 * A record this service cannot enrich however often it retries (unknown schema version, no id): it
 * goes to the dead-letter topic at once.
 */
public class UnsupportedArticleException extends RuntimeException {

    public UnsupportedArticleException(String message) {
        super(message);
    }
}

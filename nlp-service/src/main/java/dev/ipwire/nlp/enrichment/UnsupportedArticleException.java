package dev.ipwire.nlp.enrichment;

import dev.ipwire.stream.failures.MalformedRecordException;

/**
 * A record this service cannot enrich however often it retries (unknown schema version, no id, over
 * a limit): malformed, so the failure policy handles it at once (by default: the dead-letter
 * topic).
 */
public class UnsupportedArticleException extends MalformedRecordException {

    public UnsupportedArticleException(String message) {
        super(message);
    }
}

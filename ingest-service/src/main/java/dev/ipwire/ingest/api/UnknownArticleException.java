package dev.ipwire.ingest.api;

/** No revision of this article was ever accepted. */
class UnknownArticleException extends RuntimeException {

    UnknownArticleException(String id) {
        super("No article with id " + id + " was ever accepted by this ingest service.");
    }
}

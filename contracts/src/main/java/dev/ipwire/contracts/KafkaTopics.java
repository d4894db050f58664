package dev.ipwire.contracts;

/** Names of the Kafka topics and headers that make up the pipeline's contract (DESIGN.md). */
public final class KafkaTopics {

    /** Parsed articles, keyed by article id, compacted: the latest revision of each article. */
    public static final String ARTICLES_RAW = "articles.raw";

    /** Enriched articles, keyed by article id, compacted. */
    public static final String ARTICLES_ENRICHED = "articles.enriched";

    /** Records nlp-service could not process (the binder's dead-letter topic). */
    public static final String DLQ_NLP = "error.articles.raw.nlp";

    /** Records search-service could not index (the binder's dead-letter topic). */
    public static final String DLQ_SEARCH = "error.articles.enriched.search";

    /** Header carrying the trace id from ingest to index. */
    public static final String TRACE_ID_HEADER = "ipwire-trace-id";

    private KafkaTopics() {}
}

package dev.ipwire.ingest.registry;

import dev.ipwire.contracts.ArticleReceived;
import java.time.Instant;

/**
 * What the registry learns from the pipeline's topics (fed by whoever reads them; records may
 * arrive in any order across topics, and again after a restart).
 */
public interface ArticleLogListener {

    /** A revision of an article on {@code articles.raw}, from any ingest instance. */
    void received(ArticleReceived article);

    /** nlp-service enriched this revision ({@code articles.enriched}). */
    void enriched(String id, long revision);

    /**
     * A stage gave up on the article (its dead-letter topic).
     *
     * @param revision the failed revision, or null when the failed record could not be read
     * @param reason the exception message the stage recorded
     * @param at when the record was dead-lettered
     */
    void failed(String id, Long revision, PipelineStage stage, String reason, Instant at);
}

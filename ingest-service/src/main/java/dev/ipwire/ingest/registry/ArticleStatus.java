package dev.ipwire.ingest.registry;

/**
 * Where an article is in the pipeline.
 *
 * @param id article id
 * @param state {@code received}, {@code enriched}, {@code indexed} or {@code failed}
 * @param revision the latest revision ingest accepted
 * @param enrichedRevision the latest revision nlp-service enriched, or null
 * @param indexedRevision the latest revision search-service has indexed, or null
 * @param reason why it failed, when {@code state} is {@code failed}
 */
public record ArticleStatus(
        String id,
        String state,
        long revision,
        Long enrichedRevision,
        Long indexedRevision,
        String reason) {}

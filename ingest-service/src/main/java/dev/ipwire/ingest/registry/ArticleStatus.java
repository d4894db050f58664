package dev.ipwire.ingest.registry;

import java.time.Instant;

/**
 * Where an article is in the pipeline.
 *
 * @param id article id
 * @param state {@code received}, {@code enriched}, {@code indexed} or {@code failed}
 * @param revision the latest revision ingest accepted
 * @param enrichedRevision the latest revision nlp-service enriched, or null
 * @param indexedRevision the latest revision search-service has indexed, or null (the last one
 *     known when search-service did not answer)
 * @param reason why it failed, when {@code state} is {@code failed}
 * @param failedStage the stage that failed ({@code nlp} or {@code search}), when {@code state} is
 *     {@code failed}
 * @param nearDuplicateOf the earlier article this one republishes, or null
 * @param title headline of the latest revision
 * @param receivedAt when ingest accepted the latest revision
 */
public record ArticleStatus(
        String id,
        String state,
        long revision,
        Long enrichedRevision,
        Long indexedRevision,
        String reason,
        String failedStage,
        String nearDuplicateOf,
        String title,
        Instant receivedAt) {

    public static final String RECEIVED = "received";
    public static final String ENRICHED = "enriched";
    public static final String INDEXED = "indexed";
    public static final String FAILED = "failed";
}

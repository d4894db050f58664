package dev.ipwire.search.query.similar;

import java.util.List;

/**
 * Articles like one article, one per story.
 *
 * @param id the article they are like
 * @param hits the most similar stories first
 */
public record SimilarResult(String id, List<SimilarHit> hits) {

    /**
     * One story: its most similar article.
     *
     * @param id article id
     * @param title headline
     * @param publishedAt publication date as stored
     * @param source outlet
     * @param primaryTopic main topic or null
     * @param score more-like-this score
     * @param nearDuplicates how many other articles of the index are copies of the same story (the
     *     original and its near-duplicates, less the one listed)
     */
    public record SimilarHit(
            String id,
            String title,
            String publishedAt,
            String source,
            String primaryTopic,
            double score,
            long nearDuplicates) {}
}

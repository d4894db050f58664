package dev.ipwire.search.query;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search.
 *
 * @param total number of matching articles
 * @param hits this page of them
 * @param facets counts per value of topic, region, person, organization and source
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetValue>> facets) {

    /**
     * One matching article.
     *
     * @param id article id
     * @param title headline
     * @param publishedAt publication date as stored
     * @param source outlet
     * @param primaryTopic main topic or null
     * @param score relevance score
     * @param highlights fragments with matches in {@code <em>}, HTML-escaped
     */
    public record Hit(
            String id,
            String title,
            String publishedAt,
            String source,
            String primaryTopic,
            double score,
            List<String> highlights) {}

    /**
     * One facet value and its count.
     *
     * @param value the value
     * @param count matching articles with it
     */
    public record FacetValue(String value, long count) {}
}

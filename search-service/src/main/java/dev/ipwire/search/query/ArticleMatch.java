package dev.ipwire.search.query;

/**
 * A saved search that matched a newly indexed article.
 *
 * @param searchKey the key the search was given under
 * @param article what the search matched
 */
public record ArticleMatch(String searchKey, MatchedArticle article) {

    /**
     * The article as the index holds it, in the few fields a notification carries.
     *
     * @param id article id
     * @param revision the revision that matched
     * @param title headline
     * @param publishedAt publication date as stored
     * @param source outlet name
     * @param primaryTopic main topic or null
     * @param url the article's address at its source, or null
     */
    public record MatchedArticle(
            String id,
            long revision,
            String title,
            String publishedAt,
            String source,
            String primaryTopic,
            String url) {}
}

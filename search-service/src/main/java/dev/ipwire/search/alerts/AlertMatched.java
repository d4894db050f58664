package dev.ipwire.search.alerts;

import dev.ipwire.search.query.ArticleMatch;
import java.time.Instant;

/**
 * The event posted to an alert's webhook: a newly indexed article matched the alert. Its JSON is
 * the request body, signed as sent.
 *
 * @param alertId the alert that matched
 * @param article the article, in brief
 * @param matchedAt when the match was found (ISO-8601, UTC)
 */
public record AlertMatched(String alertId, Article article, String matchedAt) {

    /**
     * The matched article in brief; {@code GET /api/v1/articles/{id}} has all of it.
     *
     * @param id article id
     * @param title headline
     * @param publishedAt publication date or date-time as printed
     * @param source outlet
     * @param primaryTopic main topic or null
     * @param url the article's address at its source, or null
     */
    public record Article(
            String id,
            String title,
            String publishedAt,
            String source,
            String primaryTopic,
            String url) {}

    static AlertMatched of(String alertId, ArticleMatch.MatchedArticle article, Instant matchedAt) {
        return new AlertMatched(
                alertId,
                new Article(
                        article.id(),
                        article.title(),
                        article.publishedAt(),
                        article.source(),
                        article.primaryTopic(),
                        article.url()),
                matchedAt.toString());
    }
}

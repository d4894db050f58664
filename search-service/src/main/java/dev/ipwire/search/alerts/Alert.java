package dev.ipwire.search.alerts;

import dev.ipwire.search.query.QueryParser;
import dev.ipwire.search.query.SearchRequest;
import java.time.Instant;

/**
 * A saved search whose new matches are posted to a webhook.
 *
 * @param id alert id
 * @param name what the editor called it, or null
 * @param q the query, as typed in the search box, or null
 * @param filters the search filters
 * @param webhook absolute http(s) URL the matches are posted to
 * @param secret key of the HMAC-SHA256 signature of each delivery
 * @param createdAt when it was created
 */
public record Alert(
        String id,
        String name,
        String q,
        AlertFilters filters,
        String webhook,
        String secret,
        Instant createdAt) {

    /** The search this alert stands for: what {@code GET /api/v1/search} would run. */
    public SearchRequest search() {
        return new SearchRequest(
                QueryParser.parse(q),
                filters.topic(),
                filters.person(),
                filters.place(),
                filters.organization(),
                filters.region(),
                filters.source(),
                filters.from(),
                filters.to(),
                false,
                1,
                1);
    }
}

package dev.ipwire.search.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.ipwire.search.indexing.ArticleIndex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Tells which of some just-indexed articles match which saved searches, by asking Elasticsearch
 * itself: each search is the very query {@link ArticleSearch} runs for the same request (same
 * parser, folding and segmentation), named, and all of them are evaluated at once against only
 * these articles (an {@code ids} filter). A match therefore means exactly "a search with this
 * request would list this article".
 */
@Component
public class SavedSearchMatcher {

    /** Prefix of the query names, so that no name a search query might carry is taken for ours. */
    static final String NAME_PREFIX = "saved-search:";

    static final String[] MATCH_SOURCE = {
        "revision", "article.title", "article.publishedAt", "article.source", "article.primaryTopic"
    };

    private final ElasticsearchClient client;
    private final ArticleIndex index;
    private final ArticleSearch search;

    public SavedSearchMatcher(
            ElasticsearchClient client, ArticleIndex index, ArticleSearch search) {
        this.client = client;
        this.index = index;
        this.search = search;
    }

    /**
     * The matches of {@code searches} among the articles {@code revisions} names.
     *
     * @param searches saved searches by key
     * @param revisions the articles to look at (id → the revision just indexed); an article the
     *     index holds at another revision is left out, since that revision is checked on its own
     * @param searchesPerRequest how many searches one Elasticsearch request carries
     * @throws IOException when Elasticsearch cannot be reached
     */
    public List<ArticleMatch> matches(
            Map<String, SearchRequest> searches,
            Map<String, Long> revisions,
            int searchesPerRequest)
            throws IOException {
        List<ArticleMatch> matches = new ArrayList<>();
        if (searches.isEmpty() || revisions.isEmpty()) {
            return matches;
        }
        index.ensureReady();
        // Searches see only refreshed segments; the articles were written a moment ago.
        client.indices().refresh(r -> r.index(ArticleIndex.ALIAS));
        List<Map.Entry<String, SearchRequest>> all = new ArrayList<>(searches.entrySet());
        for (int from = 0; from < all.size(); from += searchesPerRequest) {
            List<Map.Entry<String, SearchRequest>> chunk =
                    all.subList(from, Math.min(all.size(), from + searchesPerRequest));
            matches.addAll(matchChunk(chunk, revisions));
        }
        return matches;
    }

    private List<ArticleMatch> matchChunk(
            List<Map.Entry<String, SearchRequest>> chunk, Map<String, Long> revisions)
            throws IOException {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        bool.filter(f -> f.ids(i -> i.values(List.copyOf(revisions.keySet()))));
        for (Map.Entry<String, SearchRequest> saved : chunk) {
            Query query = search.query(saved.getValue());
            bool.should(s -> s.bool(b -> b.filter(query).queryName(NAME_PREFIX + saved.getKey())));
        }
        bool.minimumShouldMatch("1");
        SearchResponse<Map> response =
                client.search(
                        s ->
                                s.index(ArticleIndex.ALIAS)
                                        .query(q -> q.bool(bool.build()))
                                        .size(revisions.size())
                                        .source(
                                                src ->
                                                        src.filter(
                                                                f ->
                                                                        f.includes(
                                                                                List.of(
                                                                                        MATCH_SOURCE)))),
                        Map.class);
        List<ArticleMatch> matches = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            ArticleMatch.MatchedArticle article = article(hit);
            if (article == null || !revisions.get(hit.id()).equals(article.revision())) {
                continue;
            }
            for (String name : hit.matchedQueries().keySet()) {
                if (name.startsWith(NAME_PREFIX)) {
                    matches.add(new ArticleMatch(name.substring(NAME_PREFIX.length()), article));
                }
            }
        }
        return matches;
    }

    @SuppressWarnings("unchecked")
    private static ArticleMatch.MatchedArticle article(Hit<Map> hit) {
        Map<String, Object> source = hit.source();
        if (source == null || !(source.get("revision") instanceof Number revision)) {
            return null;
        }
        Map<String, Object> article =
                (Map<String, Object>) source.getOrDefault("article", Map.of());
        Map<String, Object> outlet = (Map<String, Object>) article.get("source");
        return new ArticleMatch.MatchedArticle(
                hit.id(),
                revision.longValue(),
                (String) article.get("title"),
                (String) article.get("publishedAt"),
                outlet == null ? null : (String) outlet.get("name"),
                (String) article.get("primaryTopic"),
                outlet == null ? null : (String) outlet.get("url"));
    }
}

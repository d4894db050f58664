package dev.ipwire.search.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.FiltersBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import dev.ipwire.search.indexing.ArticleIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * How many articles match a query part, as a share of all articles: what the search needs to know
 * whether a word occurs at all (a query word found nowhere makes the query unanswerable) and
 * whether it is too common to narrow anything (知识产权 in IP news). All parts of one query are counted
 * in one request (a {@code filters} aggregation). Shares above zero are cached for {@link
 * #TIME_TO_LIVE_MILLIS}, as they drift only slowly while articles arrive; a zero is never cached,
 * because the article that first uses a word must be findable by it as soon as it is indexed.
 */
@Component
public class IndexStatistics {

    static final long TIME_TO_LIVE_MILLIS = 60_000;
    static final int MAX_CACHED = 10_000;

    private record Share(double value, long at) {}

    private final ElasticsearchClient client;
    private final Clock clock;
    private final Map<String, Share> cache = new ConcurrentHashMap<>();

    @Autowired
    public IndexStatistics(ElasticsearchClient client) {
        this(client, Clock.systemUTC());
    }

    IndexStatistics(ElasticsearchClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /**
     * The share of articles (0..1) each keyed query matches; 0 for all when the index is empty.
     *
     * @param queries a cache key (what the query stands for) → the query
     */
    public Map<String, Double> shares(Map<String, Query> queries) {
        long now = clock.millis();
        Map<String, Double> shares = new LinkedHashMap<>();
        Map<String, Query> missing = new LinkedHashMap<>();
        queries.forEach(
                (key, query) -> {
                    Share cached = cache.get(key);
                    if (cached != null && now - cached.at() < TIME_TO_LIVE_MILLIS) {
                        shares.put(key, cached.value());
                    } else {
                        missing.put(key, query);
                    }
                });
        if (!missing.isEmpty()) {
            count(missing)
                    .forEach(
                            (key, share) -> {
                                shares.put(key, share);
                                if (share == 0) {
                                    return;
                                }
                                if (cache.size() >= MAX_CACHED) {
                                    cache.clear();
                                }
                                cache.put(key, new Share(share, now));
                            });
        }
        return shares;
    }

    private Map<String, Double> count(Map<String, Query> queries) {
        Map<String, Query> named = new LinkedHashMap<>();
        Map<String, String> keyOf = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, Query> entry : queries.entrySet()) {
            String name = "q" + i++;
            named.put(name, entry.getValue());
            keyOf.put(name, entry.getKey());
        }
        try {
            SearchResponse<Void> response =
                    client.search(
                            s ->
                                    s.index(ArticleIndex.ALIAS)
                                            .size(0)
                                            .trackTotalHits(t -> t.enabled(true))
                                            .aggregations(
                                                    "parts",
                                                    a ->
                                                            a.filters(
                                                                    f ->
                                                                            f.filters(
                                                                                    b ->
                                                                                            b.keyed(
                                                                                                    named)))),
                            Void.class);
            long total = response.hits().total() == null ? 0 : response.hits().total().value();
            Aggregate parts = response.aggregations().get("parts");
            Map<String, FiltersBucket> buckets = parts.filters().buckets().keyed();
            Map<String, Double> shares = new LinkedHashMap<>();
            keyOf.forEach(
                    (name, key) -> {
                        FiltersBucket bucket = buckets.get(name);
                        long count = bucket == null ? 0 : bucket.docCount();
                        shares.put(key, total == 0 ? 0.0 : (double) count / total);
                    });
            return shares;
        } catch (IOException e) {
            throw new UncheckedIOException("counting query words in the index failed", e);
        }
    }
}

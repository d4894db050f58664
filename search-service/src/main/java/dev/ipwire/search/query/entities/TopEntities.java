package dev.ipwire.search.query.entities;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import dev.ipwire.search.indexing.ArticleIndex;
import dev.ipwire.search.query.ArticleSearch;
import dev.ipwire.search.query.SearchRequest;
import dev.ipwire.search.query.SearchResult.FacetValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The names of one type that the most matching articles mention: a terms aggregation over the
 * articles a search with the same {@code q} and filters finds. Counts are articles, not mentions.
 */
@Component
public class TopEntities {

    private final ElasticsearchClient client;
    private final ArticleIndex index;
    private final ArticleSearch search;

    public TopEntities(ElasticsearchClient client, ArticleIndex index, ArticleSearch search) {
        this.client = client;
        this.index = index;
        this.search = search;
    }

    public EntityCounts top(EntityType type, SearchRequest filters, int size) throws IOException {
        index.ensureReady();
        Query query = search.query(filters);
        SearchResponse<Void> response =
                client.search(
                        s ->
                                s.index(ArticleIndex.ALIAS)
                                        .size(0)
                                        .query(query)
                                        .trackTotalHits(t -> t.enabled(true))
                                        .aggregations(
                                                "entities",
                                                a ->
                                                        a.terms(
                                                                t ->
                                                                        t.field(type.field())
                                                                                .size(size))),
                        Void.class);
        List<FacetValue> entities = new ArrayList<>();
        Aggregate aggregate = response.aggregations().get("entities");
        if (aggregate != null && aggregate.isSterms()) {
            for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
                entities.add(new FacetValue(bucket.key().stringValue(), bucket.docCount()));
            }
        }
        long total = response.hits().total() == null ? 0 : response.hits().total().value();
        return new EntityCounts(type.parameterName(), total, entities);
    }
}

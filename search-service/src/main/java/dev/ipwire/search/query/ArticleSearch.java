package dev.ipwire.search.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.ipwire.search.indexing.ArticleIndex;
import dev.ipwire.search.text.ChineseFolding;
import dev.ipwire.search.text.SearchSegmenter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Runs searches on the articles index.
 *
 * <p>Every query term must match, either as a phrase on the character fields (exact, crossing
 * segmentation boundaries) or as all of its words on the segmented fields; titles weigh more than
 * bodies. Quoted phrases match only as written; exclusions remove articles containing them.
 */
@Component
public class ArticleSearch {

    /** Facet name → index field. */
    static final Map<String, String> FACETS = facetFields();

    static final int FACET_SIZE = 10;
    static final String[] HIT_SOURCE = {
        "article.title",
        "article.publishedAt",
        "article.source",
        "article.primaryTopic",
        "article.paragraphs"
    };

    private final ElasticsearchClient client;
    private final ArticleIndex index;
    private final SearchSegmenter segmenter;

    public ArticleSearch(
            ElasticsearchClient client, ArticleIndex index, SearchSegmenter segmenter) {
        this.client = client;
        this.index = index;
        this.segmenter = segmenter;
    }

    private static Map<String, String> facetFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("topic", "topics");
        fields.put("region", "regions");
        fields.put("person", "persons");
        fields.put("organization", "organizations");
        fields.put("source", "source");
        return fields;
    }

    public SearchResult search(SearchRequest request) throws IOException {
        index.ensureReady();
        Query query = query(request);
        int from = (request.page() - 1) * request.size();
        SearchResponse<Map> response =
                client.search(
                        s -> {
                            s.index(ArticleIndex.ALIAS)
                                    .query(query)
                                    .from(from)
                                    .size(request.size())
                                    .trackTotalHits(t -> t.enabled(true))
                                    .source(
                                            src ->
                                                    src.filter(
                                                            f -> f.includes(List.of(HIT_SOURCE))));
                            if (request.sortByDate() || request.query().isEmpty()) {
                                s.sort(
                                                o ->
                                                        o.field(
                                                                f ->
                                                                        f.field("publishedDate")
                                                                                .order(
                                                                                        SortOrder
                                                                                                .Desc)
                                                                                .missing("_last")))
                                        .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
                            }
                            FACETS.forEach(
                                    (name, field) ->
                                            s.aggregations(
                                                    name,
                                                    a ->
                                                            a.terms(
                                                                    t ->
                                                                            t.field(field)
                                                                                    .size(
                                                                                            FACET_SIZE))));
                            return s;
                        },
                        Map.class);
        List<String> needles = needles(request.query());
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            hits.add(toHit(hit, needles));
        }
        long total =
                response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SearchResult(total, hits, facets(response.aggregations()));
    }

    /**
     * The query of a search without paging or sorting: {@code q} and the filters. Trends and entity
     * counts use it so that {@code q} means there exactly what it means in a search.
     */
    public Query query(SearchRequest request) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        ParsedQuery parsed = request.query();
        if (parsed.isEmpty()) {
            bool.must(m -> m.matchAll(a -> a));
        }
        for (String term : parsed.terms()) {
            bool.must(termQuery(term, parsed.phrases().contains(term)));
        }
        for (String excluded : parsed.exclusions()) {
            String folded = ChineseFolding.simplified(excluded);
            bool.mustNot(m -> m.matchPhrase(p -> p.field("title_chars").query(folded)));
            bool.mustNot(m -> m.matchPhrase(p -> p.field("body_chars").query(folded)));
        }
        filter(bool, "topics", request.topic());
        filter(bool, "persons", request.person());
        filter(bool, "places", request.place());
        filter(bool, "organizations", request.organization());
        filter(bool, "regions", request.region());
        filter(bool, "source", request.source());
        if (request.from() != null || request.to() != null) {
            bool.filter(
                    f ->
                            f.range(
                                    r ->
                                            r.date(
                                                    d -> {
                                                        d.field("publishedDate");
                                                        if (request.from() != null) {
                                                            d.gte(request.from().toString());
                                                        }
                                                        if (request.to() != null) {
                                                            d.lte(request.to().toString());
                                                        }
                                                        return d;
                                                    })));
        }
        return Query.of(q -> q.bool(bool.build()));
    }

    private Query termQuery(String term, boolean exactPhrase) {
        String folded = ChineseFolding.simplified(term);
        String words = String.join(" ", segmenter.words(term));
        return Query.of(
                q ->
                        q.bool(
                                b -> {
                                    b.should(
                                            s ->
                                                    s.matchPhrase(
                                                            p ->
                                                                    p.field("title_chars")
                                                                            .query(folded)
                                                                            .boost(4f)));
                                    b.should(
                                            s ->
                                                    s.matchPhrase(
                                                            p ->
                                                                    p.field("body_chars")
                                                                            .query(folded)));
                                    if (!exactPhrase && !words.isBlank()) {
                                        b.should(
                                                s ->
                                                        s.match(
                                                                m ->
                                                                        m.field("title_words")
                                                                                .query(words)
                                                                                .operator(
                                                                                        Operator
                                                                                                .And)
                                                                                .boost(3f)));
                                        b.should(
                                                s ->
                                                        s.match(
                                                                m ->
                                                                        m.field("body_words")
                                                                                .query(words)
                                                                                .operator(
                                                                                        Operator
                                                                                                .And)));
                                    }
                                    return b.minimumShouldMatch("1");
                                }));
    }

    private static void filter(BoolQuery.Builder bool, String field, String value) {
        if (value != null && !value.isBlank()) {
            bool.filter(f -> f.term(t -> t.field(field).value(FieldValue.of(value.strip()))));
        }
    }

    /** What to mark in highlights: the terms as typed and, for unquoted ones, their words. */
    private List<String> needles(ParsedQuery query) {
        List<String> needles = new ArrayList<>(query.terms());
        for (String term : query.terms()) {
            if (!query.phrases().contains(term)) {
                segmenter.words(term).stream().filter(w -> w.length() >= 2).forEach(needles::add);
            }
        }
        return needles;
    }

    @SuppressWarnings("unchecked")
    private static SearchResult.Hit toHit(Hit<Map> hit, List<String> needles) {
        Map<String, Object> source = hit.source() == null ? Map.of() : hit.source();
        Map<String, Object> article =
                (Map<String, Object>) source.getOrDefault("article", Map.of());
        String title = (String) article.get("title");
        List<String> paragraphs = (List<String>) article.getOrDefault("paragraphs", List.of());
        Map<String, Object> outlet = (Map<String, Object>) article.get("source");
        return new SearchResult.Hit(
                hit.id(),
                title,
                (String) article.get("publishedAt"),
                outlet == null ? null : (String) outlet.get("name"),
                (String) article.get("primaryTopic"),
                hit.score() == null ? 0.0 : hit.score(),
                Highlighter.fragments(title, paragraphs, needles));
    }

    private static Map<String, List<SearchResult.FacetValue>> facets(
            Map<String, Aggregate> aggregations) {
        Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
        for (String name : FACETS.keySet()) {
            Aggregate aggregate = aggregations.get(name);
            List<SearchResult.FacetValue> values = new ArrayList<>();
            if (aggregate != null && aggregate.isSterms()) {
                for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
                    values.add(
                            new SearchResult.FacetValue(
                                    bucket.key().stringValue(), bucket.docCount()));
                }
            }
            facets.put(name, values);
        }
        return facets;
    }
}

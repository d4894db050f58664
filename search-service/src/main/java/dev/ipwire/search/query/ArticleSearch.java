package dev.ipwire.search.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonpUtils;
import dev.ipwire.search.SearchProperties;
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
 * <p>Query words are matched as concepts (see {@link #plan}): precisely as phrases of characters
 * (with synonyms and organization aliases), loosely through their distinctive parts; titles weigh
 * more than bodies. Quoted phrases match only as written; exclusions remove articles containing
 * them.
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

    /** Title matches weigh this much more than body matches. */
    static final float TITLE_BOOST = 4f;

    /** A synonym or alias counts a little less than the word as typed. */
    static final float ALTERNATIVE_WEIGHT = 0.8f;

    /** Matching a word only through its parts counts much less than matching it. */
    static final float LOOSE_WEIGHT = 0.3f;

    /** Articles matching every word of the query come before those missing one. */
    static final float ALL_CONCEPTS_BONUS = 10f;

    /** A part found in at least this share of articles narrows nothing: 知识产权 in IP news. */
    static final double COMMON_SHARE = 0.5;

    /** A part found in fewer than this share of articles is specific enough to match alone. */
    static final double SPECIFIC_SHARE = 0.25;

    /**
     * Hits ranked by relevance get their final scores from the phrase-of-characters query over at
     * least this many of the best matches by the bigram query (see {@link #phrase}).
     */
    static final int RESCORE_WINDOW = 100;

    /** Elasticsearch's default {@code index.max_rescore_window}. */
    static final int MAX_RESCORE_WINDOW = 10_000;

    private final ElasticsearchClient client;
    private final ArticleIndex index;
    private final SearchSegmenter segmenter;
    private final QueryExpansion expansion;
    private final IndexStatistics statistics;
    private final boolean requestCache;

    public ArticleSearch(
            ElasticsearchClient client,
            ArticleIndex index,
            SearchSegmenter segmenter,
            QueryExpansion expansion,
            IndexStatistics statistics,
            SearchProperties properties) {
        this.client = client;
        this.index = index;
        this.segmenter = segmenter;
        this.expansion = expansion;
        this.statistics = statistics;
        this.requestCache = properties.requestCache();
    }

    /**
     * The URL parameters a search sends with {@link #elasticsearchBody}: the request cache setting
     * ({@link SearchProperties#requestCache()}), which Elasticsearch reads from the URL only.
     */
    public Map<String, String> elasticsearchParameters() {
        return Map.of("request_cache", String.valueOf(requestCache));
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
        Plan plan = plan(request.query(), index.hasBigramFields());
        SearchResponse<Map> response =
                client.search(elasticsearchRequest(request, plan), Map.class);

        List<SearchResult.Hit> hits = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            hits.add(toHit(hit, plan));
        }
        long total =
                response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SearchResult(total, hits, facets(response.aggregations()));
    }

    /**
     * The request body a search sends to Elasticsearch, as JSON: what operators compare when they
     * time the same query against Elasticsearch alone (the bench) or read why an article matched.
     */
    public String elasticsearchBody(SearchRequest request) {
        return JsonpUtils.toJsonString(
                elasticsearchRequest(request, plan(request.query(), index.hasBigramFields())),
                client._jsonpMapper());
    }

    private co.elastic.clients.elasticsearch.core.SearchRequest elasticsearchRequest(
            SearchRequest request, Plan plan) {
        Query query = plan.query(request);
        int from = (request.page() - 1) * request.size();
        return co.elastic.clients.elasticsearch.core.SearchRequest.of(
                s -> {
                    s.index(ArticleIndex.ALIAS)
                            .query(query)
                            .from(from)
                            .size(request.size())
                            .trackTotalHits(t -> t.enabled(true))
                            .requestCache(requestCache)
                            .source(src -> src.filter(f -> f.includes(List.of(HIT_SOURCE))));
                    boolean byDate = request.sortByDate() || request.query().isEmpty();
                    if (!byDate && plan.rescored()) {
                        int window =
                                Math.min(
                                        MAX_RESCORE_WINDOW,
                                        Math.max(RESCORE_WINDOW, from + request.size()));
                        s.rescore(
                                r ->
                                        r.windowSize(window)
                                                .query(
                                                        q ->
                                                                q.query(plan.exactScoring())
                                                                        .queryWeight(0.0)
                                                                        .rescoreQueryWeight(1.0)));
                    }
                    if (byDate) {
                        s.sort(
                                        o ->
                                                o.field(
                                                        f ->
                                                                f.field("publishedDate")
                                                                        .order(SortOrder.Desc)
                                                                        .missing("_last")))
                                .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
                    }
                    FACETS.forEach(
                            (name, field) ->
                                    s.aggregations(
                                            name,
                                            a -> a.terms(t -> t.field(field).size(FACET_SIZE))));
                    return s;
                });
    }

    /**
     * The query of a search without paging or sorting: {@code q} and the filters. Trends and entity
     * counts use it so that {@code q} means there exactly what it means in a search.
     */
    public Query query(SearchRequest request) {
        return plan(request.query(), index.hasBigramFields()).query(request);
    }

    /**
     * How a query's words are matched. Each word is a concept that an article matches precisely
     * (the word, or one of its {@link QueryExpansion alternatives}, as a phrase of characters:
     * exact, crossing segmentation boundaries, 繁/简 folded) or loosely (all of its distinctive
     * {@link SearchSegmenter#parts parts} anywhere in the article: 知识产权保险 → 保险 when 知识产权 is in most
     * articles). An article must match all concepts but one; those matching all get a large bonus,
     * so partial matches only follow them. A word found nowhere in the index makes the query
     * unanswerable: no hits rather than everything that matches the other words.
     */
    private Plan plan(ParsedQuery parsed, boolean bigrams) {
        List<String> terms = parsed.terms();
        Map<String, Query> counted = new LinkedHashMap<>();
        Map<String, List<String>> partsOf = new LinkedHashMap<>();
        for (String term : terms) {
            boolean quoted = parsed.phrases().contains(term);
            List<String> parts = quoted ? List.of() : segmenter.parts(term);
            partsOf.put(term, parts);
            counted.put(
                    "concept:" + quoted + ":" + term,
                    concept(term, quoted, parts, List.of(), bigrams).query());
            for (String part : parts) {
                counted.put("part:" + part, anywhere(part, 1f, bigrams));
            }
        }
        Map<String, Double> shares = counted.isEmpty() ? Map.of() : statistics.shares(counted);
        List<Concept> concepts = new ArrayList<>();
        boolean answerable = true;
        for (String term : terms) {
            boolean quoted = parsed.phrases().contains(term);
            answerable &= shares.getOrDefault("concept:" + quoted + ":" + term, 0.0) > 0;
            List<String> parts = partsOf.get(term);
            List<String> distinctive =
                    parts.stream()
                            .filter(part -> shares.getOrDefault("part:" + part, 0.0) < COMMON_SHARE)
                            .toList();
            // Leave the common parts out only when what remains is specific on its own: 知识产权保险
            // → 保险, but 地理标志保护 keeps both (保护 alone would find half the index).
            boolean specific =
                    !distinctive.isEmpty()
                            && distinctive.stream()
                                    .allMatch(
                                            part ->
                                                    shares.getOrDefault("part:" + part, 0.0)
                                                            < SPECIFIC_SHARE);
            concepts.add(concept(term, quoted, parts, specific ? distinctive : parts, bigrams));
        }
        return new Plan(concepts, answerable, bigrams);
    }

    /**
     * One query word's clause, and the strings that show where it matched: the word and its
     * alternatives when the article has one of them, else the parts it matched loosely.
     */
    private record Concept(
            Query query,
            Query exactQuery,
            List<String> precise,
            List<String> preciseFolded,
            List<String> loose) {

        List<String> needlesIn(FoldedTexts texts) {
            return texts.anyContains(preciseFolded) ? precise : loose;
        }
    }

    private Concept concept(
            String term,
            boolean quoted,
            List<String> allParts,
            List<String> looseParts,
            boolean bigrams) {
        List<String> needles = new ArrayList<>(List.of(term, ChineseFolding.simplified(term)));
        List<String> looseNeedles = new ArrayList<>();
        if (!quoted) {
            needles.addAll(expansion.alternatives(ChineseFolding.simplified(term)));
            for (String part : looseParts.isEmpty() ? allParts : looseParts) {
                if (part.length() >= 2) {
                    looseNeedles.add(part);
                }
            }
        }
        return new Concept(
                conceptQuery(term, quoted, allParts, looseParts, bigrams),
                bigrams ? conceptQuery(term, quoted, allParts, looseParts, false) : null,
                List.copyOf(needles),
                needles.stream().map(ChineseFolding::simplified).toList(),
                List.copyOf(looseNeedles));
    }

    private Query conceptQuery(
            String term,
            boolean quoted,
            List<String> allParts,
            List<String> looseParts,
            boolean bigrams) {
        String folded = ChineseFolding.simplified(term);
        List<Query> should = new ArrayList<>();
        should.add(phrase("title_chars", folded, TITLE_BOOST, bigrams));
        should.add(phrase("body_chars", folded, 1f, bigrams));
        if (!quoted) {
            for (String alternative : expansion.alternatives(folded)) {
                should.add(
                        phrase(
                                "title_chars",
                                alternative,
                                TITLE_BOOST * ALTERNATIVE_WEIGHT,
                                bigrams));
                should.add(phrase("body_chars", alternative, ALTERNATIVE_WEIGHT, bigrams));
            }
            List<String> parts = looseParts.isEmpty() ? allParts : looseParts;
            if (!parts.isEmpty()) {
                List<Query> all = new ArrayList<>();
                for (String part : parts) {
                    all.add(anywhere(part, 1f, bigrams));
                }
                should.add(Query.of(q -> q.bool(b -> b.must(all).boost(LOOSE_WEIGHT))));
            }
        }
        return Query.of(q -> q.bool(b -> b.should(should).minimumShouldMatch("1")));
    }

    /** The text as a phrase of characters in the title or the body. */
    private static Query anywhere(String text, float boost, boolean bigrams) {
        return Query.of(
                q ->
                        q.bool(
                                b ->
                                        b.should(phrase("title_chars", text, 1f, bigrams))
                                                .should(phrase("body_chars", text, 1f, bigrams))
                                                .minimumShouldMatch("1")
                                                .boost(boost)));
    }

    /**
     * The text as a phrase of characters in a {@code *_chars} field. With {@code bigrams}, a text
     * made only of Chinese characters (two or more) is matched on the field's {@code bigrams}
     * sub-field instead, which indexes each pair of adjacent characters as one term: the same
     * articles (characters A B C D follow each other exactly when the pairs AB BC CD do), found
     * through pairs that few articles share rather than through the positions of characters that
     * nearly every article has (知, 识, 产, 权); a two-character word is one term lookup. Scores
     * differ, so relevance order comes from rescoring the best matches with the character phrases
     * (see {@link #RESCORE_WINDOW}).
     */
    static Query phrase(String field, String text, float boost, boolean bigrams) {
        String target = bigrams && pairsOnly(text) ? field + ".bigrams" : field;
        return Query.of(q -> q.matchPhrase(p -> p.field(target).query(text).boost(boost)));
    }

    /** Two or more characters, all Chinese: what the bigram sub-fields can match exactly. */
    static boolean pairsOnly(String text) {
        return text.length() >= 2
                && text.codePoints()
                        .allMatch(
                                c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** A query's concepts, and whether every one of them occurs somewhere in the index. */
    private record Plan(List<Concept> concepts, boolean answerable, boolean bigrams) {

        /** What to mark in an article's highlights. */
        List<String> needlesIn(FoldedTexts texts) {
            return concepts.stream().flatMap(c -> c.needlesIn(texts).stream()).distinct().toList();
        }

        /**
         * Whether hits ranked by relevance are rescored: when the query matched through the bigram
         * sub-fields, whose scores are not the character phrases'.
         */
        boolean rescored() {
            return bigrams && answerable && !concepts.isEmpty();
        }

        /**
         * The scoring part of {@link #query} with character phrases only: applied to the best
         * matches, it gives them exactly the scores a search without the bigram fields gives.
         */
        Query exactScoring() {
            List<Query> each = concepts.stream().map(Concept::exactQuery).toList();
            BoolQuery.Builder bool = new BoolQuery.Builder().should(each);
            if (each.size() > 1) {
                bool.should(s -> s.bool(b -> b.must(each).boost(ALL_CONCEPTS_BONUS)));
            }
            bool.minimumShouldMatch(String.valueOf(Math.max(1, each.size() - 1)));
            return Query.of(q -> q.bool(bool.build()));
        }

        Query query(SearchRequest request) {
            BoolQuery.Builder bool = new BoolQuery.Builder();
            ParsedQuery parsed = request.query();
            if (!answerable) {
                return Query.of(q -> q.matchNone(n -> n));
            }
            if (concepts.isEmpty()) {
                bool.must(m -> m.matchAll(a -> a));
            } else {
                List<Query> each = concepts.stream().map(Concept::query).toList();
                bool.should(each);
                if (each.size() > 1) {
                    bool.should(s -> s.bool(b -> b.must(each).boost(ALL_CONCEPTS_BONUS)));
                }
                bool.minimumShouldMatch(String.valueOf(Math.max(1, each.size() - 1)));
            }
            for (String excluded : parsed.exclusions()) {
                String folded = ChineseFolding.simplified(excluded);
                bool.mustNot(phrase("title_chars", folded, 1f, bigrams));
                bool.mustNot(phrase("body_chars", folded, 1f, bigrams));
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
    }

    private static void filter(BoolQuery.Builder bool, String field, String value) {
        if (value != null && !value.isBlank()) {
            bool.filter(f -> f.term(t -> t.field(field).value(FieldValue.of(value.strip()))));
        }
    }

    @SuppressWarnings("unchecked")
    private static SearchResult.Hit toHit(Hit<Map> hit, Plan plan) {
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
                highlights(FoldedTexts.of(title, paragraphs), plan));
    }

    private static List<String> highlights(FoldedTexts texts, Plan plan) {
        return Highlighter.fragments(texts, plan.needlesIn(texts));
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

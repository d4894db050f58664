package dev.ipwire.search.query.similar;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Like;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TermsQuery;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.ipwire.search.indexing.ArticleIndex;
import dev.ipwire.search.query.similar.StoryGroups.Candidate;
import dev.ipwire.search.text.StopWords;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Articles like a given one: Elasticsearch's more-like-this over the article's HanLP words ({@code
 * title_words}, {@code body_words}), with shared entities and GI products adding to the score. Each
 * story is listed once with the number of its copies; the article's own story never is.
 */
@Component
public class SimilarArticles {

    /** The segmented text: what the article says. */
    static final List<String> TEXT_FIELDS = List.of("title_words", "body_words");

    /** Who and what it is about; sharing them makes a similar article more similar. */
    static final List<String> ENTITY_FIELDS =
            List.of("persons", "places", "organizations", "giProducts");

    static final String[] HIT_SOURCE = {
        "nearDuplicateOf",
        "article.title",
        "article.publishedAt",
        "article.source.name",
        "article.primaryTopic"
    };

    private final ElasticsearchClient client;
    private final ArticleIndex index;
    private final SimilarProperties properties;

    public SimilarArticles(
            ElasticsearchClient client, ArticleIndex index, SimilarProperties properties) {
        this.client = client;
        this.index = index;
        this.properties = properties;
    }

    /**
     * Up to {@code size} stories like article {@code id}, or empty when no such article is indexed.
     */
    public Optional<SimilarResult> similar(String id, int size) throws IOException {
        index.ensureReady();
        GetResponse<Map> article =
                client.get(
                        g ->
                                g.index(ArticleIndex.ALIAS)
                                        .id(id)
                                        .sourceIncludes(
                                                "nearDuplicateOf", "title_words", "body_words"),
                        Map.class);
        if (!article.found() || article.source() == null) {
            return Optional.empty();
        }
        Map<?, ?> source = article.source();
        String story = StoryGroups.storyOf(id, (String) source.get("nearDuplicateOf"));
        Query query = query(article.index(), id, story, stopWords(source));
        int candidates = Math.min(10_000, size * properties.candidatesPerStory());
        SearchResponse<Map> response =
                client.search(
                        s ->
                                s.index(ArticleIndex.ALIAS)
                                        .query(query)
                                        .size(candidates)
                                        .trackTotalHits(t -> t.enabled(false))
                                        .source(
                                                src ->
                                                        src.filter(
                                                                f ->
                                                                        f.includes(
                                                                                List.of(
                                                                                        HIT_SOURCE)))),
                        Map.class);
        List<Candidate> scored = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            Map<?, ?> fields = hit.source() == null ? Map.of() : hit.source();
            scored.add(
                    new Candidate(
                            hit.id(),
                            (String) fields.get("nearDuplicateOf"),
                            hit.score() == null ? 0.0 : hit.score(),
                            castMap(fields)));
        }
        List<Candidate> shown = StoryGroups.bestPerStory(scored, size);
        StorySizes sizes = storySizes(shown.stream().map(Candidate::story).distinct().toList());
        List<SimilarResult.SimilarHit> hits = new ArrayList<>();
        for (Candidate candidate : shown) {
            hits.add(
                    toHit(
                            candidate,
                            StoryGroups.othersInStory(
                                    candidate, sizes.copies(), sizes.originals())));
        }
        return Optional.of(new SimilarResult(id, hits));
    }

    /**
     * More like the stored article (Elasticsearch reads its fields by id from the concrete index),
     * never the article itself nor any article of its story.
     */
    Query query(String concreteIndex, String id, String story, List<String> stopWords) {
        Like self = Like.of(l -> l.document(d -> d.index(concreteIndex).id(id)));
        Query sameWords =
                Query.of(
                        q ->
                                q.moreLikeThis(
                                        m ->
                                                m.fields(TEXT_FIELDS)
                                                        .like(self)
                                                        // a word said once in a short article
                                                        // still counts
                                                        .minTermFreq(1)
                                                        // a word no other article has cannot
                                                        // find one
                                                        .minDocFreq(2)
                                                        .maxQueryTerms(properties.maxQueryTerms())
                                                        .minimumShouldMatch(
                                                                properties.minimumShouldMatch())
                                                        .stopWords(stopWords)));
        Query sameEntities =
                Query.of(
                        q ->
                                q.moreLikeThis(
                                        m ->
                                                m.fields(ENTITY_FIELDS)
                                                        .like(self)
                                                        .minTermFreq(1)
                                                        .minDocFreq(2)
                                                        .minimumShouldMatch("1")
                                                        .boost(2f)));
        Query sameStory =
                Query.of(
                        q ->
                                q.bool(
                                        b ->
                                                b.should(s -> s.ids(i -> i.values(id, story)))
                                                        .should(
                                                                s ->
                                                                        s.term(
                                                                                t ->
                                                                                        t.field(
                                                                                                        "nearDuplicateOf")
                                                                                                .value(
                                                                                                        story)))));
        // the words decide whether an article is similar; shared entities only rank it higher
        return Query.of(
                q -> q.bool(b -> b.must(sameWords).should(sameEntities).mustNot(sameStory)));
    }

    private static List<String> stopWords(Map<?, ?> source) {
        List<String> words = new ArrayList<>();
        for (String field : TEXT_FIELDS) {
            Object value = source.get(field);
            if (value instanceof String text && !text.isBlank()) {
                words.addAll(Arrays.asList(text.split(" ")));
            }
        }
        return StopWords.among(words);
    }

    /**
     * How big the listed stories are.
     *
     * @param copies per story, the articles whose nearDuplicateOf is it
     * @param originals the stories whose original is indexed
     */
    private record StorySizes(Map<String, Long> copies, Set<String> originals) {}

    private StorySizes storySizes(List<String> stories) throws IOException {
        if (stories.isEmpty()) {
            return new StorySizes(Map.of(), Set.of());
        }
        List<FieldValue> values = stories.stream().map(FieldValue::of).toList();
        Query inStories =
                Query.of(
                        q ->
                                q.bool(
                                        b ->
                                                b.should(s -> s.terms(inField("id", values)))
                                                        .should(
                                                                s ->
                                                                        s.terms(
                                                                                inField(
                                                                                        "nearDuplicateOf",
                                                                                        values)))));
        SearchResponse<Void> response =
                client.search(
                        s ->
                                s.index(ArticleIndex.ALIAS)
                                        .size(0)
                                        .query(inStories)
                                        .aggregations("copies", countOf("nearDuplicateOf", stories))
                                        .aggregations("originals", countOf("id", stories)),
                        Void.class);
        Map<String, Long> copies = new HashMap<>();
        for (StringTermsBucket bucket : buckets(response.aggregations().get("copies"))) {
            copies.put(bucket.key().stringValue(), bucket.docCount());
        }
        Set<String> originals = new HashSet<>();
        for (StringTermsBucket bucket : buckets(response.aggregations().get("originals"))) {
            originals.add(bucket.key().stringValue());
        }
        return new StorySizes(copies, originals);
    }

    private static TermsQuery inField(String field, List<FieldValue> values) {
        return TermsQuery.of(t -> t.field(field).terms(v -> v.value(values)));
    }

    /** Articles per value of {@code field}, for exactly these values. */
    private static Aggregation countOf(String field, List<String> values) {
        return Aggregation.of(
                a ->
                        a.terms(
                                t ->
                                        t.field(field)
                                                .include(i -> i.terms(values))
                                                .size(values.size())));
    }

    private static List<StringTermsBucket> buckets(Aggregate aggregate) {
        return aggregate != null && aggregate.isSterms()
                ? aggregate.sterms().buckets().array()
                : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    @SuppressWarnings("unchecked")
    private static SimilarResult.SimilarHit toHit(Candidate candidate, long nearDuplicates) {
        Map<String, Object> article =
                (Map<String, Object>) candidate.fields().getOrDefault("article", Map.of());
        Map<String, Object> outlet = (Map<String, Object>) article.get("source");
        return new SimilarResult.SimilarHit(
                candidate.id(),
                (String) article.get("title"),
                (String) article.get("publishedAt"),
                outlet == null ? null : (String) outlet.get("name"),
                (String) article.get("primaryTopic"),
                candidate.score(),
                nearDuplicates);
    }
}

package dev.ipwire.search.query.suggest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.ipwire.search.indexing.ArticleIndex;
import dev.ipwire.search.query.suggest.SuggestResult.Suggestion;
import dev.ipwire.search.query.suggest.SuggestionMix.Name;
import dev.ipwire.search.text.ChineseFolding;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Completions for the editor's query box, from the fields the index already has: names (the
 * normalized person, organization and place keywords) that start with the prefix, counted by
 * articles, and headlines that contain it as a phrase ({@code title_chars}). The prefix is folded
 * to simplified characters first, as the index is, so 繁體 and 简体 prefixes find the same.
 */
@Component
public class Suggester {

    /** Kind → keyword field of normalized names. */
    static final Map<String, String> NAME_FIELDS = nameFields();

    /** Headlines read to find distinct ones (copies of a story share a headline). */
    static final int TITLE_CANDIDATES = 30;

    private final ElasticsearchClient client;
    private final ArticleIndex index;
    private final SuggestProperties properties;

    public Suggester(ElasticsearchClient client, ArticleIndex index, SuggestProperties properties) {
        this.client = client;
        this.index = index;
        this.properties = properties;
    }

    private static Map<String, String> nameFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("person", "persons");
        fields.put("organization", "organizations");
        fields.put("place", "places");
        return fields;
    }

    /**
     * Completions of {@code prefix} (not blank), at most {@code
     * ipwire.search.suggest.max-suggestions}.
     */
    public SuggestResult suggest(String prefix) throws IOException {
        index.ensureReady();
        String folded = ChineseFolding.simplified(prefix.strip());
        int max = properties.maxSuggestions();
        SearchResponse<Map> response =
                client.search(
                        s ->
                                s.index(ArticleIndex.ALIAS)
                                        .size(TITLE_CANDIDATES)
                                        .trackTotalHits(t -> t.enabled(false))
                                        .query(titleContains(folded))
                                        .source(src -> src.filter(f -> f.includes("article.title")))
                                        .aggregations("names", namesStartingWith(folded, max)),
                        Map.class);
        List<String> titles = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            if (hit.source() != null && hit.source().get("article") instanceof Map<?, ?> article) {
                titles.add((String) article.get("title"));
            }
        }
        List<Name> names = new ArrayList<>();
        Aggregate named = response.aggregations().get("names").global().aggregations().get("named");
        NAME_FIELDS.forEach(
                (kind, field) -> {
                    Aggregate counts = named.filter().aggregations().get(kind);
                    if (counts != null && counts.isSterms()) {
                        for (StringTermsBucket bucket : counts.sterms().buckets().array()) {
                            names.add(
                                    new Name(bucket.key().stringValue(), kind, bucket.docCount()));
                        }
                    }
                });
        List<Suggestion> suggestions = SuggestionMix.mix(folded, names, titles, max);
        return new SuggestResult(suggestions);
    }

    private static Query titleContains(String folded) {
        return Query.of(q -> q.matchPhrasePrefix(m -> m.field("title_chars").query(folded)));
    }

    private static Aggregation namesOf(String field, String pattern, int max) {
        return Aggregation.of(
                a -> a.terms(t -> t.field(field).include(i -> i.regexp(pattern)).size(max)));
    }

    /**
     * Over every article (a global aggregation, apart from the headline query): the names of each
     * kind starting with the prefix, by the number of articles naming them.
     */
    private static Aggregation namesStartingWith(String folded, int max) {
        BoolQuery.Builder anyName = new BoolQuery.Builder().minimumShouldMatch("1");
        NAME_FIELDS
                .values()
                .forEach(
                        field ->
                                anyName.should(
                                        s ->
                                                s.prefix(
                                                        p ->
                                                                p.field(field)
                                                                        .value(folded)
                                                                        .caseInsensitive(true))));
        String pattern = SuggestionMix.startsWith(folded);
        return Aggregation.of(
                a ->
                        a.global(g -> g)
                                .aggregations(
                                        "named",
                                        f -> {
                                            var named =
                                                    f.filter(
                                                            Query.of(q -> q.bool(anyName.build())));
                                            NAME_FIELDS.forEach(
                                                    (kind, field) ->
                                                            named.aggregations(
                                                                    kind,
                                                                    namesOf(field, pattern, max)));
                                            return named;
                                        }));
    }
}

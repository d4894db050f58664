package dev.ipwire.search.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.ipwire.contracts.ArticleEnriched;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds indexed articles whose enrichment is stale: their {@code nlpVersion} is not the current one
 * (or missing). Each comes with the version its document was written with, so a re-enrichment can
 * be given the next generation of the same revision.
 */
@Component
public class StaleEnrichments {

    /** An indexed article enriched by another NLP version than the current one. */
    public record Stale(String id, ArticleVersion version, String nlpVersion) {}

    private static final int PAGE = 2_000;

    private final ElasticsearchClient client;
    private final ArticleIndex index;
    private final JsonMapper json;

    public StaleEnrichments(ElasticsearchClient client, ArticleIndex index, JsonMapper json) {
        this.client = client;
        this.index = index;
        this.json = json;
    }

    private static Query notCurrent(String current) {
        return Query.of(
                q ->
                        q.bool(
                                b ->
                                        b.mustNot(
                                                m ->
                                                        m.term(
                                                                t ->
                                                                        t.field("nlpVersion")
                                                                                .value(current)))));
    }

    /** Every indexed article not enriched by {@code current}, in id order. */
    public List<Stale> find(String current) throws IOException {
        index.ensureReady();
        // what was written a moment ago counts too
        client.indices().refresh(r -> r.index(ArticleIndex.ALIAS));
        List<Stale> stale = new ArrayList<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> searchAfter = after;
            SearchResponse<Map> page =
                    client.search(
                            s -> {
                                s.index(ArticleIndex.ALIAS)
                                        .size(PAGE)
                                        .version(true)
                                        .source(
                                                src ->
                                                        src.filter(
                                                                f ->
                                                                        f.includes(
                                                                                "revision",
                                                                                "nlpVersion")))
                                        .query(notCurrent(current))
                                        .sort(
                                                o ->
                                                        o.field(
                                                                f ->
                                                                        f.field("id")
                                                                                .order(
                                                                                        SortOrder
                                                                                                .Asc)));
                                if (searchAfter != null) {
                                    s.searchAfter(searchAfter);
                                }
                                return s;
                            },
                            Map.class);
            List<Hit<Map>> hits = page.hits().hits();
            for (Hit<Map> hit : hits) {
                Map<?, ?> source = hit.source() == null ? Map.of() : hit.source();
                long revision = source.get("revision") instanceof Number n ? n.longValue() : 0L;
                long version = hit.version() == null ? revision : hit.version();
                Object nlpVersion = source.get("nlpVersion");
                stale.add(
                        new Stale(
                                hit.id(),
                                ArticleVersion.fromStored(version, revision),
                                nlpVersion == null ? null : nlpVersion.toString()));
            }
            if (hits.size() < PAGE) {
                return stale;
            }
            after = hits.getLast().sort();
        }
    }

    /** Of {@code ids}, how many are now enriched by {@code current}. */
    public long countCurrent(Set<String> ids, String current) throws IOException {
        long count = 0;
        List<String> list = new ArrayList<>(ids);
        for (int from = 0; from < list.size(); from += 1_000) {
            List<FieldValue> page =
                    list.subList(from, Math.min(list.size(), from + 1_000)).stream()
                            .map(FieldValue::of)
                            .toList();
            count +=
                    client.count(
                                    c ->
                                            c.index(ArticleIndex.ALIAS)
                                                    .query(
                                                            q ->
                                                                    q.bool(
                                                                            b ->
                                                                                    b.filter(
                                                                                                    f ->
                                                                                                            f
                                                                                                                    .terms(
                                                                                                                            t ->
                                                                                                                                    t.field(
                                                                                                                                                    "id")
                                                                                                                                            .terms(
                                                                                                                                                    v ->
                                                                                                                                                            v
                                                                                                                                                                    .value(
                                                                                                                                                                            page))))
                                                                                            .filter(
                                                                                                    f ->
                                                                                                            f
                                                                                                                    .term(
                                                                                                                            t ->
                                                                                                                                    t.field(
                                                                                                                                                    "nlpVersion")
                                                                                                                                            .value(
                                                                                                                                                    current))))))
                            .count();
        }
        return count;
    }

    /** The articles as stored in the index, for those of {@code ids} it holds. */
    public Map<String, ArticleEnriched> stored(List<String> ids) throws IOException {
        Map<String, ArticleEnriched> stored = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> page = ids.subList(from, Math.min(ids.size(), from + 500));
            for (MultiGetResponseItem<Map> item :
                    client.mget(
                                    m ->
                                            m.index(ArticleIndex.ALIAS)
                                                    .ids(page)
                                                    .sourceIncludes("article"),
                                    Map.class)
                            .docs()) {
                if (item.isResult()
                        && item.result().found()
                        && item.result().source() != null
                        && item.result().source().get("article") != null) {
                    stored.put(
                            item.result().id(),
                            json.convertValue(
                                    item.result().source().get("article"), ArticleEnriched.class));
                }
            }
        }
        return stored;
    }
}

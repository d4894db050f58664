package dev.ipwire.search.alerts;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The checks ledger: per article, the newest revision alerts have been matched against ({@code
 * done}) or must still be ({@code pending}). The document version is the revision ({@code
 * version_type=external}), so Elasticsearch itself refuses to move an article back to an older
 * revision. It makes matching survive a stop between indexing and matching, and keeps a replayed or
 * rebuilt index from notifying old content again (see {@link NewContent}).
 */
@Component
class ArticleChecks {

    static final String PENDING = "pending";
    static final String DONE = "done";

    /**
     * One article's entry.
     *
     * @param articleId article id
     * @param revision revision recorded
     * @param pending whether matching it is still to be done
     */
    record Check(String articleId, long revision, boolean pending) {}

    private final ElasticsearchClient client;
    private final AlertIndexes indexes;

    ArticleChecks(ElasticsearchClient client, AlertIndexes indexes) {
        this.client = client;
        this.indexes = indexes;
    }

    /**
     * Records {@code revision} of the article as pending.
     *
     * @return false when the ledger already holds this or a newer revision (nothing was written)
     */
    boolean markPending(String articleId, long revision) throws IOException {
        indexes.ensureReady();
        try {
            client.index(
                    i ->
                            i.index(indexes.checks())
                                    .id(articleId)
                                    .version(revision)
                                    .versionType(VersionType.External)
                                    .document(document(articleId, revision, PENDING)));
            return true;
        } catch (ElasticsearchException e) {
            if (e.status() == 409) {
                return false;
            }
            throw e;
        }
    }

    Optional<Check> find(String articleId) throws IOException {
        indexes.ensureReady();
        GetResponse<Map> response =
                client.get(g -> g.index(indexes.checks()).id(articleId), Map.class);
        return response.found() && response.source() != null
                ? Optional.of(check(response.source()))
                : Optional.empty();
    }

    /**
     * Records these revisions as done; an article whose entry has meanwhile moved to a newer
     * revision keeps it.
     */
    void markDone(Map<String, Long> revisions) throws IOException {
        if (revisions.isEmpty()) {
            return;
        }
        indexes.ensureReady();
        List<BulkOperation> operations = new ArrayList<>();
        revisions.forEach(
                (id, revision) ->
                        operations.add(
                                BulkOperation.of(
                                        b ->
                                                b.index(
                                                        i ->
                                                                i.index(indexes.checks())
                                                                        .id(id)
                                                                        .version(revision)
                                                                        .versionType(
                                                                                VersionType
                                                                                        .ExternalGte)
                                                                        .document(
                                                                                document(
                                                                                        id,
                                                                                        revision,
                                                                                        DONE))))));
        BulkResponse response = client.bulk(b -> b.operations(operations));
        for (BulkResponseItem item : response.items()) {
            if (item.error() != null && item.status() != 409) {
                throw new IOException(
                        "marking article "
                                + item.id()
                                + " checked failed: "
                                + item.error().reason());
            }
        }
    }

    /** Pending entries last touched before {@code before}, oldest first. */
    List<Check> pending(int max, Instant before) throws IOException {
        indexes.ensureReady();
        SearchResponse<Map> response =
                client.search(
                        s ->
                                s.index(indexes.checks())
                                        .size(max)
                                        .query(
                                                Queries.all(
                                                        Queries.term("state", PENDING),
                                                        Queries.before("updatedAt", before)))
                                        .sort(Queries.ascending("updatedAt")),
                        Map.class);
        List<Check> pending = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            if (hit.source() != null) {
                pending.add(check(hit.source()));
            }
        }
        return pending;
    }

    private static Map<String, Object> document(String articleId, long revision, String state) {
        return Map.of(
                "articleId",
                articleId,
                "revision",
                revision,
                "state",
                state,
                "updatedAt",
                Instant.now().toString());
    }

    private static Check check(Map<String, Object> source) {
        return new Check(
                (String) source.get("articleId"),
                ((Number) source.get("revision")).longValue(),
                PENDING.equals(source.get("state")));
    }
}

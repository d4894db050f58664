package dev.ipwire.search.alerts;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.UpdateResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The delivery outbox: one document per match, written before anything is sent and kept until it is
 * done (then for {@code retention}). Pending deliveries survive a restart; whichever instance
 * claims one (a lease: {@code claimedBy}, {@code claimedUntil}, written only if the document is
 * unchanged since read) works on it until it is delivered, failed or cancelled, or its lease runs
 * out.
 */
@Component
class DeliveryOutbox {

    static final String PENDING = "pending";
    static final String DELIVERED = "delivered";
    static final String FAILED = "failed";
    static final String CANCELLED = "cancelled";

    /** {@code lastStatus} of an attempt that got no HTTP answer. */
    static final int NO_ANSWER = 0;

    /** Most pages of pending deliveries one deletion of an alert cancels. */
    static final int MAX_CANCEL_ROUNDS = 20;

    /** Most deliveries read or changed by one request. */
    static final int PAGE = 500;

    /**
     * A delivery to create.
     *
     * @param alertId the alert
     * @param articleId the article
     * @param revision the revision that matched
     * @param payload the request body
     */
    record NewDelivery(String alertId, String articleId, long revision, String payload) {

        String id() {
            return Delivery.idOf(alertId, articleId, revision);
        }
    }

    /** The delivery changed since it was read: cancelled, or claimed by another instance. */
    static final class ClaimLostException extends RuntimeException {

        ClaimLostException(String deliveryId) {
            super("delivery " + deliveryId + " was cancelled or taken over meanwhile");
        }
    }

    private final ElasticsearchClient client;
    private final AlertIndexes indexes;

    DeliveryOutbox(ElasticsearchClient client, AlertIndexes indexes) {
        this.client = client;
        this.indexes = indexes;
    }

    /**
     * Creates the deliveries that do not exist yet, claimed by {@code claimedBy} until {@code
     * claimedUntil}; one that exists already (the same match found before) is left as it is.
     *
     * @return the deliveries created
     */
    List<Delivery> create(List<NewDelivery> deliveries, String claimedBy, Instant claimedUntil)
            throws IOException {
        if (deliveries.isEmpty()) {
            return List.of();
        }
        indexes.ensureReady();
        Instant now = Instant.now();
        Map<String, NewDelivery> byId = new LinkedHashMap<>();
        List<BulkOperation> operations = new ArrayList<>();
        for (NewDelivery delivery : deliveries) {
            byId.put(delivery.id(), delivery);
            Map<String, Object> doc = new HashMap<>();
            doc.put("id", delivery.id());
            doc.put("alertId", delivery.alertId());
            doc.put("articleId", delivery.articleId());
            doc.put("revision", delivery.revision());
            doc.put("payload", delivery.payload());
            doc.put("status", PENDING);
            doc.put("attempts", 0);
            doc.put("createdAt", now.toString());
            doc.put("nextAttemptAt", now.toString());
            doc.put("claimedBy", claimedBy);
            doc.put("claimedUntil", claimedUntil.toString());
            operations.add(
                    BulkOperation.of(
                            b ->
                                    b.create(
                                            c ->
                                                    c.index(indexes.deliveries())
                                                            .id(delivery.id())
                                                            .document(doc))));
        }
        BulkResponse response = client.bulk(b -> b.operations(operations));
        List<Delivery> created = new ArrayList<>();
        for (BulkResponseItem item : response.items()) {
            if (item.error() == null) {
                NewDelivery delivery = byId.get(item.id());
                created.add(
                        new Delivery(
                                item.id(),
                                delivery.alertId(),
                                delivery.articleId(),
                                delivery.revision(),
                                delivery.payload(),
                                0,
                                item.seqNo(),
                                item.primaryTerm()));
            } else if (item.status() != 409) {
                throw new IOException(
                        "writing delivery " + item.id() + " failed: " + item.error().reason());
            }
        }
        return created;
    }

    /** Pending deliveries due now that nobody holds a live claim on, oldest due first. */
    List<Delivery> due(int max, Instant now) throws IOException {
        indexes.ensureReady();
        SearchResponse<Map> response =
                client.search(
                        s ->
                                s.index(indexes.deliveries())
                                        .size(max)
                                        .seqNoPrimaryTerm(true)
                                        .query(
                                                Queries.all(
                                                        Queries.term("status", PENDING),
                                                        Queries.notAfter("nextAttemptAt", now),
                                                        Queries.missingOrNotAfter(
                                                                "claimedUntil", now)))
                                        .sort(Queries.ascending("nextAttemptAt")),
                        Map.class);
        List<Delivery> due = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            Map<String, Object> source = hit.source();
            if (source != null && hit.seqNo() != null && hit.primaryTerm() != null) {
                due.add(
                        new Delivery(
                                hit.id(),
                                (String) source.get("alertId"),
                                (String) source.get("articleId"),
                                ((Number) source.get("revision")).longValue(),
                                (String) source.get("payload"),
                                ((Number) source.get("attempts")).intValue(),
                                hit.seqNo(),
                                hit.primaryTerm()));
            }
        }
        return due;
    }

    /** Claims a delivery read by {@link #due}; empty when another instance was faster. */
    Optional<Delivery> claim(Delivery delivery, String claimedBy, Instant claimedUntil)
            throws IOException {
        Map<String, Object> changes = new HashMap<>();
        changes.put("claimedBy", claimedBy);
        changes.put("claimedUntil", claimedUntil.toString());
        try {
            return Optional.of(update(delivery, delivery.attempts(), changes));
        } catch (ClaimLostException e) {
            return Optional.empty();
        }
    }

    /**
     * Records a failed attempt after which another one follows at {@code nextAttemptAt}; the claim
     * is extended to {@code claimedUntil}.
     *
     * @throws ClaimLostException when the delivery was cancelled or taken over meanwhile
     */
    Delivery failedAttempt(
            Delivery delivery,
            int attempts,
            Integer httpStatus,
            String error,
            Instant nextAttemptAt,
            Instant claimedUntil)
            throws IOException {
        Map<String, Object> changes = new HashMap<>();
        changes.put("attempts", attempts);
        changes.put("lastAttemptAt", Instant.now().toString());
        changes.put("lastStatus", statusOrNone(httpStatus));
        changes.put("lastError", error);
        changes.put("nextAttemptAt", nextAttemptAt.toString());
        changes.put("claimedUntil", claimedUntil.toString());
        return update(delivery, attempts, changes);
    }

    /** Records the delivery as accepted by the webhook. */
    void delivered(Delivery delivery, int attempts, int httpStatus) throws IOException {
        Instant now = Instant.now();
        Map<String, Object> changes = done(DELIVERED, now);
        changes.put("attempts", attempts);
        changes.put("lastAttemptAt", now.toString());
        changes.put("lastStatus", httpStatus);
        changes.put("lastError", "");
        update(delivery, attempts, changes);
    }

    /** Records the delivery as given up on. */
    void failed(Delivery delivery, int attempts, Integer httpStatus, String error)
            throws IOException {
        Instant now = Instant.now();
        Map<String, Object> changes = done(FAILED, now);
        changes.put("attempts", attempts);
        if (attempts > delivery.attempts()) {
            changes.put("lastAttemptAt", now.toString());
            changes.put("lastStatus", statusOrNone(httpStatus));
        }
        changes.put("lastError", error);
        update(delivery, attempts, changes);
    }

    /** Records the delivery as cancelled: its alert was deleted. */
    void cancelled(Delivery delivery) throws IOException {
        update(delivery, delivery.attempts(), done(CANCELLED, Instant.now()));
    }

    /** Gives up this instance's claim, so that the delivery can be taken over at once. */
    void release(Delivery delivery) throws IOException {
        Map<String, Object> changes = new HashMap<>();
        changes.put("claimedBy", "");
        changes.put("claimedUntil", Instant.now().toString());
        update(delivery, delivery.attempts(), changes);
    }

    /**
     * Cancels every pending delivery of the alert, whoever holds it: an instance working on one
     * finds out at its next write, which no longer applies.
     *
     * @return how many were cancelled
     */
    int cancelPending(String alertId) throws IOException {
        indexes.ensureReady();
        int cancelled = 0;
        // bounded: a delivery that cannot be cancelled here is cancelled by whoever next works
        // on it, since its alert is gone
        for (int round = 0; round < MAX_CANCEL_ROUNDS; round++) {
            SearchResponse<Map> response =
                    client.search(
                            s ->
                                    s.index(indexes.deliveries())
                                            .size(PAGE)
                                            .source(src -> src.fetch(false))
                                            .query(
                                                    Queries.all(
                                                            Queries.term("alertId", alertId),
                                                            Queries.term("status", PENDING))),
                            Map.class);
            List<String> ids = response.hits().hits().stream().map(Hit::id).toList();
            if (ids.isEmpty()) {
                break;
            }
            Map<String, Object> changes = done(CANCELLED, Instant.now());
            List<BulkOperation> operations = new ArrayList<>();
            for (String id : ids) {
                operations.add(
                        BulkOperation.of(
                                b ->
                                        b.update(
                                                u ->
                                                        u.index(indexes.deliveries())
                                                                .id(id)
                                                                .retryOnConflict(3)
                                                                .action(a -> a.doc(changes)))));
            }
            // wait for the refresh, or the next search would find the same ones pending again
            BulkResponse result =
                    client.bulk(b -> b.operations(operations).refresh(Refresh.WaitFor));
            cancelled += (int) result.items().stream().filter(i -> i.error() == null).count();
        }
        return cancelled;
    }

    /**
     * Deletes delivered, failed and cancelled deliveries finished before {@code before}, at most
     * one page per call.
     *
     * @return how many were deleted
     */
    int purgeFinishedBefore(Instant before) throws IOException {
        indexes.ensureReady();
        SearchResponse<Map> response =
                client.search(
                        s ->
                                s.index(indexes.deliveries())
                                        .size(PAGE)
                                        .source(src -> src.fetch(false))
                                        .query(
                                                Queries.all(
                                                        Queries.terms(
                                                                "status",
                                                                List.of(
                                                                        DELIVERED, FAILED,
                                                                        CANCELLED)),
                                                        Queries.before("completedAt", before))),
                        Map.class);
        List<BulkOperation> operations = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            operations.add(
                    BulkOperation.of(
                            b -> b.delete(d -> d.index(indexes.deliveries()).id(hit.id()))));
        }
        if (!operations.isEmpty()) {
            // wait for the refresh, or the next page would hold the same deliveries again
            client.bulk(b -> b.operations(operations).refresh(Refresh.WaitFor));
        }
        return operations.size();
    }

    /** Delivery statistics of these alerts; an alert without deliveries is left out. */
    Map<String, DeliveryStats> stats(Collection<String> alertIds) throws IOException {
        Map<String, DeliveryStats> stats = new HashMap<>();
        if (alertIds.isEmpty()) {
            return stats;
        }
        indexes.ensureReady();
        Aggregation lastDelivered = last(DELIVERED);
        Aggregation lastFailed = last(FAILED);
        SearchResponse<Void> response =
                client.search(
                        s ->
                                s.index(indexes.deliveries())
                                        .size(0)
                                        .query(Queries.terms("alertId", alertIds))
                                        .aggregations(
                                                "alerts",
                                                a ->
                                                        a.terms(
                                                                        t ->
                                                                                t.field("alertId")
                                                                                        .size(
                                                                                                alertIds
                                                                                                        .size()))
                                                                .aggregations(
                                                                        "statuses",
                                                                        st ->
                                                                                st.terms(
                                                                                        t ->
                                                                                                t.field(
                                                                                                                "status")
                                                                                                        .size(
                                                                                                                10)))
                                                                .aggregations(
                                                                        "lastDelivered",
                                                                        lastDelivered)
                                                                .aggregations(
                                                                        "lastFailed", lastFailed)),
                        Void.class);
        Aggregate alerts = response.aggregations().get("alerts");
        for (StringTermsBucket bucket : alerts.sterms().buckets().array()) {
            Map<String, Long> counts = new HashMap<>();
            for (StringTermsBucket status :
                    bucket.aggregations().get("statuses").sterms().buckets().array()) {
                counts.put(status.key().stringValue(), status.docCount());
            }
            Map<String, Object> delivered = lastOf(bucket.aggregations().get("lastDelivered"));
            Map<String, Object> failed = lastOf(bucket.aggregations().get("lastFailed"));
            stats.put(
                    bucket.key().stringValue(),
                    new DeliveryStats(
                            counts.getOrDefault(PENDING, 0L),
                            counts.getOrDefault(DELIVERED, 0L),
                            counts.getOrDefault(FAILED, 0L),
                            delivered == null
                                    ? null
                                    : new DeliveryStats.LastDelivery(
                                            (String) delivered.get("id"),
                                            (String) delivered.get("articleId"),
                                            (String) delivered.get("completedAt"),
                                            ((Number) delivered.get("attempts")).intValue(),
                                            integer(delivered.get("lastStatus"))),
                            failed == null
                                    ? null
                                    : new DeliveryStats.LastFailure(
                                            (String) failed.get("id"),
                                            (String) failed.get("articleId"),
                                            (String) failed.get("completedAt"),
                                            ((Number) failed.get("attempts")).intValue(),
                                            integer(failed.get("lastStatus")),
                                            (String) failed.get("lastError"))));
        }
        return stats;
    }

    /** The most recently finished delivery with {@code status}. */
    private static Aggregation last(String status) {
        return Aggregation.of(
                a ->
                        a.filter(Queries.term("status", status))
                                .aggregations(
                                        "last",
                                        l ->
                                                l.topHits(
                                                        t ->
                                                                t.size(1)
                                                                        .sort(
                                                                                Queries.descending(
                                                                                        "completedAt"))
                                                                        .source(
                                                                                src ->
                                                                                        src.filter(
                                                                                                f ->
                                                                                                        f
                                                                                                                .excludes(
                                                                                                                        "payload"))))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> lastOf(Aggregate filtered) {
        List<Hit<JsonData>> hits =
                filtered.filter().aggregations().get("last").topHits().hits().hits();
        return hits.isEmpty() || hits.get(0).source() == null
                ? null
                : hits.get(0).source().to(Map.class);
    }

    /**
     * The webhook's answer as stored; attempts that got none (no connection, timeout) store {@link
     * #NO_ANSWER}, since a partial update cannot remove a field.
     */
    private static Integer integer(Object value) {
        return value instanceof Number number && number.intValue() != NO_ANSWER
                ? number.intValue()
                : null;
    }

    private static int statusOrNone(Integer httpStatus) {
        return httpStatus == null ? NO_ANSWER : httpStatus;
    }

    private static Map<String, Object> done(String status, Instant at) {
        Map<String, Object> changes = new HashMap<>();
        changes.put("status", status);
        changes.put("completedAt", at.toString());
        changes.put("claimedBy", "");
        return changes;
    }

    /** Applies {@code changes} only if the delivery is still as read. */
    private Delivery update(Delivery delivery, int attempts, Map<String, Object> changes)
            throws IOException {
        try {
            UpdateResponse<Map> response =
                    client.update(
                            u ->
                                    u.index(indexes.deliveries())
                                            .id(delivery.id())
                                            .ifSeqNo(delivery.seqNo())
                                            .ifPrimaryTerm(delivery.primaryTerm())
                                            .doc(changes),
                            Map.class);
            return delivery.after(attempts, response.seqNo(), response.primaryTerm());
        } catch (ElasticsearchException e) {
            if (e.status() == 409 || e.status() == 404) {
                throw new ClaimLostException(delivery.id());
            }
            throw e;
        }
    }
}

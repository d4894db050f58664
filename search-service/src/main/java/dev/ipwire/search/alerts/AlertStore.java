package dev.ipwire.search.alerts;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.Result;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The alerts, one document each in the alerts index. Writes refresh the index (alerts change
 * rarely), so that a created alert is listed, and a deleted one is gone, as soon as the call
 * returns, here and on every other instance that re-reads the index.
 */
@Component
class AlertStore {

    private final ElasticsearchClient client;
    private final AlertIndexes indexes;
    private final int maxAlerts;

    AlertStore(ElasticsearchClient client, AlertIndexes indexes, AlertProperties properties) {
        this.client = client;
        this.indexes = indexes;
        this.maxAlerts = properties.maxAlerts();
    }

    void save(Alert alert) throws IOException {
        indexes.ensureReady();
        client.index(
                i ->
                        i.index(indexes.alerts())
                                .id(alert.id())
                                .document(document(alert))
                                .refresh(Refresh.True));
    }

    Optional<Alert> find(String id) throws IOException {
        indexes.ensureReady();
        GetResponse<Map> response = client.get(g -> g.index(indexes.alerts()).id(id), Map.class);
        return response.found() && response.source() != null
                ? Optional.of(alert(response.source()))
                : Optional.empty();
    }

    /** Every alert, newest first (at most {@code max-alerts}). */
    List<Alert> all() throws IOException {
        indexes.ensureReady();
        SearchResponse<Map> response =
                client.search(
                        s ->
                                s.index(indexes.alerts())
                                        .size(maxAlerts)
                                        .sort(Queries.descending("createdAt")),
                        Map.class);
        List<Alert> alerts = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            if (hit.source() != null) {
                alerts.add(alert(hit.source()));
            }
        }
        return alerts;
    }

    long count() throws IOException {
        indexes.ensureReady();
        return client.count(c -> c.index(indexes.alerts())).count();
    }

    /** Deletes the alert; false when there was none with this id. */
    boolean delete(String id) throws IOException {
        indexes.ensureReady();
        try {
            return client.delete(d -> d.index(indexes.alerts()).id(id).refresh(Refresh.True))
                            .result()
                    == Result.Deleted;
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return false;
            }
            throw e;
        }
    }

    static Map<String, Object> document(Alert alert) {
        Map<String, Object> filters = new LinkedHashMap<>();
        AlertFilters f = alert.filters();
        putIfPresent(filters, "topic", f.topic());
        putIfPresent(filters, "region", f.region());
        putIfPresent(filters, "person", f.person());
        putIfPresent(filters, "place", f.place());
        putIfPresent(filters, "organization", f.organization());
        putIfPresent(filters, "source", f.source());
        putIfPresent(filters, "from", f.from() == null ? null : f.from().toString());
        putIfPresent(filters, "to", f.to() == null ? null : f.to().toString());
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", alert.id());
        putIfPresent(doc, "name", alert.name());
        putIfPresent(doc, "q", alert.q());
        doc.put("filters", filters);
        doc.put("webhook", alert.webhook());
        doc.put("secret", alert.secret());
        doc.put("createdAt", alert.createdAt().toString());
        return doc;
    }

    @SuppressWarnings("unchecked")
    static Alert alert(Map<String, Object> doc) {
        Map<String, Object> f = (Map<String, Object>) doc.getOrDefault("filters", Map.of());
        AlertFilters filters =
                new AlertFilters(
                        (String) f.get("topic"),
                        (String) f.get("region"),
                        (String) f.get("person"),
                        (String) f.get("place"),
                        (String) f.get("organization"),
                        (String) f.get("source"),
                        date(f.get("from")),
                        date(f.get("to")));
        return new Alert(
                (String) doc.get("id"),
                (String) doc.get("name"),
                (String) doc.get("q"),
                filters,
                (String) doc.get("webhook"),
                (String) doc.get("secret"),
                Instant.parse((String) doc.get("createdAt")));
    }

    private static LocalDate date(Object value) {
        return value == null ? null : LocalDate.parse((String) value);
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}

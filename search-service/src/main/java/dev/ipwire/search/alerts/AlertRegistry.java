package dev.ipwire.search.alerts;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The alerts this instance matches new articles against: a copy of the alerts index in memory, so
 * that matching does not read the index for every article. Changes made through this instance apply
 * at once; changes made through another instance apply at its next {@link #reload()} (every {@code
 * ipwire.alerts.refresh-interval}).
 */
@Component
class AlertRegistry {

    private static final Logger log = LoggerFactory.getLogger(AlertRegistry.class);

    private final AlertStore store;
    private Map<String, Alert> alerts = Map.of();
    private boolean loaded;

    AlertRegistry(AlertStore store) {
        this.store = store;
    }

    /**
     * Re-reads every alert from the index. Synchronized with {@link #added} and {@link #removed} so
     * that a reload started before a change cannot undo it.
     */
    synchronized void reload() throws IOException {
        Map<String, Alert> fresh = new LinkedHashMap<>();
        for (Alert alert : store.all()) {
            fresh.put(alert.id(), alert);
        }
        if (!loaded || !fresh.keySet().equals(alerts.keySet())) {
            log.info("{} alert(s) to match new articles against", fresh.size());
        }
        alerts = Map.copyOf(fresh);
        loaded = true;
    }

    /** Like {@link #reload()}, logging instead of failing when Elasticsearch is unreachable. */
    void reloadQuietly() {
        try {
            reload();
        } catch (IOException | RuntimeException e) {
            log.warn("could not re-read the alerts ({}); keeping the ones known", e.toString());
        }
    }

    synchronized void added(Alert alert) {
        Map<String, Alert> next = new LinkedHashMap<>(alerts);
        next.put(alert.id(), alert);
        alerts = Map.copyOf(next);
    }

    synchronized void removed(String id) {
        Map<String, Alert> next = new LinkedHashMap<>(alerts);
        next.remove(id);
        alerts = Map.copyOf(next);
    }

    /**
     * The alerts to match against, read from the index first if they have not been yet (a round of
     * matching at start-up must not take "not read yet" for "none").
     *
     * @throws IOException when they have never been read and Elasticsearch cannot be reached
     */
    synchronized Collection<Alert> current() throws IOException {
        if (!loaded) {
            reload();
        }
        return List.copyOf(alerts.values());
    }

    synchronized int size() {
        return alerts.size();
    }

    synchronized Optional<Alert> find(String id) {
        return Optional.ofNullable(alerts.get(id));
    }

    /**
     * False only when the alerts are known and there are none: then new articles need no
     * bookkeeping at all. Before the first successful read, there may be alerts.
     */
    synchronized boolean mayHaveAlerts() {
        return !loaded || !alerts.isEmpty();
    }
}

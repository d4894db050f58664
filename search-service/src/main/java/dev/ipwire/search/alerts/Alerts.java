package dev.ipwire.search.alerts;

import dev.ipwire.search.SearchProperties;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Creating, reading and deleting alerts: what the HTTP API calls. */
@Component
public class Alerts {

    private static final Logger log = LoggerFactory.getLogger(Alerts.class);

    /** 32 random bytes: as strong as the HMAC-SHA256 key can use. */
    static final int SECRET_BYTES = 32;

    private final AlertStore store;
    private final AlertRegistry registry;
    private final DeliveryOutbox outbox;
    private final AlertRequests requests;
    private final int maxAlerts;
    private final SecureRandom random = new SecureRandom();

    Alerts(
            AlertStore store,
            AlertRegistry registry,
            DeliveryOutbox outbox,
            JsonMapper json,
            SearchProperties search,
            AlertProperties properties,
            WebhookTargets targets) {
        this.store = store;
        this.registry = registry;
        this.outbox = outbox;
        this.requests = new AlertRequests(json, search.maxQueryLength(), targets);
        this.maxAlerts = properties.maxAlerts();
    }

    /**
     * Creates the alert {@code body} describes.
     *
     * @throws InvalidAlertException when the body is not a valid alert
     * @throws TooManyAlertsException when {@code max-alerts} alerts exist already
     * @throws IOException when Elasticsearch cannot be reached
     */
    public AlertView create(byte[] body) throws IOException {
        NewAlert request = requests.read(body);
        if (store.count() >= maxAlerts) {
            throw new TooManyAlertsException(maxAlerts);
        }
        boolean generated = request.secret() == null;
        Alert alert =
                new Alert(
                        UUID.randomUUID().toString(),
                        request.name(),
                        request.q(),
                        request.filters(),
                        request.webhook(),
                        generated ? newSecret() : request.secret(),
                        Instant.now().truncatedTo(ChronoUnit.MILLIS));
        store.save(alert);
        registry.added(alert);
        log.info(
                "created alert {} (q {}, filters {}) for {}",
                alert.id(),
                alert.q(),
                alert.filters(),
                alert.webhook());
        return AlertView.of(alert, DeliveryStats.NONE, generated);
    }

    /** Every alert, newest first. */
    public List<AlertView> list() throws IOException {
        List<Alert> alerts = store.all();
        Map<String, DeliveryStats> stats = outbox.stats(alerts.stream().map(Alert::id).toList());
        return alerts.stream()
                .map(a -> AlertView.of(a, stats.getOrDefault(a.id(), DeliveryStats.NONE), false))
                .toList();
    }

    /**
     * One alert with its delivery statistics.
     *
     * @throws AlertNotFoundException when there is none with this id
     */
    public AlertView get(String id) throws IOException {
        Alert alert = store.find(id).orElseThrow(() -> new AlertNotFoundException(id));
        return AlertView.of(
                alert, outbox.stats(List.of(id)).getOrDefault(id, DeliveryStats.NONE), false);
    }

    /**
     * Deletes the alert: it matches nothing more, and its pending deliveries are cancelled.
     *
     * @throws AlertNotFoundException when there is none with this id
     */
    public void delete(String id) throws IOException {
        if (!store.delete(id)) {
            throw new AlertNotFoundException(id);
        }
        registry.removed(id);
        int cancelled = outbox.cancelPending(id);
        log.info("deleted alert {}; {} pending deliveries cancelled", id, cancelled);
    }

    private String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

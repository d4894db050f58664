package dev.ipwire.search.alerts;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The three indexes alerts keep, created on first use: the alerts, the delivery outbox and the
 * checks (which article revisions have been matched). Elasticsearch rather than memory or Kafka: it
 * is already the service's durable store, it survives restarts, every instance sees the same state,
 * and an outbox there can be searched by due time and claimed with optimistic concurrency (sequence
 * numbers), which a Kafka topic cannot do.
 */
@Component
class AlertIndexes {

    private static final Logger log = LoggerFactory.getLogger(AlertIndexes.class);

    private final ElasticsearchClient client;
    private final String alerts;
    private final String deliveries;
    private final String checks;
    private volatile boolean ready;

    AlertIndexes(ElasticsearchClient client, AlertProperties properties) {
        this.client = client;
        this.alerts = properties.indexPrefix() + "alerts";
        this.deliveries = properties.indexPrefix() + "alert-deliveries";
        this.checks = properties.indexPrefix() + "alert-checks";
    }

    String alerts() {
        return alerts;
    }

    String deliveries() {
        return deliveries;
    }

    String checks() {
        return checks;
    }

    /**
     * Creates the indexes that are missing; a no-op once done.
     *
     * @throws IOException when Elasticsearch cannot be reached
     */
    synchronized void ensureReady() throws IOException {
        if (ready) {
            return;
        }
        create(alerts, "alerts-index.json");
        create(deliveries, "deliveries-index.json");
        create(checks, "checks-index.json");
        ready = true;
    }

    private void create(String name, String definition) throws IOException {
        if (client.indices().exists(e -> e.index(name)).value()) {
            return;
        }
        try (InputStream json =
                AlertIndexes.class.getResourceAsStream("/ipwire/alerts/" + definition)) {
            client.indices().create(c -> c.index(name).withJson(json));
            log.info("created index {}", name);
        } catch (ElasticsearchException e) {
            // another instance created it between the check and the creation
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }
}

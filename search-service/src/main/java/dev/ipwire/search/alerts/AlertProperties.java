package dev.ipwire.search.alerts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of saved searches and alerts ({@code ipwire.alerts.*}); the defaults are in {@code
 * application.yaml}.
 *
 * @param indexPrefix prefix of the three Elasticsearch indexes alerts keep: {@code <prefix>alerts},
 *     {@code <prefix>alert-deliveries} (the outbox) and {@code <prefix>alert-checks} (which article
 *     revisions have been checked); lets two deployments share one cluster
 * @param maxAlerts most alerts that may exist at once; every one is evaluated for every new article
 * @param refreshInterval how often an instance re-reads the alerts from the index, so that alerts
 *     created or deleted through another instance take effect here
 * @param matching how new articles are matched against alerts
 * @param delivery how matches are delivered to webhooks
 */
@ConfigurationProperties("ipwire.alerts")
public record AlertProperties(
        String indexPrefix,
        int maxAlerts,
        Duration refreshInterval,
        Matching matching,
        Delivery delivery) {

    public AlertProperties {
        require(
                indexPrefix != null
                        && indexPrefix.equals(indexPrefix.toLowerCase(java.util.Locale.ROOT)),
                "index-prefix must be given in lower case (Elasticsearch index names are)");
        // all alerts are read with one search, which reaches at most 10000 hits
        require(maxAlerts >= 1 && maxAlerts <= 10_000, "max-alerts must be between 1 and 10000");
        require(positive(refreshInterval), "refresh-interval must be positive");
        require(matching != null, "matching settings are missing");
        require(delivery != null, "delivery settings are missing");
    }

    /**
     * Matching of newly indexed articles against every alert.
     *
     * @param batchSize most new articles matched in one round
     * @param alertsPerRequest most alerts evaluated in one Elasticsearch request (each is a clause
     *     of it)
     * @param maxAttempts attempts at matching one round before it is left to {@code
     *     recovery-interval}
     * @param initialBackoff wait before the second attempt at a round
     * @param maxBackoff longest wait between attempts at a round
     * @param recoveryInterval how often to look for articles whose matching did not finish (a
     *     crash, Elasticsearch down), including at start-up
     */
    public record Matching(
            int batchSize,
            int alertsPerRequest,
            int maxAttempts,
            Duration initialBackoff,
            Duration maxBackoff,
            Duration recoveryInterval) {

        public Matching {
            require(batchSize >= 1, "matching.batch-size must be at least 1");
            require(alertsPerRequest >= 1, "matching.alerts-per-request must be at least 1");
            require(maxAttempts >= 1, "matching.max-attempts must be at least 1");
            require(positive(initialBackoff), "matching.initial-backoff must be positive");
            require(positive(maxBackoff), "matching.max-backoff must be positive");
            require(positive(recoveryInterval), "matching.recovery-interval must be positive");
        }
    }

    /**
     * Webhook delivery: at least once, from a durable outbox.
     *
     * @param maxAttempts attempts per delivery, the first included, before it is recorded as failed
     * @param initialBackoff wait before the second attempt
     * @param maxBackoff longest wait between two attempts
     * @param backoffMultiplier growth of the wait from one attempt to the next
     * @param jitter spread of each wait, as a fraction of it (0.5: anywhere from half to one and a
     *     half times the wait, never below {@code initial-backoff} nor above {@code max-backoff}),
     *     so that receivers coming back are not hit by every retry at once
     * @param connectTimeout longest wait for the webhook's server to accept the connection
     * @param requestTimeout longest wait for the webhook's answer, per attempt
     * @param concurrency most webhook requests in flight at once
     * @param maxInFlight most deliveries an instance works on at once (requests and waits between
     *     attempts); the rest stay in the outbox until there is room
     * @param pollInterval how often the outbox is searched for deliveries that are due and not
     *     being worked on (after a restart, or left by another instance)
     * @param claimLease how long a delivery stays claimed by an instance beyond its next attempt;
     *     after that, another instance may take it over (the first one is presumed dead)
     * @param giveUpOnClientErrors record a delivery as failed at once when the webhook answers with
     *     a client error other than 408, 425 or 429 (it rejected the request; repeating it will not
     *     help); false retries those too
     * @param retention how long delivered and failed deliveries are kept in the outbox
     */
    public record Delivery(
            int maxAttempts,
            Duration initialBackoff,
            Duration maxBackoff,
            double backoffMultiplier,
            double jitter,
            Duration connectTimeout,
            Duration requestTimeout,
            int concurrency,
            int maxInFlight,
            Duration pollInterval,
            Duration claimLease,
            boolean giveUpOnClientErrors,
            Duration retention) {

        public Delivery {
            require(maxAttempts >= 1, "delivery.max-attempts must be at least 1");
            require(positive(initialBackoff), "delivery.initial-backoff must be positive");
            require(positive(maxBackoff), "delivery.max-backoff must be positive");
            require(backoffMultiplier >= 1, "delivery.backoff-multiplier must be at least 1");
            require(jitter >= 0 && jitter <= 1, "delivery.jitter must be between 0 and 1");
            require(positive(connectTimeout), "delivery.connect-timeout must be positive");
            require(positive(requestTimeout), "delivery.request-timeout must be positive");
            require(concurrency >= 1, "delivery.concurrency must be at least 1");
            require(maxInFlight >= 1, "delivery.max-in-flight must be at least 1");
            require(positive(pollInterval), "delivery.poll-interval must be positive");
            require(positive(claimLease), "delivery.claim-lease must be positive");
            require(positive(retention), "delivery.retention must be positive");
        }
    }

    private static boolean positive(Duration duration) {
        return duration != null && duration.isPositive();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("ipwire.alerts." + message);
        }
    }
}

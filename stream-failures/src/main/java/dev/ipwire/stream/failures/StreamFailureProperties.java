package dev.ipwire.stream.failures;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service's stream consumer ({@code articles.raw} in nlp-service, {@code articles.enriched}
 * in search-service) handles records that fail ({@code ipwire.stream.*}; each service has one).
 *
 * @param failurePolicy what to do with a malformed record, or one that failed {@code
 *     retry.maxAttempts} times for an unexpected reason
 * @param retry the backoff between attempts of a failed record
 */
@ConfigurationProperties("ipwire.stream")
public record StreamFailureProperties(
        @DefaultValue("dlq") FailurePolicy failurePolicy, @DefaultValue Retry retry) {

    /**
     * Exponential backoff with jitter between attempts of a failed record.
     *
     * @param maxAttempts attempts of a record failing for an unexpected reason before the failure
     *     policy applies (transient failures are retried without limit, malformed records never)
     * @param initialBackoff wait before the second attempt
     * @param maxBackoff longest wait; keep it well under {@code max.poll.interval.ms} (5 min)
     * @param multiplier growth from one wait to the next
     * @param jitter random spread of each wait, as a fraction of it (0 for none)
     */
    public record Retry(
            @DefaultValue("5") int maxAttempts,
            @DefaultValue("1s") Duration initialBackoff,
            @DefaultValue("30s") Duration maxBackoff,
            @DefaultValue("2.0") double multiplier,
            @DefaultValue("0.5") double jitter) {

        public Retry {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("retry.max-attempts must be at least 1");
            }
            if (jitter < 0 || jitter >= 1) {
                throw new IllegalArgumentException("retry.jitter must be in [0, 1)");
            }
        }
    }
}

package dev.ipwire.ingest.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rate limit on submissions ({@code ipwire.ingest.rate-limit.*}): a token bucket per API key
 * (clients without a key share one bucket per remote address). Every submission (POST or DELETE on
 * articles and feeds) takes one token; a batch counts as one request.
 *
 * @param enabled whether submissions are limited at all
 * @param capacity the burst: tokens a bucket holds when full
 * @param refillTokens tokens added back every {@code refillPeriod}, spread evenly over it
 * @param refillPeriod the period of {@code refillTokens}
 * @param maxClients the number of buckets kept; beyond it, full buckets (idle clients) are dropped
 */
@ConfigurationProperties("ipwire.ingest.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("500") long capacity,
        @DefaultValue("100") long refillTokens,
        @DefaultValue("1s") Duration refillPeriod,
        @DefaultValue("10000") int maxClients) {

    /** Checks the limits are usable. */
    public RateLimitProperties {
        if (capacity < 1 || refillTokens < 1) {
            throw new IllegalArgumentException(
                    "ipwire.ingest.rate-limit.capacity and refill-tokens must be at least 1");
        }
        if (refillPeriod == null || refillPeriod.isNegative() || refillPeriod.isZero()) {
            throw new IllegalArgumentException(
                    "ipwire.ingest.rate-limit.refill-period must be positive, e.g. 1s");
        }
        if (maxClients < 1) {
            throw new IllegalArgumentException(
                    "ipwire.ingest.rate-limit.max-clients must be at least 1");
        }
    }
}

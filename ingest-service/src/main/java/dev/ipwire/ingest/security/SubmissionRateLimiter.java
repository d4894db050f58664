package dev.ipwire.ingest.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * One Bucket4j token bucket per client (an API key's fingerprint, or the remote address of a client
 * without a key), in memory. Idle clients' buckets refill to full; those are the ones dropped when
 * more than {@code maxClients} are tracked, since a new bucket is the same as a full one.
 */
public final class SubmissionRateLimiter {

    /**
     * The answer for one request.
     *
     * @param allowed whether the request may go on
     * @param retryAfterSeconds whole seconds until a token is back (0 when allowed)
     */
    public record Verdict(boolean allowed, long retryAfterSeconds) {}

    private final RateLimitProperties properties;
    private final TimeMeter time;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** A limiter with the configured capacity and refill. */
    public SubmissionRateLimiter(RateLimitProperties properties) {
        this(properties, TimeMeter.SYSTEM_NANOTIME);
    }

    /** A limiter reading time from {@code time} (tests move it by hand). */
    SubmissionRateLimiter(RateLimitProperties properties, TimeMeter time) {
        this.properties = properties;
        this.time = time;
    }

    /** Takes one token from the client's bucket. */
    public Verdict tryAcquire(String client) {
        if (!properties.enabled()) {
            return new Verdict(true, 0);
        }
        if (buckets.size() >= properties.maxClients() && !buckets.containsKey(client)) {
            dropFullBuckets();
        }
        Bucket bucket = buckets.computeIfAbsent(client, any -> newBucket());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return new Verdict(true, 0);
        }
        long nanos = probe.getNanosToWaitForRefill();
        return new Verdict(false, Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos - 1) + 1));
    }

    /** Number of clients tracked (for tests and metrics). */
    int trackedClients() {
        return buckets.size();
    }

    private void dropFullBuckets() {
        buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= properties.capacity());
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .withCustomTimePrecision(time)
                .addLimit(
                        limit ->
                                limit.capacity(properties.capacity())
                                        .refillGreedy(
                                                properties.refillTokens(),
                                                properties.refillPeriod()))
                .build();
    }
}

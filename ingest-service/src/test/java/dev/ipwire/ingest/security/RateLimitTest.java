package dev.ipwire.ingest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.ipwire.stubs.ingest.StubEndpoints;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Submissions are limited per key (per remote address without a key), answered 429. */
@WebMvcTest(
        controllers = StubEndpoints.class,
        properties = {
            "ipwire.security.ingest-key=ingest-secret",
            "ipwire.security.admin-key=admin-secret",
            "ipwire.ingest.rate-limit.capacity=2",
            "ipwire.ingest.rate-limit.refill-tokens=1",
            "ipwire.ingest.rate-limit.refill-period=1h"
        })
@Import({IngestSecurityConfiguration.class, StubEndpoints.class, StubEndpoints.Settings.class})
class RateLimitTest {

    @Autowired MockMvc mvc;

    @Test
    void theThirdSubmissionOfAKeyIs429WithRetryAfterWhileOtherKeysGoOn() throws Exception {
        mvc.perform(post("/api/v1/articles").header("X-API-Key", "ingest-secret"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/articles/batch").header("X-API-Key", "ingest-secret"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/articles").header("X-API-Key", "ingest-secret"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", matchesPattern("35[0-9][0-9]|3600")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.detail", containsString("seconds (see Retry-After)")));
        // another key has its own bucket; reads are not counted
        mvc.perform(post("/api/v1/articles").header("X-API-Key", "admin-secret"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/articles/a1/status").header("X-API-Key", "ingest-secret"))
                .andExpect(status().isOk());
    }

    @Test
    void refusedRequestsTakeNoToken() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/api/v1/feeds").with(from("10.0.0.9")))
                    .andExpect(status().isUnauthorized());
        }
    }

    @Test
    void clientsWithoutAKeyAreCountedByAddress() {
        SubmissionRateLimiter limiter =
                new SubmissionRateLimiter(
                        new RateLimitProperties(true, 1, 1, Duration.ofMinutes(1), 10));
        assertThat(limiter.tryAcquire("address:10.0.0.1").allowed()).isTrue();
        assertThat(limiter.tryAcquire("address:10.0.0.1").allowed()).isFalse();
        assertThat(limiter.tryAcquire("address:10.0.0.1").retryAfterSeconds()).isEqualTo(60);
        assertThat(limiter.tryAcquire("address:10.0.0.2").allowed()).isTrue();
    }

    @Test
    void idleClientsAreDroppedBeyondTheLimit() {
        AtomicLong nanos = new AtomicLong();
        TimeMeter clock =
                new TimeMeter() {
                    @Override
                    public long currentTimeNanos() {
                        return nanos.get();
                    }

                    @Override
                    public boolean isWallClockBased() {
                        return false;
                    }
                };
        SubmissionRateLimiter limiter =
                new SubmissionRateLimiter(
                        new RateLimitProperties(true, 5, 5, Duration.ofSeconds(1), 3), clock);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("address:10.0.0." + i).allowed()).isTrue();
        }
        assertThat(limiter.trackedClients()).isEqualTo(3);
        // a fourth client while the others' buckets are not full: nobody is dropped
        assertThat(limiter.tryAcquire("address:10.0.0.3").allowed()).isTrue();
        assertThat(limiter.trackedClients()).isEqualTo(4);
        nanos.addAndGet(Duration.ofSeconds(1).toNanos()); // every bucket refills to full
        assertThat(limiter.tryAcquire("address:10.0.0.4").allowed()).isTrue();
        assertThat(limiter.trackedClients()).isEqualTo(1);
    }

    @Test
    void disabledLimitsLetEverythingThrough() {
        SubmissionRateLimiter limiter =
                new SubmissionRateLimiter(
                        new RateLimitProperties(false, 1, 1, Duration.ofHours(1), 10));
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAcquire("address:10.0.0.1").allowed()).isTrue();
        }
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}

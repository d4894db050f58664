package dev.ipwire.search.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;

/** The one retry helper: attempts, when it stops, and that its logs name what is retried. */
class RetrierTest {

    private static final String WHAT = "webhook delivery dlv-42 to https://example.org/hook";

    /** No real waiting in a unit test: the schedule's values are what matters, not the clock. */
    private static final List<Duration> THREE_WAITS =
            List.of(Duration.ZERO, Duration.ZERO, Duration.ZERO);

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(Retrier.class);

    @BeforeEach
    void captureLogs() {
        logs.start();
        logger.addAppender(logs);
    }

    @AfterEach
    void releaseLogs() {
        logger.detachAppender(logs);
    }

    private List<String> messages() {
        return logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void aFailingActionIsRetriedUntilItSucceeds() throws Exception {
        AtomicInteger calls = new AtomicInteger();

        String result =
                Retrier.run(
                        WHAT,
                        0,
                        THREE_WAITS,
                        failure -> true,
                        () -> {
                            if (calls.incrementAndGet() < 3) {
                                throw new IllegalStateException("HTTP 503");
                            }
                            return "accepted";
                        });

        assertThat(result).isEqualTo("accepted");
        assertThat(calls).hasValue(3);
        assertThat(messages())
                .contains(
                        WHAT + ": attempt 1 of 4 failed (HTTP 503); next in 0.0 s",
                        WHAT + ": attempt 2 of 4 failed (HTTP 503); next in 0.0 s",
                        WHAT + " succeeded at attempt 3 of 4");
    }

    @Test
    void afterTheLastWaitTheLastFailureIsReportedAndLoggedWithWhatWasRetried() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(
                        () ->
                                Retrier.run(
                                        WHAT,
                                        0,
                                        THREE_WAITS,
                                        failure -> true,
                                        () -> {
                                            throw new IllegalStateException(
                                                    "HTTP 500 #" + calls.incrementAndGet());
                                        }))
                .isInstanceOfSatisfying(
                        RetryException.class,
                        e -> assertThat(e.getLastException()).hasMessage("HTTP 500 #4"));
        assertThat(calls).hasValue(4);
        assertThat(messages())
                .contains("giving up on " + WHAT + " after attempt 4 of 4: HTTP 500 #4");
    }

    @Test
    void aFailureThatIsNotRetryableStopsAtOnceWithoutPromisingARetry() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(
                        () ->
                                Retrier.run(
                                        WHAT,
                                        0,
                                        THREE_WAITS,
                                        failure -> !(failure instanceof IllegalArgumentException),
                                        () -> {
                                            calls.incrementAndGet();
                                            throw new IllegalArgumentException("HTTP 410");
                                        }))
                .isInstanceOf(RetryException.class);
        assertThat(calls).hasValue(1);
        assertThat(messages()).noneMatch(m -> m.contains("next in"));
        assertThat(messages()).contains("stopped " + WHAT + " at attempt 1 of 4: HTTP 410");
    }

    @Test
    void aResumedRunCountsTheAttemptsMadeBefore() throws Exception {
        AtomicInteger calls = new AtomicInteger();

        Retrier.run(
                WHAT,
                6,
                List.of(Duration.ZERO),
                failure -> true,
                () -> {
                    if (calls.incrementAndGet() == 1) {
                        throw new IllegalStateException("no answer");
                    }
                    return null;
                });

        assertThat(messages())
                .contains(
                        WHAT + ": attempt 7 of 8 failed (no answer); next in 0.0 s",
                        WHAT + " succeeded at attempt 8 of 8");
    }

    @Test
    void withNoWaitsThereIsOneAttempt() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(
                        () ->
                                Retrier.run(
                                        WHAT,
                                        0,
                                        List.of(),
                                        failure -> true,
                                        () -> {
                                            calls.incrementAndGet();
                                            throw new IllegalStateException("down");
                                        }))
                .isInstanceOf(RetryException.class);
        assertThat(calls).hasValue(1);
    }
}

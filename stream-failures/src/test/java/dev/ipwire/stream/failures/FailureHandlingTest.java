package dev.ipwire.stream.failures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.messaging.MessageHandlingException;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.backoff.BackOffExecution;
import tools.jackson.core.exc.StreamReadException;

/** Which failure is retried, how long, and what the policy does after (no Kafka needed). */
class FailureHandlingTest {

    private static final StreamFailureProperties.Retry RETRY =
            new StreamFailureProperties.Retry(
                    5, Duration.ofSeconds(1), Duration.ofSeconds(30), 2.0, 0.5);

    /** What the binder and the container wrap around what the function threw. */
    private static Exception asTheContainerSeesIt(Throwable thrown) {
        return new ListenerExecutionFailedException(
                "Listener failed",
                new MessageHandlingException(
                        MessageBuilder.withPayload(new byte[0]).build(), "enrich failed", thrown));
    }

    @Test
    void aRecordThatIsNotJsonIsMalformed() {
        var notJson = new StreamReadException(null, "Unexpected character ('这')");
        var conversion = new MessageConversionException("Could not read JSON", notJson);

        assertThat(FailureClassifier.kind(asTheContainerSeesIt(conversion)))
                .isEqualTo(FailureKind.MALFORMED);
        assertThat(FailureClassifier.reason(asTheContainerSeesIt(conversion))).isSameAs(notJson);
    }

    @Test
    void aValueTheBinderCouldNotConvertIsMalformedAndTheReasonSaysWhatIsWrongWithIt() {
        var raw = "这不是JSON {".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var record =
                new org.apache.kafka.clients.consumer.ConsumerRecord<>(
                        "articles.raw", 3, 17L, "k", raw);
        var cast = new ClassCastException("class [B cannot be cast to class ArticleReceived");

        assertThat(FailureClassifier.kind(asTheContainerSeesIt(cast)))
                .isEqualTo(FailureKind.MALFORMED);
        assertThat(FailureClassifier.reason(record, asTheContainerSeesIt(cast)).getMessage())
                .startsWith("the value is not valid JSON: ");
        var array =
                new org.apache.kafka.clients.consumer.ConsumerRecord<>(
                        "articles.raw", 3, 18L, "k", "[1]".getBytes());
        assertThat(FailureClassifier.reason(array, asTheContainerSeesIt(cast)).getMessage())
                .startsWith("the value is JSON but not the event this stage reads");
    }

    @Test
    void anUnsupportedSchemaOrARecordOverALimitIsMalformedAndNamedAsTheReason() {
        var schema99 = new MalformedRecordException("schemaVersion 99 is not supported");

        Exception failure = asTheContainerSeesIt(schema99);

        assertThat(FailureClassifier.kind(failure)).isEqualTo(FailureKind.MALFORMED);
        assertThat(FailureClassifier.describe(failure))
                .isEqualTo("MalformedRecordException: schemaVersion 99 is not supported");
    }

    @Test
    void anUnavailableDependencyIsTransient() {
        assertThat(
                        FailureClassifier.kind(
                                asTheContainerSeesIt(
                                        new UncheckedIOException(
                                                new ConnectException("Connection refused")))))
                .isEqualTo(FailureKind.TRANSIENT);
        assertThat(
                        FailureClassifier.kind(
                                asTheContainerSeesIt(new NotLeaderOrFollowerException("x"))))
                .isEqualTo(FailureKind.TRANSIENT);
        assertThat(
                        FailureClassifier.kind(
                                new TransientFailureException(
                                        "indexing article 1 revision 2", new RuntimeException())))
                .isEqualTo(FailureKind.TRANSIENT);
    }

    @Test
    void malformedWinsOverTransientInTheSameChain() {
        var both =
                new MalformedRecordException(
                        "bad", new UncheckedIOException(new ConnectException("refused")));

        assertThat(FailureClassifier.kind(asTheContainerSeesIt(both)))
                .isEqualTo(FailureKind.MALFORMED);
    }

    @Test
    void anythingElseIsUnexpected() {
        assertThat(FailureClassifier.kind(asTheContainerSeesIt(new NullPointerException())))
                .isEqualTo(FailureKind.UNEXPECTED);
        assertThat(FailureClassifier.kind(asTheContainerSeesIt(new RecordTooLargeException("big"))))
                .isEqualTo(FailureKind.UNEXPECTED);
    }

    @Test
    void aMalformedRecordIsNeverRetried() {
        BackOffExecution execution =
                RecordFailureHandler.backOff(FailureKind.MALFORMED, RETRY).start();

        assertThat(execution.nextBackOff()).isEqualTo(BackOffExecution.STOP);
    }

    @Test
    void anUnexpectedFailureGetsMaxAttemptsInAllWithGrowingJitteredWaits() {
        List<Long> waits =
                waits(RecordFailureHandler.backOff(FailureKind.UNEXPECTED, RETRY).start(), 100);

        assertThat(waits).hasSize(4); // 5 attempts: the first and 4 retries
        assertThat(waits.get(0)).isBetween(500L, 1500L);
        assertThat(waits.get(1)).isBetween(1000L, 3000L);
        assertThat(waits.get(3)).isBetween(4000L, 12000L);
    }

    @Test
    void aTransientFailureIsRetriedWithoutEndAndTheWaitsStayCapped() {
        List<Long> waits =
                waits(RecordFailureHandler.backOff(FailureKind.TRANSIENT, RETRY).start(), 100);

        assertThat(waits).hasSize(100);
        assertThat(waits.subList(10, 100))
                .allSatisfy(wait -> assertThat(wait).isBetween(1L, 30_000L));
    }

    @Test
    void thePolicyDecidesWhatHappensToARecordThatIsNotRetriedAnyMore() {
        assertThat(RecordFailureHandler.outcome(FailurePolicy.DLQ))
                .isEqualTo(RecordFailureHandler.Outcome.DEAD_LETTERED);
        assertThat(RecordFailureHandler.outcome(FailurePolicy.SKIP))
                .isEqualTo(RecordFailureHandler.Outcome.SKIPPED);
        assertThat(RecordFailureHandler.outcome(FailurePolicy.FAIL))
                .isEqualTo(RecordFailureHandler.Outcome.STOPPED);
    }

    @Test
    void theFailureHeadersAreDroppedOnReplayTheOthersKept() {
        assertThat(DeadLetterHeaders.describesFailure("x-exception-message")).isTrue();
        assertThat(DeadLetterHeaders.describesFailure("x-original-offset")).isTrue();
        assertThat(DeadLetterHeaders.describesFailure("x-ipwire-failure-kind")).isTrue();
        assertThat(DeadLetterHeaders.describesFailure("ipwire-trace-id")).isFalse();
    }

    private static List<Long> waits(BackOffExecution execution, int atMost) {
        List<Long> waits = new ArrayList<>();
        for (long wait = execution.nextBackOff();
                wait != BackOffExecution.STOP && waits.size() < atMost;
                wait = execution.nextBackOff()) {
            waits.add(wait);
        }
        return waits;
    }
}

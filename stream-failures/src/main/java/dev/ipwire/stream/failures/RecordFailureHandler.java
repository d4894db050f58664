package dev.ipwire.stream.failures;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The stream's one retry helper and its failure policy, as a Spring Kafka {@link
 * DefaultErrorHandler} on the consumer container: a failed record is tried again in place (its
 * offset is not committed meanwhile) with exponential backoff and jitter, and each failed attempt
 * is logged naming the operation ("enriching article 42 (articles.raw-3@17): attempt 2 of 5 failed
 * (…); next in 1.3 s" in nlp-service, "indexing article …" in search-service). What happens then
 * depends on the {@link FailureKind}:
 *
 * <ul>
 *   <li>{@code MALFORMED}: no retry, the {@link FailurePolicy} applies at once;
 *   <li>{@code TRANSIENT}: retried with backoff for as long as it fails: the partition waits, it is
 *       never dead-lettered nor skipped;
 *   <li>{@code UNEXPECTED}: retried up to {@code retry.maxAttempts} attempts, then the policy.
 * </ul>
 */
public final class RecordFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(RecordFailureHandler.class);

    /** What the policy did with a record. */
    public enum Outcome {
        DEAD_LETTERED,
        SKIPPED,
        STOPPED
    }

    private RecordFailureHandler() {}

    /**
     * The outcome of the policy for a record that will not be retried any more; transient failures
     * never get here (they are retried without end).
     */
    public static Outcome outcome(FailurePolicy policy) {
        return switch (policy) {
            case DLQ -> Outcome.DEAD_LETTERED;
            case SKIP -> Outcome.SKIPPED;
            case FAIL -> Outcome.STOPPED;
        };
    }

    /**
     * The waits between attempts of a record failing this way: none for a malformed one, without
     * end for a transient one, {@code maxAttempts - 1} for an unexpected one.
     */
    public static BackOff backOff(FailureKind kind, StreamFailureProperties.Retry retry) {
        if (kind == FailureKind.MALFORMED) {
            return new FixedBackOff(0, 0);
        }
        ExponentialBackOff backOff =
                new ExponentialBackOff(retry.initialBackoff().toMillis(), retry.multiplier());
        backOff.setMaxInterval(retry.maxBackoff().toMillis());
        // Spring scales the jitter with each wait (jitter × initial at the first wait…).
        backOff.setJitter(Math.round(retry.initialBackoff().toMillis() * retry.jitter()));
        if (kind == FailureKind.UNEXPECTED) {
            backOff.setMaxAttempts(retry.maxAttempts() - 1L);
        }
        return backOff;
    }

    /**
     * The error handler for one stage's consumer.
     *
     * @param operation what processing a record is called in the logs ("enriching article")
     * @param settings the failure policy and the backoff
     * @param deadLetters the producer for the dead-letter topic
     * @param deadLetterTopic where a record goes under the {@code dlq} policy (the binder's
     *     resolver: the DLQ topic, same partition); may be null when the policy is not {@code dlq}
     * @param stopConsumer stops the consumer (asynchronously) under the {@code fail} policy
     */
    public static DefaultErrorHandler create(
            String operation,
            StreamFailureProperties settings,
            KafkaOperations<?, ?> deadLetters,
            BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> deadLetterTopic,
            Runnable stopConsumer) {
        if (settings.failurePolicy() == FailurePolicy.DLQ && deadLetterTopic == null) {
            throw new IllegalStateException(
                    "failure-policy dlq needs the binding's dead-letter topic (enable-dlq: true)");
        }
        DeadLetterPublishingRecoverer publisher =
                deadLetterTopic == null
                        ? null
                        : new DeadLetterPublishingRecoverer(deadLetters, deadLetterTopic);
        if (publisher != null) {
            publisher.setHeaderNamesSupplier(DeadLetterHeaders::names);
            publisher.addHeadersFunction(
                    (record, failure) -> {
                        RecordHeaders headers = new RecordHeaders();
                        headers.add(
                                DeadLetterHeaders.FAILURE_KIND,
                                FailureClassifier.kind(failure)
                                        .name()
                                        .toLowerCase(Locale.ROOT)
                                        .getBytes(StandardCharsets.UTF_8));
                        return headers;
                    });
            publisher.setLogRecoveryRecord(false);
        }
        AttemptLog attempts = new AttemptLog(operation, settings.retry());
        DefaultErrorHandler handler =
                new DefaultErrorHandler(
                        new PolicyRecoverer(
                                operation, settings.failurePolicy(), publisher, stopConsumer),
                        backOff(FailureKind.UNEXPECTED, settings.retry()));
        handler.setBackOffFunction(
                (record, failure) -> {
                    FailureKind kind = FailureClassifier.kind(failure);
                    return attempts.logging(record, kind, backOff(kind, settings.retry()));
                });
        handler.setRetryListeners(attempts);
        // FailureClassifier decides through the backoff, not Spring Kafka's own list of fatal
        // exceptions (a transient failure wrapped in a conversion error still waits and retries)
        handler.setClassifications(Map.of(), true);
        handler.setCommitRecovered(true);
        return handler;
    }

    /** Names what a record's processing is for the logs. */
    static String describe(String operation, ConsumerRecord<?, ?> record) {
        Object key = record.key();
        String id =
                key instanceof byte[] bytes
                        ? new String(bytes, StandardCharsets.UTF_8)
                        : String.valueOf(key);
        return operation
                + " "
                + id
                + " ("
                + record.topic()
                + "-"
                + record.partition()
                + "@"
                + record.offset()
                + ")";
    }

    /** Applies the failure policy to a record that will not be tried again. */
    private static final class PolicyRecoverer implements ConsumerAwareRecordRecoverer {

        private final String operation;
        private final FailurePolicy policy;
        private final DeadLetterPublishingRecoverer publisher;
        private final Runnable stopConsumer;

        PolicyRecoverer(
                String operation,
                FailurePolicy policy,
                DeadLetterPublishingRecoverer publisher,
                Runnable stopConsumer) {
            this.operation = operation;
            this.policy = policy;
            this.publisher = publisher;
            this.stopConsumer = stopConsumer;
        }

        @Override
        public void accept(
                ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception failure) {
            FailureKind kind = FailureClassifier.kind(failure);
            String what = describe(operation, record);
            if (kind == FailureKind.TRANSIENT) {
                // never dead-letter what may succeed later: refuse, so the record is sought again
                throw new TransientFailureException(
                        what + " failed for a passing reason; it will be retried", failure);
            }
            Throwable reason = FailureClassifier.reason(record, failure);
            Exception asException =
                    reason instanceof Exception e ? e : new IllegalStateException(reason);
            switch (outcome(policy)) {
                case DEAD_LETTERED -> {
                    publisher.accept(record, consumer, asException);
                    log.warn(
                            "{} failed ({}, {}): sent to the dead-letter topic",
                            what,
                            kind.name().toLowerCase(Locale.ROOT),
                            FailureClassifier.describeReason(reason));
                }
                case SKIPPED ->
                        log.warn(
                                "{} failed ({}, {}): skipped (failure-policy skip)",
                                what,
                                kind.name().toLowerCase(Locale.ROOT),
                                FailureClassifier.describeReason(reason));
                case STOPPED -> {
                    log.error(
                            "{} failed ({}, {}): stopping the consumer (failure-policy fail);"
                                    + " the record is not committed and comes again after a"
                                    + " restart",
                            what,
                            kind.name().toLowerCase(Locale.ROOT),
                            FailureClassifier.describeReason(reason));
                    stopConsumer.run();
                    throw new IllegalStateException(
                            what + " failed and failure-policy is fail", failure);
                }
            }
        }
    }

    /**
     * Logs each failed attempt with the operation, the attempt number, the reason and the next
     * wait. The container calls {@link #failedDelivery} and then asks the record's backoff for the
     * next wait, on the consumer thread: the wait is logged there, with the failure noted before.
     */
    private static final class AttemptLog implements RetryListener {

        private final String operation;
        private final StreamFailureProperties.Retry retry;
        private final ThreadLocal<Exception> lastFailure = new ThreadLocal<>();

        AttemptLog(String operation, StreamFailureProperties.Retry retry) {
            this.operation = operation;
            this.retry = retry;
        }

        @Override
        public void failedDelivery(ConsumerRecord<?, ?> record, Exception failure, int attempt) {
            lastFailure.set(failure);
        }

        @Override
        public void recovered(ConsumerRecord<?, ?> record, Exception failure) {
            lastFailure.remove();
        }

        BackOff logging(ConsumerRecord<?, ?> record, FailureKind kind, BackOff backOff) {
            String what = describe(operation, record);
            String of =
                    switch (kind) {
                        case MALFORMED -> " of 1";
                        case TRANSIENT -> "";
                        case UNEXPECTED -> " of " + retry.maxAttempts();
                    };
            return () -> {
                BackOffExecution execution = backOff.start();
                int[] attempt = {0};
                return () -> {
                    long wait = execution.nextBackOff();
                    attempt[0]++;
                    Exception failure = lastFailure.get();
                    String reason = failure == null ? "?" : FailureClassifier.describe(failure);
                    if (wait != BackOffExecution.STOP) {
                        log.warn(
                                "{}: attempt {}{} failed ({}, {}); next in {}",
                                what,
                                attempt[0],
                                of,
                                kind.name().toLowerCase(Locale.ROOT),
                                reason,
                                seconds(wait));
                    }
                    return wait;
                };
            };
        }

        private static String seconds(long millis) {
            return String.format(
                    Locale.ROOT, "%.1f s", Duration.ofMillis(millis).toMillis() / 1000.0);
        }
    }
}

package dev.ipwire.stream.failures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.mock.MockProducerFactory;

/**
 * What each failure policy does with a malformed record, through the real Spring Kafka error
 * handler {@link RecordFailureHandler} builds (the consumer, container and producer are stand-ins).
 */
class FailurePolicyTest {

    private static final StreamFailureProperties.Retry NO_WAIT =
            new StreamFailureProperties.Retry(
                    3, Duration.ofMillis(1), Duration.ofMillis(1), 1.0, 0);

    /** The dead-letter topic with 6 partitions, as the binder provisions it. */
    private static final Cluster CLUSTER =
            new Cluster(
                    "test",
                    List.of(new Node(1, "127.0.0.1", 9092)),
                    IntStream.range(0, 6)
                            .mapToObj(
                                    p ->
                                            new PartitionInfo(
                                                    "error.articles.raw.nlp",
                                                    p,
                                                    new Node(1, "127.0.0.1", 9092),
                                                    new Node[0],
                                                    new Node[0]))
                            .toList(),
                    Set.of(),
                    Set.of());

    private final MockProducer<byte[], byte[]> producer =
            new MockProducer<>(
                    CLUSTER, true, null, new ByteArraySerializer(), new ByteArraySerializer());
    private final KafkaTemplate<byte[], byte[]> template =
            new KafkaTemplate<>(new MockProducerFactory<>(() -> producer));
    private final AtomicInteger stops = new AtomicInteger();

    @SuppressWarnings("unchecked")
    private final Consumer<byte[], byte[]> consumer = mock(Consumer.class);

    private final MessageListenerContainer container = mock(MessageListenerContainer.class);

    private final ConsumerRecord<byte[], byte[]> record =
            new ConsumerRecord<>(
                    "articles.raw",
                    3,
                    17L,
                    "a1".getBytes(StandardCharsets.UTF_8),
                    "{\"schemaVersion\": 99}".getBytes(StandardCharsets.UTF_8));

    private final Exception schema99 =
            new ListenerExecutionFailedException(
                    "Listener failed",
                    new MalformedRecordException("schemaVersion 99 is not supported"));

    private DefaultErrorHandler handler(FailurePolicy policy) {
        when(container.getContainerProperties())
                .thenReturn(new ContainerProperties("articles.raw"));
        return RecordFailureHandler.create(
                "enriching article",
                new StreamFailureProperties(policy, NO_WAIT),
                template,
                (r, e) -> new TopicPartition("error.articles.raw.nlp", r.partition()),
                stops::incrementAndGet);
    }

    @Test
    void dlqPublishesTheOriginalRecordWithTheReasonAndGoesOn() {
        handler(FailurePolicy.DLQ).handleRemaining(schema99, List.of(record), consumer, container);

        assertThat(producer.history()).hasSize(1);
        ProducerRecord<byte[], byte[]> dead = producer.history().getFirst();
        assertThat(dead.topic()).isEqualTo("error.articles.raw.nlp");
        // the partition (the original one) is checked on the real broker, EnrichmentStreamIT
        assertThat(dead.key()).isEqualTo(record.key());
        assertThat(dead.value()).isEqualTo(record.value());
        assertThat(text(dead, "x-exception-message"))
                .isEqualTo("schemaVersion 99 is not supported");
        assertThat(text(dead, "x-exception-fqcn"))
                .isEqualTo(MalformedRecordException.class.getName());
        assertThat(text(dead, "x-original-topic")).isEqualTo("articles.raw");
        assertThat(text(dead, "x-ipwire-failure-kind")).isEqualTo("malformed");
        assertThat(stops).hasValue(0);
        verify(consumer, never()).seek(new TopicPartition("articles.raw", 3), 17L);
    }

    @Test
    void skipDropsTheRecordWithoutPublishingAnything() {
        handler(FailurePolicy.SKIP).handleRemaining(schema99, List.of(record), consumer, container);

        assertThat(producer.history()).isEmpty();
        assertThat(stops).hasValue(0);
        verify(consumer, never()).seek(new TopicPartition("articles.raw", 3), 17L);
    }

    @Test
    void failStopsTheConsumerAndSeeksBackSoTheRecordIsNotCommitted() {
        DefaultErrorHandler handler = handler(FailurePolicy.FAIL);

        assertThatThrownBy(
                        () ->
                                handler.handleRemaining(
                                        schema99, List.of(record), consumer, container))
                .isNotNull();

        assertThat(producer.history()).isEmpty();
        assertThat(stops).hasValue(1);
        verify(consumer).seek(new TopicPartition("articles.raw", 3), 17L);
    }

    @Test
    void aTransientFailureIsNeverDeadLetteredWhateverThePolicy() {
        Exception unreachable =
                new ListenerExecutionFailedException(
                        "Listener failed",
                        new TransientFailureException(
                                "the broker did not acknowledge", new RuntimeException()));
        DefaultErrorHandler handler = handler(FailurePolicy.DLQ);

        for (int attempt = 0; attempt < 10; attempt++) {
            assertThatThrownBy(
                            () ->
                                    handler.handleRemaining(
                                            unreachable, List.of(record), consumer, container))
                    .isNotNull();
        }

        assertThat(producer.history()).isEmpty();
        assertThat(stops).hasValue(0);
    }

    private static String text(ProducerRecord<?, ?> record, String header) {
        var found = record.headers().lastHeader(header);
        return found == null ? null : new String(found.value(), StandardCharsets.UTF_8);
    }
}

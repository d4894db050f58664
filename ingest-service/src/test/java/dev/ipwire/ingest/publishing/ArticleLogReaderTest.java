package dev.ipwire.ingest.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.contracts.ArticleReceived;
import dev.ipwire.contracts.KafkaTopics;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The reader's replay, topic discovery and retries, against Kafka's MockConsumer. */
class ArticleLogReaderTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final RecordingListener listener = new RecordingListener();
    private ArticleLogReader reader;

    @AfterEach
    void stop() {
        if (reader != null) {
            reader.stop();
        }
    }

    private static MockConsumer<String, byte[]> consumer() {
        return new MockConsumer<>("earliest");
    }

    /** Declares a topic with one partition whose log holds {@code end} records. */
    private static void topic(MockConsumer<String, byte[]> consumer, String topic, long end) {
        Node node = new Node(1, "127.0.0.1", 9092);
        consumer.updatePartitions(
                topic,
                List.of(new PartitionInfo(topic, 0, node, new Node[] {node}, new Node[] {node})));
        TopicPartition partition = new TopicPartition(topic, 0);
        consumer.updateBeginningOffsets(Map.of(partition, 0L));
        consumer.updateEndOffsets(Map.of(partition, end));
    }

    private byte[] article(String id, long revision) {
        return json.writeValueAsBytes(
                new ArticleReceived(
                        1,
                        id,
                        revision,
                        Instant.ofEpochMilli(revision),
                        null,
                        null,
                        "text",
                        "标题",
                        null,
                        null,
                        "zh-Hans",
                        List.of("正文。"),
                        "sha256:x",
                        null,
                        List.of(),
                        null));
    }

    private static ConsumerRecord<String, byte[]> record(
            String topic, long offset, String key, byte[] value) {
        return new ConsumerRecord<>(topic, 0, offset, key, value);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void replaysTheTopicsFromTheBeginningThenFollowsTopicsThatAppearLater() throws Exception {
        MockConsumer<String, byte[]> consumer = consumer();
        topic(consumer, KafkaTopics.ARTICLES_RAW, 2);
        topic(consumer, KafkaTopics.ARTICLES_ENRICHED, 1);
        consumer.schedulePollTask(
                () -> {
                    consumer.addRecord(record(KafkaTopics.ARTICLES_RAW, 0, "a", article("a", 10)));
                    consumer.addRecord(record(KafkaTopics.ARTICLES_RAW, 1, "b", article("b", 11)));
                    consumer.addRecord(
                            record(
                                    KafkaTopics.ARTICLES_ENRICHED,
                                    0,
                                    "a",
                                    "{\"id\":\"a\",\"revision\":10}".getBytes()));
                });
        reader = new ArticleLogReader(() -> consumer, listener, json);
        assertThat(reader.progress().phase()).isEqualTo(ArticleLogReader.Phase.CONNECTING);

        reader.start();
        await("the replay", () -> reader.progress().phase() == ArticleLogReader.Phase.CAUGHT_UP);

        assertThat(listener.received).extracting(ArticleReceived::id).containsExactly("a", "b");
        assertThat(listener.enriched).containsExactly("a@10");
        assertThat(reader.progress().recordsRead()).isEqualTo(3);
        assertThat(reader.progress().topics())
                .containsExactly(KafkaTopics.ARTICLES_ENRICHED, KafkaTopics.ARTICLES_RAW);

        // nlp-service creates its dead-letter topic later.
        topic(consumer, KafkaTopics.DLQ_NLP, 0);
        TopicPartition dlq = new TopicPartition(KafkaTopics.DLQ_NLP, 0);
        await("the new topic", () -> consumer.assignment().contains(dlq));
        RecordHeaders headers = new RecordHeaders();
        headers.add("x-exception-message", "boom".getBytes());
        consumer.schedulePollTask(
                () ->
                        consumer.addRecord(
                                new ConsumerRecord<>(
                                        KafkaTopics.DLQ_NLP,
                                        0,
                                        0,
                                        0L,
                                        TimestampType.CREATE_TIME,
                                        -1,
                                        -1,
                                        "b",
                                        article("b", 11),
                                        headers,
                                        Optional.empty())));
        await("the failure", () -> !listener.failed.isEmpty());

        assertThat(listener.failed.getFirst().reason()).isEqualTo("boom");
        assertThat(reader.progress().phase()).isEqualTo(ArticleLogReader.Phase.CAUGHT_UP);
    }

    @Test
    void anEmptyLogIsCaughtUpAtOnce() throws Exception {
        MockConsumer<String, byte[]> consumer = consumer();
        reader = new ArticleLogReader(() -> consumer, listener, json);

        reader.start();

        await("the replay", () -> reader.progress().phase() == ArticleLogReader.Phase.CAUGHT_UP);
    }

    @Test
    void retriesWhenKafkaCannotBeReachedAndResumesWhereItStopped() throws Exception {
        AtomicInteger created = new AtomicInteger();
        Map<Integer, MockConsumer<String, byte[]>> consumers = new HashMap<>();
        reader =
                new ArticleLogReader(
                        () -> {
                            int attempt = created.incrementAndGet();
                            MockConsumer<String, byte[]> consumer =
                                    attempt == 1 ? unreachable() : consumer();
                            if (attempt > 1) {
                                topic(consumer, KafkaTopics.ARTICLES_RAW, 1);
                                consumer.schedulePollTask(
                                        () ->
                                                consumer.addRecord(
                                                        record(
                                                                KafkaTopics.ARTICLES_RAW,
                                                                0,
                                                                "a",
                                                                article("a", 10))));
                            }
                            consumers.put(attempt, consumer);
                            return consumer;
                        },
                        listener,
                        json);

        reader.start();
        await("the retry", () -> reader.progress().problem() != null);
        assertThat(reader.progress().phase()).isEqualTo(ArticleLogReader.Phase.CONNECTING);
        assertThat(reader.progress().problem()).contains("TimeoutException");

        await("the replay", () -> reader.progress().phase() == ArticleLogReader.Phase.CAUGHT_UP);
        assertThat(listener.received).extracting(ArticleReceived::id).containsExactly("a");
        assertThat(reader.progress().problem()).isNull();
        assertThat(consumers.get(1).closed()).isTrue();
    }

    @Test
    void stopEndsTheThreadAndClosesTheConsumer() throws Exception {
        MockConsumer<String, byte[]> consumer = consumer();
        topic(consumer, KafkaTopics.ARTICLES_RAW, 0);
        reader = new ArticleLogReader(() -> consumer, listener, json);
        reader.start();
        await("the replay", () -> reader.progress().phase() == ArticleLogReader.Phase.CAUGHT_UP);

        reader.stop();

        assertThat(reader.isRunning()).isFalse();
        await("the consumer to close", consumer::closed);
    }

    /** A consumer whose broker never answers. */
    private static MockConsumer<String, byte[]> unreachable() {
        return new MockConsumer<>("earliest") {
            @Override
            public List<PartitionInfo> partitionsFor(String topic, Duration timeout) {
                throw new TimeoutException("Timeout expired while fetching topic metadata");
            }
        };
    }
}

package dev.ipwire.ingest.publishing;

import dev.ipwire.contracts.KafkaTopics;
import dev.ipwire.ingest.registry.ArticleLogListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feeds the article registry from the pipeline's topics, so every ingest instance knows every
 * article: {@code articles.raw} (compacted: the latest revision of each article, from any
 * instance), {@code articles.enriched} and the two dead-letter topics, all read from the beginning
 * and then followed, in one background thread.
 *
 * <p>No consumer group: every partition is assigned, nothing is committed, each instance reads
 * everything. At start the end offsets of every partition are captured; {@link #progress()} reports
 * the replay caught up once the reader has passed them (readiness waits for that, see {@link
 * ArticleLogHealthIndicator}). Topics that do not exist yet (nlp-service and search-service create
 * theirs) are looked for again every few seconds. When Kafka cannot be reached the reader retries
 * with a growing pause (up to 30 s) and resumes where it stopped; the service starts regardless.
 */
@Component
public class ArticleLogReader implements SmartLifecycle {

    static final List<String> TOPICS =
            List.of(
                    KafkaTopics.ARTICLES_RAW,
                    KafkaTopics.ARTICLES_ENRICHED,
                    KafkaTopics.DLQ_NLP,
                    KafkaTopics.DLQ_SEARCH);

    private static final Logger log = LoggerFactory.getLogger(ArticleLogReader.class);

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    /** How often topics are looked for while some are missing, and once all are there. */
    private static final Duration RECHECK_MISSING = Duration.ofSeconds(3);

    private static final Duration RECHECK_ALL = Duration.ofSeconds(60);

    /** Where the reader is. */
    public enum Phase {
        /** Kafka not reached yet. */
        CONNECTING,
        /** Reading what the topics held at start-up. */
        REPLAYING,
        /** Past the start-up end offsets, following new records. */
        CAUGHT_UP
    }

    /**
     * A snapshot of the reader's progress.
     *
     * @param remaining records of the start-up replay not read yet (unknown while connecting: -1)
     * @param topics topics found and followed
     * @param problem the last error, while it is being retried
     */
    public record Progress(
            Phase phase, long recordsRead, long remaining, List<String> topics, String problem) {}

    private final Supplier<Consumer<String, byte[]>> consumers;
    private final ArticleLogRecords records;

    private volatile boolean running;
    private volatile CountDownLatch stopping = new CountDownLatch(1);
    private volatile Thread thread;
    private volatile Consumer<String, byte[]> consumer;
    private volatile Progress progress = new Progress(Phase.CONNECTING, 0, -1, List.of(), null);

    @Autowired
    ArticleLogReader(
            ConsumerFactory<?, ?> consumerFactory, ArticleLogListener listener, JsonMapper json) {
        this(() -> createConsumer(consumerFactory), listener, json);
    }

    ArticleLogReader(
            Supplier<Consumer<String, byte[]>> consumers,
            ArticleLogListener listener,
            JsonMapper json) {
        this.consumers = consumers;
        this.records = new ArticleLogRecords(listener, json);
    }

    @SuppressWarnings("unchecked")
    private static Consumer<String, byte[]> createConsumer(ConsumerFactory<?, ?> factory) {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        overrides.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        overrides.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        overrides.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 17 * 1024 * 1024);
        overrides.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 * 1024 * 1024);
        overrides.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        overrides.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        return (Consumer<String, byte[]>)
                factory.createConsumer(null, "ingest-article-log", null, overrides);
    }

    /** Where the reader is now. */
    public Progress progress() {
        return progress;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        stopping = new CountDownLatch(1);
        thread = Thread.ofPlatform().name("article-log-reader").daemon().start(this::run);
    }

    @Override
    public synchronized void stop() {
        running = false;
        stopping.countDown();
        Consumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        Thread reader = thread;
        if (reader != null) {
            try {
                reader.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        Map<TopicPartition, Long> positions = new HashMap<>();
        Map<TopicPartition, Long> replayEnd = null;
        long read = 0;
        Duration backoff = FIRST_BACKOFF;
        while (running) {
            try (Consumer<String, byte[]> kafka = consumers.get()) {
                consumer = kafka;
                Set<TopicPartition> assigned = new HashSet<>();
                long nextTopicCheck = 0;
                while (running) {
                    if (System.nanoTime() - nextTopicCheck >= 0) {
                        assigned = follow(kafka, assigned, positions);
                        if (replayEnd == null) {
                            replayEnd = kafka.endOffsets(assigned, METADATA_TIMEOUT);
                            long total =
                                    replayEnd.values().stream().mapToLong(Long::longValue).sum();
                            log.info(
                                    "article log: replaying {} (up to {} records)",
                                    topics(assigned),
                                    total);
                        }
                        boolean allThere = topics(assigned).size() == TOPICS.size();
                        nextTopicCheck =
                                System.nanoTime()
                                        + (allThere ? RECHECK_ALL : RECHECK_MISSING).toNanos();
                    }
                    if (assigned.isEmpty()) {
                        report(kafka, replayEnd, assigned, read, null);
                        pause(POLL);
                        continue;
                    }
                    for (ConsumerRecord<String, byte[]> record : kafka.poll(POLL)) {
                        records.accept(record);
                        positions.put(
                                new TopicPartition(record.topic(), record.partition()),
                                record.offset() + 1);
                        read++;
                    }
                    report(kafka, replayEnd, assigned, read, null);
                    backoff = FIRST_BACKOFF;
                }
            } catch (WakeupException | InterruptException e) {
                if (running) {
                    log.warn("article log reader woken up while running; reconnecting");
                }
            } catch (KafkaException | IllegalStateException e) {
                String problem = e.getClass().getSimpleName() + ": " + e.getMessage();
                log.warn(
                        "article log: cannot read {} ({}); retrying in {} ms",
                        TOPICS,
                        problem,
                        backoff.toMillis());
                Progress last = progress;
                progress =
                        new Progress(
                                last.phase(),
                                last.recordsRead(),
                                last.remaining(),
                                last.topics(),
                                problem);
                if (!pause(backoff)) {
                    break;
                }
                Duration doubled = backoff.multipliedBy(2);
                backoff = doubled.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : doubled;
            } finally {
                consumer = null;
            }
        }
        log.info("article log reader stopped after {} records", read);
    }

    /**
     * Assigns every partition of the topics that exist; new partitions start where the reader
     * stopped before (after a reconnect) or at the beginning.
     */
    private Set<TopicPartition> follow(
            Consumer<String, byte[]> kafka,
            Set<TopicPartition> assigned,
            Map<TopicPartition, Long> positions) {
        Set<TopicPartition> found = new HashSet<>();
        for (String topic : TOPICS) {
            List<PartitionInfo> partitions = kafka.partitionsFor(topic, METADATA_TIMEOUT);
            if (partitions == null) {
                continue;
            }
            for (PartitionInfo partition : partitions) {
                found.add(new TopicPartition(topic, partition.partition()));
            }
        }
        if (found.equals(assigned)) {
            return assigned;
        }
        kafka.assign(found);
        List<TopicPartition> fromStart = new ArrayList<>();
        for (TopicPartition partition : found) {
            if (assigned.contains(partition)) {
                continue;
            }
            Long position = positions.get(partition);
            if (position != null) {
                kafka.seek(partition, position);
            } else {
                fromStart.add(partition);
            }
        }
        kafka.seekToBeginning(fromStart);
        Set<String> added = topics(found);
        added.removeAll(topics(assigned));
        if (!added.isEmpty()) {
            log.info("article log: following {}", added);
        }
        return found;
    }

    private void report(
            Consumer<String, byte[]> kafka,
            Map<TopicPartition, Long> replayEnd,
            Set<TopicPartition> assigned,
            long read,
            String problem) {
        Progress last = progress;
        List<String> topics = List.copyOf(topics(assigned));
        if (last.phase() == Phase.CAUGHT_UP) {
            progress = new Progress(Phase.CAUGHT_UP, read, 0, topics, problem);
            return;
        }
        long remaining = 0;
        for (Map.Entry<TopicPartition, Long> end : replayEnd.entrySet()) {
            if (end.getValue() == null || end.getValue() == 0) {
                continue;
            }
            long position = kafka.position(end.getKey(), METADATA_TIMEOUT);
            remaining += Math.max(0, end.getValue() - position);
        }
        if (remaining == 0) {
            log.info("article log: replay caught up ({} records read)", read);
            progress = new Progress(Phase.CAUGHT_UP, read, 0, topics, problem);
        } else {
            progress = new Progress(Phase.REPLAYING, read, remaining, topics, problem);
        }
    }

    private static Set<String> topics(Set<TopicPartition> partitions) {
        Set<String> topics = new TreeSet<>();
        partitions.forEach(partition -> topics.add(partition.topic()));
        return topics;
    }

    /** Waits unless stopped; false when the reader should end. */
    private boolean pause(Duration duration) {
        try {
            return !stopping.await(duration.toMillis(), TimeUnit.MILLISECONDS) && running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

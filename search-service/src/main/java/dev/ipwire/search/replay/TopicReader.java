package dev.ipwire.search.replay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads a topic between offsets captured beforehand, without a consumer group (nothing is
 * committed, the live consumers are not disturbed): what a replay reads is exactly what the topic
 * held when the offsets were taken, however much arrives meanwhile.
 */
@Component
class TopicReader {

    /** Handles one batch of records; may throw to stop the read. */
    @FunctionalInterface
    interface Batch {
        void accept(List<ConsumerRecord<String, byte[]>> records) throws Exception;
    }

    private static final Duration POLL = Duration.ofMillis(500);

    private final Supplier<Consumer<String, byte[]>> consumers;

    @Autowired
    TopicReader(ConsumerFactory<?, ?> factory) {
        this(() -> create(factory));
    }

    TopicReader(Supplier<Consumer<String, byte[]>> consumers) {
        this.consumers = consumers;
    }

    @SuppressWarnings("unchecked")
    private static Consumer<String, byte[]> create(ConsumerFactory<?, ?> factory) {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        overrides.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        overrides.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        overrides.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 17 * 1024 * 1024);
        overrides.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 * 1024 * 1024);
        return (Consumer<String, byte[]>)
                factory.createConsumer(null, "search-replay", null, overrides);
    }

    /** The end offset of every partition of {@code topic} now (empty when it does not exist). */
    Map<TopicPartition, Long> endOffsets(String topic) {
        try (Consumer<String, byte[]> consumer = consumers.get()) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            return partitions.isEmpty() ? Map.of() : new HashMap<>(consumer.endOffsets(partitions));
        }
    }

    /** The first offset of every partition of {@code topic} now. */
    Map<TopicPartition, Long> beginningOffsets(String topic) {
        try (Consumer<String, byte[]> consumer = consumers.get()) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            return partitions.isEmpty()
                    ? Map.of()
                    : new HashMap<>(consumer.beginningOffsets(partitions));
        }
    }

    private static List<TopicPartition> partitions(Consumer<?, ?> consumer, String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
        List<TopicPartition> partitions = new ArrayList<>();
        if (infos != null) {
            infos.forEach(i -> partitions.add(new TopicPartition(i.topic(), i.partition())));
        }
        return partitions;
    }

    /**
     * Reads every record from {@code from} (inclusive) to {@code to} (exclusive) per partition, in
     * batches of at most {@code batchSize}; partitions missing from {@code from} start at their
     * beginning.
     *
     * @return the offsets reached: {@code to}, for the next read to start from
     */
    Map<TopicPartition, Long> read(
            Map<TopicPartition, Long> from,
            Map<TopicPartition, Long> to,
            int batchSize,
            Batch batch)
            throws Exception {
        Map<TopicPartition, Long> remaining = new HashMap<>();
        to.forEach(
                (partition, end) -> {
                    if (from.getOrDefault(partition, 0L) < end) {
                        remaining.put(partition, end);
                    }
                });
        if (remaining.isEmpty()) {
            return new HashMap<>(to);
        }
        try (Consumer<String, byte[]> consumer = consumers.get()) {
            consumer.assign(remaining.keySet());
            for (TopicPartition partition : remaining.keySet()) {
                Long start = from.get(partition);
                if (start == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, start);
                }
            }
            List<ConsumerRecord<String, byte[]>> pending = new ArrayList<>();
            while (!remaining.isEmpty()) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException("the replay was stopped");
                }
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
                for (ConsumerRecord<String, byte[]> record : records) {
                    TopicPartition partition =
                            new TopicPartition(record.topic(), record.partition());
                    Long end = remaining.get(partition);
                    if (end != null && record.offset() < end) {
                        pending.add(record);
                        if (pending.size() >= batchSize) {
                            batch.accept(List.copyOf(pending));
                            pending.clear();
                        }
                    }
                }
                List<TopicPartition> done = new ArrayList<>();
                for (Map.Entry<TopicPartition, Long> entry : remaining.entrySet()) {
                    if (consumer.position(entry.getKey()) >= entry.getValue()) {
                        done.add(entry.getKey());
                    }
                }
                if (!done.isEmpty()) {
                    consumer.pause(done);
                    done.forEach(remaining::remove);
                }
            }
            if (!pending.isEmpty()) {
                batch.accept(List.copyOf(pending));
            }
        }
        return new HashMap<>(to);
    }
}

package dev.ipwire.stream.failures;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

/**
 * Reads a stage's dead-letter topic and replays its records to the topic they came from, for the
 * admin API. Replaying everything resumes where the last full replay stopped (consumer group {@code
 * <group>-dlq-replay}), so a dead letter is sent back once; replaying by id sends exactly those
 * records, again if asked. A replayed record keeps its key, value and headers but the failure
 * headers, and carries {@code x-ipwire-replayed-from}.
 */
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    /** Most records one listing returns. */
    public static final int MAX_PAGE = 500;

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final String topic;
    private final String replayGroup;
    private final KafkaProperties kafka;
    private final DeadLetterPublisher publisher;

    /**
     * @param topic the dead-letter topic
     * @param stageGroup the stage's consumer group (the replay bookkeeping group is derived)
     */
    public DeadLetters(
            String topic, String stageGroup, KafkaProperties kafka, DeadLetterPublisher publisher) {
        this.topic = topic;
        this.replayGroup = stageGroup + "-dlq-replay";
        this.kafka = kafka;
        this.publisher = publisher;
    }

    public String topic() {
        return topic;
    }

    /**
     * A page of dead letters in (partition, offset) order.
     *
     * @param from the first record's id ({@code partition-offset}); null for the very first
     * @param limit most records to return
     */
    public DeadLetterPage list(String from, int limit) {
        Position start = from == null ? new Position(0, 0) : Position.parse(from);
        List<DeadLetter> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(null)) {
            List<TopicPartition> partitions = partitions(consumer);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long total = 0;
            for (TopicPartition partition : partitions) {
                total += end.get(partition) - begin.get(partition);
            }
            String next = null;
            for (TopicPartition partition : partitions) {
                if (partition.partition() < start.partition()) {
                    continue;
                }
                long offset =
                        partition.partition() == start.partition()
                                ? Math.max(start.offset(), begin.get(partition))
                                : begin.get(partition);
                long stop = end.get(partition);
                if (offset >= stop) {
                    continue;
                }
                if (records.size() >= limit) {
                    next = partition.partition() + "-" + offset;
                    break;
                }
                for (ConsumerRecord<byte[], byte[]> record :
                        read(consumer, partition, offset, stop, limit - records.size())) {
                    records.add(DeadLetter.of(record));
                    offset = record.offset() + 1;
                }
                if (records.size() >= limit && offset < stop) {
                    next = partition.partition() + "-" + offset;
                    break;
                }
            }
            return new DeadLetterPage(topic, total, records, next);
        }
    }

    /**
     * Sends dead letters back to their original topic.
     *
     * @param ids the records to replay ({@code partition-offset}); empty for all not replayed yet
     */
    public ReplayReport replay(List<String> ids) {
        List<String> replayed = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                consumer(ids.isEmpty() ? replayGroup : null)) {
            List<ConsumerRecord<byte[], byte[]>> chosen = new ArrayList<>();
            Map<TopicPartition, Long> endOfRun = new HashMap<>();
            if (ids.isEmpty()) {
                List<TopicPartition> partitions = partitions(consumer);
                Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                Map<TopicPartition, OffsetAndMetadata> done =
                        consumer.committed(new java.util.HashSet<>(partitions));
                for (TopicPartition partition : partitions) {
                    OffsetAndMetadata committed = done.get(partition);
                    long offset =
                            Math.max(
                                    begin.get(partition),
                                    committed == null ? 0 : committed.offset());
                    chosen.addAll(
                            read(
                                    consumer,
                                    partition,
                                    offset,
                                    end.get(partition),
                                    Integer.MAX_VALUE));
                    endOfRun.put(partition, end.get(partition));
                }
            } else {
                for (String id : ids) {
                    Position position = Position.parse(id);
                    TopicPartition partition = new TopicPartition(topic, position.partition());
                    List<ConsumerRecord<byte[], byte[]>> found =
                            read(consumer, partition, position.offset(), position.offset() + 1, 1);
                    if (found.isEmpty() || found.getFirst().offset() != position.offset()) {
                        skipped.add(id + ": no such dead letter");
                    } else {
                        chosen.add(found.getFirst());
                    }
                }
            }
            for (ConsumerRecord<byte[], byte[]> record : chosen) {
                String id = record.partition() + "-" + record.offset();
                String destination = DeadLetter.text(record, DeadLetterHeaders.ORIGINAL_TOPIC);
                if (destination == null) {
                    skipped.add(id + ": no " + DeadLetterHeaders.ORIGINAL_TOPIC + " header");
                    continue;
                }
                try {
                    publisher
                            .template()
                            .send(toOriginal(record, destination, id))
                            .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                    replayed.add(id);
                } catch (Exception e) {
                    if (e instanceof InterruptedException) {
                        Thread.currentThread().interrupt();
                    }
                    failed.add(id + ": " + e.getMessage());
                }
            }
            if (ids.isEmpty() && failed.isEmpty()) {
                Map<TopicPartition, OffsetAndMetadata> commit = new LinkedHashMap<>();
                endOfRun.forEach((p, o) -> commit.put(p, new OffsetAndMetadata(o)));
                consumer.commitSync(commit, PATIENCE);
            }
        }
        log.info(
                "replayed {} dead letters of {} to their topics ({} skipped, {} failed)",
                replayed.size(),
                topic,
                skipped.size(),
                failed.size());
        return new ReplayReport(
                topic,
                replayed.size() + skipped.size() + failed.size(),
                replayed.size(),
                skipped.size(),
                failed.size(),
                replayed,
                skipped,
                failed);
    }

    private static ProducerRecord<byte[], byte[]> toOriginal(
            ConsumerRecord<byte[], byte[]> record, String destination, String id) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!DeadLetterHeaders.describesFailure(header.key())) {
                headers.add(header);
            }
        }
        headers.add(DeadLetterHeaders.REPLAYED_FROM, id.getBytes(StandardCharsets.UTF_8));
        // no partition: the key picks it, as it did when the record was first written
        return new ProducerRecord<>(destination, null, record.key(), record.value(), headers);
    }

    private List<ConsumerRecord<byte[], byte[]>> read(
            KafkaConsumer<byte[], byte[]> consumer,
            TopicPartition partition,
            long from,
            long until,
            int atMost) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        if (from >= until) {
            return records;
        }
        consumer.assign(List.of(partition));
        consumer.seek(partition, from);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        long position = from;
        while (position < until && records.size() < atMost && System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL).records(partition)) {
                if (record.offset() >= until || records.size() >= atMost) {
                    break;
                }
                records.add(record);
            }
            // offsets may have gaps (compaction, transaction markers): trust the position
            position = consumer.position(partition);
        }
        return records;
    }

    private List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, PATIENCE);
        if (infos == null) {
            return List.of();
        }
        return infos.stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .sorted(Comparator.comparingInt(TopicPartition::partition))
                .toList();
    }

    private KafkaConsumer<byte[], byte[]> consumer(String group) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        if (group != null) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        return new KafkaConsumer<>(
                config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** A place in the dead-letter topic, written {@code partition-offset}. */
    record Position(int partition, long offset) {

        static Position parse(String id) {
            String[] parts = id == null ? new String[0] : id.trim().split("-", 2);
            try {
                if (parts.length == 2) {
                    Position position =
                            new Position(Integer.parseInt(parts[0]), Long.parseLong(parts[1]));
                    if (position.partition() >= 0 && position.offset() >= 0) {
                        return position;
                    }
                }
            } catch (NumberFormatException e) {
                // fall through
            }
            throw new IllegalArgumentException(
                    "'" + id + "' is not a dead-letter id: write partition-offset, e.g. 3-42");
        }
    }
}

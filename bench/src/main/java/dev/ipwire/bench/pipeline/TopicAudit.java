package dev.ipwire.bench.pipeline;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads what a stage wrote: how many records each article got on a topic between two offset
 * snapshots (exactly one each means nothing lost and nothing duplicated), and which consumer of a
 * group holds which partitions.
 */
public final class TopicAudit implements AutoCloseable {

    private final String bootstrap;
    private final Admin admin;

    public TopicAudit(String bootstrap) {
        this.bootstrap = bootstrap;
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        this.admin = Admin.create(properties);
    }

    /** The end offset of every partition of a topic. */
    public Map<TopicPartition, Long> endOffsets(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions =
                    consumer.partitionsFor(topic).stream()
                            .map(p -> new TopicPartition(topic, p.partition()))
                            .toList();
            return consumer.endOffsets(partitions);
        }
    }

    /**
     * Records per key for the given keys between {@code from} and the current end of the topic
     * (keys never seen count 0).
     */
    public Map<String, Integer> recordsPerKey(
            Map<TopicPartition, Long> from, Collection<String> keys) {
        Set<String> wanted = Set.copyOf(keys);
        Map<String, Integer> counts = new HashMap<>();
        wanted.forEach(k -> counts.put(k, 0));
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            Map<TopicPartition, Long> end = consumer.endOffsets(from.keySet());
            while (from.keySet().stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> record :
                        consumer.poll(Duration.ofMillis(500))) {
                    if (record.key() != null && wanted.contains(record.key())) {
                        counts.merge(record.key(), 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    /** Member (client id @ host) → partitions it holds, for a consumer group. */
    public Map<String, List<Integer>> assignment(String group) throws Exception {
        ConsumerGroupDescription description =
                admin.describeConsumerGroups(List.of(group)).all().get().get(group);
        return description.members().stream()
                .collect(
                        Collectors.toMap(
                                m -> m.consumerId(),
                                m ->
                                        m.assignment().topicPartitions().stream()
                                                .map(TopicPartition::partition)
                                                .sorted()
                                                .toList()));
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        return new KafkaConsumer<>(
                properties, new StringDeserializer(), new ByteArrayDeserializer());
    }

    @Override
    public void close() {
        admin.close();
    }
}

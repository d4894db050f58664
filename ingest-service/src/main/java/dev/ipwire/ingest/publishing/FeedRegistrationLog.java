package dev.ipwire.ingest.publishing;

import dev.ipwire.ingest.IngestProperties;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.stereotype.Component;

/**
 * The feeds registered through the API, kept in the compacted topic {@value #TOPIC}: key = feed id,
 * value = the registration as JSON, a tombstone (null value) when it is deleted. The latest value
 * per key is the registration, so reading the topic from the beginning at start-up gives back every
 * live registration; no consumer group (and no committed offset) is involved.
 *
 * <p>The values are opaque JSON text here: their shape belongs to the feeds package.
 */
@Component
public class FeedRegistrationLog implements DisposableBean {

    /** The topic of feed registrations. */
    public static final String TOPIC = "ingest.feeds";

    private final Map<String, Object> producerConfig;
    private final Map<String, Object> adminConfig;
    private final KafkaAdmin admin;
    private final NewTopic topic;
    private final Duration timeout;
    private DefaultKafkaProducerFactory<String, String> producers;
    private KafkaTemplate<String, String> template;

    public FeedRegistrationLog(
            ProducerFactory<?, ?> producerFactory, KafkaAdmin admin, IngestProperties properties) {
        this.producerConfig = new HashMap<>(producerFactory.getConfigurationProperties());
        this.adminConfig = new HashMap<>(admin.getConfigurationProperties());
        this.admin = admin;
        this.topic = newTopic(properties);
        this.timeout = properties.publishTimeout();
    }

    /**
     * The topic as it is declared: compacted, so the latest registration per feed id is kept
     * forever and a tombstone removes it; one partition, so registrations read back in the order
     * they were made.
     */
    static NewTopic newTopic(IngestProperties properties) {
        return TopicBuilder.name(TOPIC)
                .partitions(1)
                .replicas(properties.replicationFactor())
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                .build();
    }

    /**
     * Stores the registration {@code json} under {@code id} and waits for the acknowledgement.
     *
     * @throws BrokerUnavailableException when the broker did not acknowledge in time
     */
    public void put(String id, String json) {
        send(id, json);
    }

    /**
     * Writes the tombstone of {@code id} and waits for the acknowledgement.
     *
     * @throws BrokerUnavailableException when the broker did not acknowledge in time
     */
    public void delete(String id) {
        send(id, null);
    }

    /**
     * Every live registration: the topic read from the beginning to its current end, the latest
     * value per key, tombstoned keys left out. Empty when the topic does not exist yet.
     *
     * @throws BrokerUnavailableException when the topic could not be read within {@code wait}
     */
    public Map<String, String> readAll(Duration wait) {
        Map<String, Object> config = new HashMap<>();
        Set<String> consumerKeys = ConsumerConfig.configNames();
        adminConfig.forEach(
                (key, value) -> {
                    if (consumerKeys.contains(key)) {
                        config.put(key, value);
                    }
                });
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // Never let a read create the topic with broker defaults (not compacted).
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        long deadline = System.nanoTime() + wait.toNanos();
        Map<String, String> registrations = new LinkedHashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<PartitionInfo> infos = consumer.partitionsFor(TOPIC, wait);
            if (infos == null || infos.isEmpty()) {
                // Missing when the broker was down at start-up: declare it before anyone writes,
                // or the first registration would create it uncompacted.
                admin.createOrModifyTopics(topic);
                return registrations;
            }
            List<TopicPartition> partitions =
                    infos.stream()
                            .map(info -> new TopicPartition(TOPIC, info.partition()))
                            .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, remaining(deadline));
            while (!reached(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new BrokerUnavailableException(
                            "could not read "
                                    + TOPIC
                                    + " to its end within "
                                    + wait.toSeconds()
                                    + " s",
                            null);
                }
                for (ConsumerRecord<String, String> record :
                        consumer.poll(Duration.ofMillis(200))) {
                    if (record.key() == null) {
                        continue;
                    }
                    if (record.value() == null) {
                        registrations.remove(record.key());
                    } else {
                        registrations.put(record.key(), record.value());
                    }
                }
            }
            return registrations;
        } catch (KafkaException e) {
            throw new BrokerUnavailableException(
                    "could not read " + TOPIC + ": " + e.getMessage(), e);
        }
    }

    private static boolean reached(
            KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            if (consumer.position(partition.getKey()) < partition.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static Duration remaining(long deadline) {
        return Duration.ofNanos(Math.max(deadline - System.nanoTime(), 1_000_000));
    }

    private void send(String id, String json) {
        try {
            template().send(TOPIC, id, json).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnavailableException("interrupted while waiting for the broker", e);
        } catch (TimeoutException e) {
            throw new BrokerUnavailableException(
                    "the broker did not acknowledge within " + timeout.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            throw new BrokerUnavailableException(
                    "the broker did not accept the registration: " + e.getCause().getMessage(), e);
        } catch (KafkaException e) {
            throw new BrokerUnavailableException(
                    "the broker did not accept the registration: " + e.getMessage(), e);
        }
    }

    /** A producer with String values, created on first use (most instances never register). */
    private synchronized KafkaTemplate<String, String> template() {
        if (template == null) {
            producers =
                    new DefaultKafkaProducerFactory<>(
                            producerConfig, new StringSerializer(), new StringSerializer());
            template = new KafkaTemplate<>(producers);
        }
        return template;
    }

    @Override
    public synchronized void destroy() {
        if (producers != null) {
            producers.destroy();
        }
    }
}

package dev.ipwire.search.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Counts the records the broker acknowledged on a dead-letter topic: records dead-lettered ({@code
 * ipwire_articles_dlq_total{stage=…}}, the stage being the topic's last segment). Installed on the
 * binder's producers, the dead-letter producer included, through {@code interceptor.classes}: Kafka
 * creates it, so it reports to Micrometer's global registry, to which Spring Boot adds its
 * registries.
 */
public class TopicWriteMetrics implements ProducerInterceptor<Object, Object> {

    @Override
    public ProducerRecord<Object, Object> onSend(ProducerRecord<Object, Object> record) {
        return record;
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
        if (exception != null || metadata == null) {
            return;
        }
        String topic = metadata.topic();
        if (topic.startsWith("error.")) {
            Counter.builder("ipwire.articles.dlq")
                    .description("Records written to a dead-letter topic")
                    .tag("stage", topic.substring(topic.lastIndexOf('.') + 1))
                    .tag("topic", topic)
                    .register(Metrics.globalRegistry)
                    .increment();
        }
    }

    @Override
    public void close() {}

    @Override
    public void configure(Map<String, ?> configs) {}
}

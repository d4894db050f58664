package dev.ipwire.ingest.publishing;

import dev.ipwire.contracts.KafkaTopics;
import dev.ipwire.ingest.tracing.TraceIds;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.LoggingProducerListener;
import org.springframework.kafka.support.ProducerListener;

/**
 * What ingest tells operators about publishing: the trace id header on every record it writes, the
 * count of articles the broker acknowledged on {@code articles.raw} ({@code
 * ipwire_articles_ingested_total}) and the time from send to acknowledgement ({@code
 * ipwire_ingest_publish_seconds}).
 */
@Configuration(proxyBeanMethods = false)
class PipelineMetrics {

    /** Adds {@value TraceIds#HEADER} to every record a KafkaTemplate sends. */
    @Bean
    static BeanPostProcessor traceHeaderOnEveryRecord() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof KafkaTemplate<?, ?> template) {
                    template.setProducerInterceptor(new TraceHeader<>());
                }
                return bean;
            }
        };
    }

    /** Counts and times acknowledged writes; keeps Boot's logging of failed ones. */
    @Bean
    ProducerListener<Object, Object> kafkaProducerListener(ObjectProvider<MeterRegistry> registry) {
        MeterRegistry meters = registry.getIfAvailable();
        return new AcknowledgementMetrics(meters);
    }

    /** The trace id of the work in hand, or a new one, as a record header. */
    static final class TraceHeader<K, V> implements ProducerInterceptor<K, V> {
        @Override
        public ProducerRecord<K, V> onSend(ProducerRecord<K, V> record) {
            if (record.headers().lastHeader(TraceIds.HEADER) == null) {
                record.headers()
                        .add(TraceIds.HEADER, TraceIds.current().getBytes(StandardCharsets.UTF_8));
            }
            return record;
        }

        @Override
        public void onAcknowledgement(RecordMetadata metadata, Exception exception) {}

        @Override
        public void close() {}

        @Override
        public void configure(Map<String, ?> configs) {}
    }

    static final class AcknowledgementMetrics extends LoggingProducerListener<Object, Object> {
        private final Counter ingested;
        private final Timer publish;

        AcknowledgementMetrics(MeterRegistry meters) {
            this.ingested =
                    meters == null
                            ? null
                            : Counter.builder("ipwire.articles.ingested")
                                    .description("Articles the broker acknowledged on articles.raw")
                                    .register(meters);
            this.publish =
                    meters == null
                            ? null
                            : Timer.builder("ipwire.ingest.publish")
                                    .description(
                                            "From handing an article to the producer to the"
                                                    + " broker's acknowledgement (acks=all)")
                                    .publishPercentileHistogram()
                                    .register(meters);
        }

        @Override
        public void onSuccess(ProducerRecord<Object, Object> record, RecordMetadata metadata) {
            if (ingested == null || !KafkaTopics.ARTICLES_RAW.equals(record.topic())) {
                return;
            }
            ingested.increment();
            if (metadata.hasTimestamp()) {
                // The producer stamps CreateTime when send() is called.
                long millis = System.currentTimeMillis() - metadata.timestamp();
                publish.record(Duration.ofMillis(Math.max(0, millis)));
            }
        }
    }
}

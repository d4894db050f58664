package dev.ipwire.ingest.publishing;

import dev.ipwire.contracts.KafkaTopics;
import dev.ipwire.ingest.IngestProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** Declares {@code articles.raw} (created at start-up when missing): compacted, keyed by id. */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    /** Largest record: a 10 MB article plus its JSON framing. */
    static final String MAX_MESSAGE_BYTES = Integer.toString(16 * 1024 * 1024);

    @Bean
    NewTopic articlesRawTopic(IngestProperties properties) {
        return TopicBuilder.name(KafkaTopics.ARTICLES_RAW)
                .partitions(properties.partitions())
                .replicas(properties.replicationFactor())
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, MAX_MESSAGE_BYTES)
                .build();
    }
}

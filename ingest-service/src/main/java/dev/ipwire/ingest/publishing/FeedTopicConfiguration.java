package dev.ipwire.ingest.publishing;

import dev.ipwire.ingest.IngestProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Declares {@value FeedRegistrationLog#TOPIC} (created at start-up when missing) on instances that
 * poll feeds; see {@link FeedRegistrationLog#newTopic}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "ipwire.ingest.feeds", name = "enabled", havingValue = "true")
class FeedTopicConfiguration {

    @Bean
    NewTopic feedRegistrationsTopic(IngestProperties properties) {
        return FeedRegistrationLog.newTopic(properties);
    }
}

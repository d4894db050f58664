package dev.ipwire.search.deadletters;

import dev.ipwire.stream.failures.DeadLetterPublisher;
import dev.ipwire.stream.failures.DeadLetters;
import dev.ipwire.stream.failures.RecordFailureHandler;
import dev.ipwire.stream.failures.StreamFailureProperties;
import java.util.Locale;
import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.util.backoff.BackOff;

/**
 * Takes retries and dead-lettering away from the binding and gives them to {@link
 * RecordFailureHandler} (shared module {@code ipwire-stream-failures}) on the consumer container,
 * so the failure kind and the configured {@link FailurePolicy} decide instead of a fixed attempt
 * count. The binder still provisions the dead-letter topic ({@code enable-dlq}, {@code dlq-name})
 * and resolves its partition.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StreamFailureProperties.class)
class StreamErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(StreamErrorHandling.class);

    @Bean
    DeadLetterPublisher deadLetterPublisher(KafkaProperties kafka) {
        return new DeadLetterPublisher(kafka);
    }

    @Bean
    DeadLetters deadLetters(
            @Value("${spring.cloud.stream.kafka.bindings.index-in-0.consumer.dlq-name}")
                    String topic,
            @Value("${spring.cloud.stream.bindings.index-in-0.group}") String group,
            KafkaProperties kafka,
            DeadLetterPublisher publisher) {
        return new DeadLetters(topic, group, kafka, publisher);
    }

    @Bean
    ListenerContainerWithDlqAndRetryCustomizer articlesEnrichedFailureHandling(
            StreamFailureProperties settings, DeadLetterPublisher publisher) {
        return new ListenerContainerWithDlqAndRetryCustomizer() {

            @Override
            public void configure(
                    AbstractMessageListenerContainer<?, ?> container,
                    String destinationName,
                    String group,
                    BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition>
                            dlqDestinationResolver,
                    BackOff backOff) {
                SimpleAsyncTaskExecutor stopper = new SimpleAsyncTaskExecutor("stop-consumer-");
                container.setCommonErrorHandler(
                        RecordFailureHandler.create(
                                "indexing article",
                                settings,
                                publisher.template(),
                                dlqDestinationResolver,
                                () -> stopper.execute(container::stop)));
                log.info(
                        "{} (group {}): failure-policy {}, up to {} attempts on unexpected"
                                + " failures, transient failures retried until they pass",
                        destinationName,
                        group,
                        settings.failurePolicy().name().toLowerCase(Locale.ROOT),
                        settings.retry().maxAttempts());
            }

            @Override
            public boolean retryAndDlqInBinding(String destinationName, String group) {
                return false;
            }
        };
    }
}

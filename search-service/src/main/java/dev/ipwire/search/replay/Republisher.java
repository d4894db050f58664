package dev.ipwire.search.replay;

import dev.ipwire.contracts.ArticleReceived;
import dev.ipwire.contracts.KafkaTopics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes articles to {@code articles.raw} for nlp-service to enrich again, keyed by id like
 * ingest-service does; a batch counts only once the broker acknowledged every record of it ({@code
 * acks=all}, idempotent producer).
 */
@Component
class Republisher implements DisposableBean {

    private static final long ACK_TIMEOUT_SECONDS = 60;

    private final ProducerFactory<?, ?> factory;
    private final JsonMapper json;
    private ProducerFactory<?, ?> copy;
    private Producer<String, String> producer;

    Republisher(ProducerFactory<?, ?> factory, JsonMapper json) {
        this.factory = factory;
        this.json = json;
    }

    @SuppressWarnings("unchecked")
    private synchronized Producer<String, String> producer() {
        if (producer == null) {
            copy =
                    factory.copyWithConfigurationOverride(
                            Map.of(
                                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                                    StringSerializer.class,
                                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                                    StringSerializer.class,
                                    ProducerConfig.ACKS_CONFIG,
                                    "all",
                                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                                    true,
                                    ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                                    16 * 1024 * 1024,
                                    ProducerConfig.CLIENT_ID_CONFIG,
                                    "search-replay"));
            producer = (Producer<String, String>) copy.createProducer();
        }
        return producer;
    }

    /** Publishes {@code articles} and waits for every acknowledgement. */
    void publish(List<ArticleReceived> articles)
            throws InterruptedException, ExecutionException, TimeoutException {
        Producer<String, String> out = producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (ArticleReceived article : articles) {
            acks.add(
                    out.send(
                            new ProducerRecord<>(
                                    KafkaTopics.ARTICLES_RAW,
                                    article.id(),
                                    json.writeValueAsString(article))));
        }
        for (Future<RecordMetadata> ack : acks) {
            ack.get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
    }

    @Override
    public synchronized void destroy() throws Exception {
        if (producer != null) {
            producer.close();
        }
        if (copy instanceof DisposableBean disposable) {
            disposable.destroy();
        }
    }
}

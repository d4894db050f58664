package dev.ipwire.ingest.publishing;

import dev.ipwire.contracts.ArticleReceived;
import dev.ipwire.contracts.KafkaTopics;
import dev.ipwire.ingest.IngestProperties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes accepted articles to {@code articles.raw}, keyed by article id, and returns only once the
 * broker has acknowledged the record (the producer runs with {@code acks=all} and idempotence).
 */
@Component
public class ArticlePublisher {

    private static final Logger log = LoggerFactory.getLogger(ArticlePublisher.class);

    private final KafkaTemplate<String, ArticleReceived> kafka;
    private final IngestProperties properties;

    public ArticlePublisher(
            KafkaTemplate<String, ArticleReceived> kafka, IngestProperties properties) {
        this.kafka = kafka;
        this.properties = properties;
    }

    /**
     * Publishes {@code article} and waits for the acknowledgement.
     *
     * @throws BrokerUnavailableException when the broker did not acknowledge in time
     * @throws ArticleTooLargeException when the record exceeds what the broker accepts
     */
    public void publish(ArticleReceived article) {
        try {
            send(article).get(properties.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnavailableException("interrupted while waiting for the broker", e);
        } catch (TimeoutException e) {
            log.warn(
                    "article {} revision {}: no broker acknowledgement within {}",
                    article.id(),
                    article.revision(),
                    properties.publishTimeout());
            throw new BrokerUnavailableException(
                    "the broker did not acknowledge within "
                            + properties.publishTimeout().toSeconds()
                            + " s",
                    e);
        } catch (ExecutionException e) {
            if (hasCause(e, RecordTooLargeException.class)) {
                throw new ArticleTooLargeException(
                        "the parsed article is larger than the broker accepts", e);
            }
            log.warn(
                    "article {} revision {}: publishing failed: {}",
                    article.id(),
                    article.revision(),
                    e.getCause().toString());
            throw new BrokerUnavailableException(
                    "the broker did not accept the article: " + e.getCause().getMessage(), e);
        }
    }

    /**
     * Hands the record to the producer. While the broker is away the producer cannot learn the
     * topic's partitions and {@code send} itself throws after {@code max.block.ms}, before any
     * future exists; that is the same "not acknowledged" as a failed future (fault test c).
     */
    private CompletableFuture<?> send(ArticleReceived article) {
        try {
            return kafka.send(KafkaTopics.ARTICLES_RAW, article.id(), article);
        } catch (KafkaException e) {
            if (!hasCause(e, RetriableException.class)) {
                throw e;
            }
            log.warn(
                    "article {} revision {}: the broker could not be reached: {}",
                    article.id(),
                    article.revision(),
                    e.getMostSpecificCause().toString());
            throw new BrokerUnavailableException(
                    "the broker could not be reached: " + e.getMostSpecificCause().getMessage(), e);
        }
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}

package dev.ipwire.ingest.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.ipwire.contracts.ArticleReceived;
import dev.ipwire.ingest.IngestProperties;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.util.unit.DataSize;

class ArticlePublisherTest {

    private static final ArticleReceived ARTICLE =
            new ArticleReceived(
                    1,
                    "abc",
                    1L,
                    Instant.parse("2024-08-19T02:00:00Z"),
                    null,
                    null,
                    "text",
                    "标题",
                    null,
                    null,
                    "zh-Hans",
                    List.of("正文。"),
                    "sha256:00",
                    null,
                    List.of(),
                    null);

    @SuppressWarnings("unchecked")
    private final KafkaTemplate<String, ArticleReceived> kafka = mock(KafkaTemplate.class);

    private final ArticlePublisher publisher =
            new ArticlePublisher(
                    kafka,
                    new IngestProperties(
                            DataSize.ofMegabytes(10),
                            URI.create("http://127.0.0.1:8083"),
                            Duration.ofMillis(200),
                            6,
                            (short) 1));

    @Test
    void sendsToArticlesRawKeyedById() {
        when(kafka.send(anyString(), anyString(), any()))
                .thenReturn(CompletableFuture.completedFuture(mock(SendResult.class)));

        publisher.publish(ARTICLE);

        verify(kafka).send(eq("articles.raw"), eq("abc"), eq(ARTICLE));
    }

    @Test
    void missingAcknowledgementIsBrokerUnavailable() {
        when(kafka.send(anyString(), anyString(), any())).thenReturn(new CompletableFuture<>());

        assertThatThrownBy(() -> publisher.publish(ARTICLE))
                .isInstanceOf(BrokerUnavailableException.class)
                .hasMessageContaining("did not acknowledge");
    }

    @Test
    void failedSendIsBrokerUnavailable() {
        when(kafka.send(anyString(), anyString(), any()))
                .thenReturn(
                        CompletableFuture.failedFuture(
                                new KafkaException(
                                        "send failed", new TimeoutException("metadata"))));

        assertThatThrownBy(() -> publisher.publish(ARTICLE))
                .isInstanceOf(BrokerUnavailableException.class)
                .hasMessageContaining("send failed");
    }

    @Test
    void sendThatCannotReachTheBrokerIsBrokerUnavailable() {
        // What KafkaTemplate throws when the topic's metadata does not arrive within max.block.ms.
        when(kafka.send(anyString(), anyString(), any()))
                .thenThrow(
                        new org.springframework.kafka.KafkaException(
                                "Send failed",
                                new TimeoutException(
                                        "Topic articles.raw not present in metadata after 5000"
                                                + " ms.")));

        assertThatThrownBy(() -> publisher.publish(ARTICLE))
                .isInstanceOf(BrokerUnavailableException.class)
                .hasMessageContaining("could not be reached");
    }

    @Test
    void sendThatFailsForAnotherReasonIsNotBlamedOnTheBroker() {
        when(kafka.send(anyString(), anyString(), any()))
                .thenThrow(
                        new org.springframework.kafka.KafkaException(
                                "Send failed", new IllegalStateException("producer closed")));

        assertThatThrownBy(() -> publisher.publish(ARTICLE))
                .isInstanceOf(org.springframework.kafka.KafkaException.class)
                .isNotInstanceOf(BrokerUnavailableException.class);
    }

    @Test
    void recordTooLargeIsTheArticlesFaultNotTheBrokers() {
        when(kafka.send(anyString(), anyString(), any()))
                .thenReturn(
                        CompletableFuture.failedFuture(
                                new KafkaException(
                                        "send failed", new RecordTooLargeException("too big"))));

        assertThatThrownBy(() -> publisher.publish(ARTICLE))
                .isInstanceOf(ArticleTooLargeException.class)
                .isNotInstanceOf(BrokerUnavailableException.class);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void interruptionIsBrokerUnavailableAndKeepsTheInterruptFlag() {
        when(kafka.send(anyString(), anyString(), any())).thenReturn(new CompletableFuture<>());
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> publisher.publish(ARTICLE))
                    .isInstanceOf(BrokerUnavailableException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}

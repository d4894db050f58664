package dev.ipwire.ingest.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.contracts.ArticleReceived;
import dev.ipwire.contracts.KafkaTopics;
import dev.ipwire.ingest.registry.PipelineStage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ArticleLogRecordsTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final RecordingListener listener = new RecordingListener();
    private final ArticleLogRecords records = new ArticleLogRecords(listener, json);

    private static ConsumerRecord<String, byte[]> record(
            String topic, String key, byte[] value, RecordHeaders headers) {
        return new ConsumerRecord<>(
                topic,
                0,
                42,
                1_715_000_000_999L,
                TimestampType.CREATE_TIME,
                -1,
                -1,
                key,
                value,
                headers,
                Optional.empty());
    }

    private static ArticleReceived article(String id, long revision) {
        return new ArticleReceived(
                1,
                id,
                revision,
                Instant.parse("2024-05-16T00:00:00Z"),
                null,
                null,
                "text",
                "标题",
                null,
                null,
                "zh-Hans",
                List.of("第一段。"),
                "sha256:abc",
                "earlier",
                List.of(),
                null);
    }

    private static byte[] golden(String name) throws IOException {
        try (InputStream in =
                ArticleLogRecordsTest.class.getResourceAsStream("/ipwire/contracts/v1/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void rawRecordsAreReceivedArticles() {
        records.accept(
                record(
                        KafkaTopics.ARTICLES_RAW,
                        "a",
                        json.writeValueAsBytes(article("a", 7)),
                        new RecordHeaders()));

        assertThat(listener.received).containsExactly(article("a", 7));
    }

    @Test
    void theGoldenSamplesAreUnderstood() throws IOException {
        records.accept(
                record(
                        KafkaTopics.ARTICLES_RAW,
                        "k",
                        golden("article-received.json"),
                        new RecordHeaders()));
        records.accept(
                record(
                        KafkaTopics.ARTICLES_ENRICHED,
                        "k",
                        golden("article-enriched.json"),
                        new RecordHeaders()));

        assertThat(listener.received).hasSize(1);
        String id = listener.received.getFirst().id();
        assertThat(listener.enriched).containsExactly(id + "@1");
    }

    @Test
    void deadLetteredRecordsAreFailuresWithTheExceptionMessage() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("x-exception-message", "没有可分析的中文正文".getBytes(StandardCharsets.UTF_8));
        headers.add(
                "x-exception-fqcn",
                "dev.ipwire.nlp.enrichment.UnsupportedArticleException"
                        .getBytes(StandardCharsets.UTF_8));

        records.accept(
                record(KafkaTopics.DLQ_NLP, "a", json.writeValueAsBytes(article("a", 7)), headers));

        assertThat(listener.failed)
                .containsExactly(
                        new RecordingListener.Failed(
                                "a",
                                7L,
                                PipelineStage.NLP,
                                "没有可分析的中文正文",
                                Instant.ofEpochMilli(1_715_000_000_999L)));
    }

    @Test
    void anUnreadableDeadLetteredRecordStillFailsItsKeyWithAnUnknownRevision() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(
                "x-exception-fqcn",
                "java.lang.IllegalStateException".getBytes(StandardCharsets.UTF_8));

        records.accept(
                record(
                        KafkaTopics.DLQ_SEARCH,
                        "b",
                        "not json {".getBytes(StandardCharsets.UTF_8),
                        headers));

        assertThat(listener.failed)
                .singleElement()
                .satisfies(
                        failed -> {
                            assertThat(failed.id()).isEqualTo("b");
                            assertThat(failed.revision()).isNull();
                            assertThat(failed.stage()).isEqualTo(PipelineStage.SEARCH);
                            assertThat(failed.reason())
                                    .isEqualTo("java.lang.IllegalStateException");
                        });
    }

    @Test
    void veryLongReasonsAreCut() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("x-exception-message", "错".repeat(5_000).getBytes(StandardCharsets.UTF_8));

        records.accept(
                record(KafkaTopics.DLQ_NLP, "a", json.writeValueAsBytes(article("a", 7)), headers));

        assertThat(listener.failed.getFirst().reason()).hasSize(ArticleLogRecords.MAX_REASON + 1);
    }

    @Test
    void unreadableRecordsAndTombstonesAreSkipped() {
        records.accept(
                record(
                        KafkaTopics.ARTICLES_RAW,
                        "a",
                        "{\"id\":".getBytes(StandardCharsets.UTF_8),
                        new RecordHeaders()));
        records.accept(record(KafkaTopics.ARTICLES_RAW, "a", null, new RecordHeaders()));
        records.accept(
                record(
                        KafkaTopics.ARTICLES_ENRICHED,
                        "a",
                        "{\"title\":\"x\"}".getBytes(StandardCharsets.UTF_8),
                        new RecordHeaders()));
        records.accept(
                record(
                        KafkaTopics.DLQ_NLP,
                        null,
                        "[]".getBytes(StandardCharsets.UTF_8),
                        new RecordHeaders()));

        assertThat(listener.received).isEmpty();
        assertThat(listener.enriched).isEmpty();
        assertThat(listener.failed).isEmpty();
    }
}

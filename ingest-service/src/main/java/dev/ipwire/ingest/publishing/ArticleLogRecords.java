package dev.ipwire.ingest.publishing;

import dev.ipwire.contracts.ArticleReceived;
import dev.ipwire.contracts.KafkaTopics;
import dev.ipwire.ingest.registry.ArticleLogListener;
import dev.ipwire.ingest.registry.PipelineStage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one record of the pipeline's topics into what the registry learns from it: a received
 * revision ({@code articles.raw}), an enriched revision ({@code articles.enriched}) or a failure
 * (the dead-letter topics, reason from the {@code x-exception-message} header). A record that
 * cannot be read is logged and skipped.
 */
class ArticleLogRecords {

    /** Header the binder puts on dead-lettered records. */
    static final String EXCEPTION_MESSAGE = "x-exception-message";

    static final String EXCEPTION_CLASS = "x-exception-fqcn";

    /** Longest reason kept. */
    static final int MAX_REASON = 1000;

    private static final Logger log = LoggerFactory.getLogger(ArticleLogRecords.class);

    private final ArticleLogListener listener;
    private final JsonMapper json;

    ArticleLogRecords(ArticleLogListener listener, JsonMapper json) {
        this.listener = listener;
        this.json = json;
    }

    void accept(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return; // a tombstone: nothing to learn
        }
        try {
            switch (record.topic()) {
                case KafkaTopics.ARTICLES_RAW -> received(record);
                case KafkaTopics.ARTICLES_ENRICHED -> enriched(record);
                case KafkaTopics.DLQ_NLP -> failed(record, PipelineStage.NLP);
                case KafkaTopics.DLQ_SEARCH -> failed(record, PipelineStage.SEARCH);
                default -> log.debug("ignoring a record of topic {}", record.topic());
            }
        } catch (JacksonException | IllegalArgumentException e) {
            log.warn(
                    "skipping unreadable record {}-{}@{} (key {}): {}",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    record.key(),
                    e.getMessage());
        }
    }

    private void received(ConsumerRecord<String, byte[]> record) {
        ArticleReceived article = json.readValue(record.value(), ArticleReceived.class);
        if (article.id() == null || article.revision() <= 0) {
            throw new IllegalArgumentException("no id or revision");
        }
        listener.received(article);
    }

    private void enriched(ConsumerRecord<String, byte[]> record) {
        JsonNode article = json.readTree(record.value());
        String id = text(article.get("id"), record.key());
        JsonNode revision = article.get("revision");
        if (id == null || revision == null || !revision.isIntegralNumber()) {
            throw new IllegalArgumentException("no id or revision");
        }
        listener.enriched(id, revision.asLong());
    }

    private void failed(ConsumerRecord<String, byte[]> record, PipelineStage stage) {
        String id = record.key();
        Long revision = null;
        try {
            // The failed record as the stage received it; it may be what made the stage fail.
            JsonNode article = json.readTree(record.value());
            JsonNode value = article.get("revision");
            if (value != null && value.isIntegralNumber()) {
                revision = value.asLong();
            }
            id = text(article.get("id"), id);
        } catch (JacksonException e) {
            log.debug("dead-lettered record of {} is not JSON; its revision is unknown", id);
        }
        if (id == null) {
            throw new IllegalArgumentException("a dead-lettered record without key or id");
        }
        listener.failed(
                id,
                revision,
                stage,
                reason(record),
                Instant.ofEpochMilli(Math.max(0, record.timestamp())));
    }

    private static String reason(ConsumerRecord<String, byte[]> record) {
        String message = header(record, EXCEPTION_MESSAGE);
        if (message == null || message.isBlank()) {
            String type = header(record, EXCEPTION_CLASS);
            message =
                    type != null
                            ? type
                            : "dead-lettered to " + record.topic() + " without a reason";
        }
        String reason = message.strip();
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON) + "…";
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null
                ? null
                : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String text(JsonNode node, String fallback) {
        return node != null && node.isString() ? node.asString() : fallback;
    }
}

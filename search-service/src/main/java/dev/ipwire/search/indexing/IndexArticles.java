package dev.ipwire.search.indexing;

import dev.ipwire.contracts.ArticleEnriched;
import dev.ipwire.stream.failures.MalformedRecordException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stream consumer: {@code articles.enriched} → Elasticsearch, a poll at a time. Bound as {@code
 * index} ({@code index-in-0}, {@code batch-mode}); the values arrive as bytes and are read here, so
 * a record that is not an article fails alone instead of the whole poll. Everything else is {@link
 * IndexArticle#acceptAll}: when it stops at an article, this throws Spring Kafka's {@link
 * BatchListenerFailedException} with that article's position, so the container commits the ones
 * before it and hands that one to the failure policy (deadletters.StreamErrorHandling) exactly as
 * if it had come alone.
 */
@Component("index")
public class IndexArticles implements Consumer<Message<List<byte[]>>> {

    /** Header ingest-service sets and nlp-service carries over. */
    static final String TRACE_HEADER = "ipwire-trace-id";

    static final String MDC_TRACE = "traceId";
    static final String MDC_ARTICLE = "articleId";

    private final IndexArticle indexArticle;
    private final JsonMapper json;

    public IndexArticles(IndexArticle indexArticle, JsonMapper json) {
        this.indexArticle = indexArticle;
        this.json = json;
    }

    @Override
    public void accept(Message<List<byte[]>> poll) {
        List<byte[]> values = poll.getPayload();
        List<?> offsets = poll.getHeaders().get(KafkaHeaders.OFFSET, List.class);
        if (offsets != null && offsets.size() != values.size()) {
            // never commit a poll some of whose records were lost on the way here
            throw new IllegalStateException(
                    "the binder handed over "
                            + values.size()
                            + " values for "
                            + offsets.size()
                            + " records; the binding's content-type must be"
                            + " application/octet-stream");
        }
        List<Map<String, String>> logContext = logContext(poll, values.size());
        List<ArticleEnriched> articles = new ArrayList<>(values.size());
        RuntimeException unreadable = null;
        for (byte[] value : values) {
            try {
                articles.add(read(value));
            } catch (MalformedRecordException e) {
                unreadable = e;
                break;
            }
        }
        try {
            indexArticle.acceptAll(articles, logContext);
        } catch (IndexArticle.StoppedAt stopped) {
            throw new BatchListenerFailedException(
                    stopped.getMessage(), stopped.failure(), stopped.position());
        }
        if (unreadable != null) {
            throw new BatchListenerFailedException(
                    unreadable.getMessage(), unreadable, articles.size());
        }
    }

    private ArticleEnriched read(byte[] value) {
        if (value == null) {
            throw new MalformedRecordException("the record has no value");
        }
        try {
            ArticleEnriched article = json.readValue(value, ArticleEnriched.class);
            if (article == null) {
                throw new MalformedRecordException("the value is JSON null, not an article");
            }
            return article;
        } catch (JacksonException e) {
            throw new MalformedRecordException(
                    "the value is not an enriched article: " + e.getOriginalMessage(), e);
        }
    }

    /** Each record's trace id and key, for the logging MDC while it is indexed. */
    private static List<Map<String, String>> logContext(Message<?> poll, int size) {
        List<?> headers = poll.getHeaders().get(KafkaHeaders.BATCH_CONVERTED_HEADERS, List.class);
        List<?> keys = poll.getHeaders().get(KafkaHeaders.RECEIVED_KEY, List.class);
        List<Map<String, String>> contexts = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Map<String, String> context = new HashMap<>();
            Object trace =
                    headers != null && i < headers.size() && headers.get(i) instanceof Map<?, ?> h
                            ? h.get(TRACE_HEADER)
                            : null;
            String traceId = text(trace);
            context.put(
                    MDC_TRACE,
                    traceId != null ? traceId : UUID.randomUUID().toString().replace("-", ""));
            String key = keys != null && i < keys.size() ? text(keys.get(i)) : null;
            if (key != null) {
                context.put(MDC_ARTICLE, key);
            }
            contexts.add(context);
        }
        return contexts;
    }

    private static String text(Object value) {
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }
}

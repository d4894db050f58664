package dev.ipwire.search.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import dev.ipwire.contracts.ArticleEnriched;
import dev.ipwire.search.retry.BackoffSchedule;
import dev.ipwire.search.retry.Retrier;
import dev.ipwire.search.text.SearchSegmenter;
import dev.ipwire.stream.failures.MalformedRecordException;
import dev.ipwire.stream.failures.StreamFailureProperties;
import dev.ipwire.stream.failures.TransientFailureException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes enriched articles to the index, idempotently: the document version is the article's {@link
 * ArticleVersion} (revision, then enrichment generation; {@code version_type=external}), so an
 * older revision never overwrites a newer one, a re-enrichment of the same revision replaces the
 * first, and a replayed record is a no-op. Each write goes through the service's {@link Retrier}: a
 * write that fails for a passing reason (Elasticsearch unreachable, 429, 5xx) is tried again with
 * backoff and jitter ({@code ipwire.stream.retry}); when the attempts run out it throws {@link
 * TransientFailureException} and the consumer keeps the record and tries it again later (never the
 * dead-letter topic). A document Elasticsearch refuses (400, 413) is malformed ({@link
 * MalformedRecordException}).
 */
@Component
public class ArticleIndexer {

    private static final Logger log = LoggerFactory.getLogger(ArticleIndexer.class);

    private final ElasticsearchClient client;
    private final ArticleIndex index;
    private final SearchSegmenter segmenter;
    private final JsonMapper json;
    private final BackoffSchedule schedule;

    public ArticleIndexer(
            ElasticsearchClient client,
            ArticleIndex index,
            SearchSegmenter segmenter,
            JsonMapper json,
            StreamFailureProperties failures) {
        this.client = client;
        this.index = index;
        this.segmenter = segmenter;
        this.json = json;
        StreamFailureProperties.Retry retry = failures.retry();
        this.schedule =
                new BackoffSchedule(
                        retry.maxAttempts(),
                        retry.initialBackoff(),
                        retry.maxBackoff(),
                        retry.multiplier(),
                        retry.jitter());
    }

    /**
     * Indexes one article; returns false when the index already holds the same or a newer version
     * (revision, then enrichment generation).
     *
     * @throws MalformedRecordException when Elasticsearch refuses the document
     * @throws TransientFailureException when Elasticsearch stayed unavailable through every attempt
     */
    public boolean index(ArticleEnriched article) {
        Map<String, Object> document = IndexDocument.of(article, segmenter, json);
        ArticleVersion version = ArticleVersion.of(article);
        String what = "indexing article " + article.id() + " " + version;
        try {
            return Retrier.run(
                    what,
                    0,
                    schedule.waitsAfter(0),
                    ArticleIndexer::isPassing,
                    () -> write(article, version, document));
        } catch (RetryException e) {
            Throwable last = e.getLastException() != null ? e.getLastException() : e.getCause();
            if (last instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                throw new TransientFailureException(what + " was interrupted", last);
            }
            if (isPassing(last)) {
                throw new TransientFailureException(
                        what
                                + " failed after "
                                + schedule.maxAttempts()
                                + " attempts: "
                                + last.getMessage(),
                        last);
            }
            if (last instanceof ElasticsearchException refused
                    && (refused.status() == 400 || refused.status() == 413)) {
                throw new MalformedRecordException(
                        what + ": Elasticsearch refused the document: " + refused.getMessage(),
                        refused);
            }
            if (last instanceof RuntimeException unexpected) {
                throw unexpected;
            }
            throw new IllegalStateException(what + " failed: " + last, last);
        }
    }

    private boolean write(
            ArticleEnriched article, ArticleVersion version, Map<String, Object> document)
            throws IOException {
        index.ensureReady();
        try {
            client.index(
                    i ->
                            i.index(ArticleIndex.ALIAS)
                                    .id(article.id())
                                    .version(version.external())
                                    .versionType(VersionType.External)
                                    .document(document));
            log.info("indexed article {} {}", article.id(), version);
            return true;
        } catch (ElasticsearchException e) {
            if (e.status() == 409) {
                log.info(
                        "article {} {} not indexed: the index already holds this or a newer"
                                + " version",
                        article.id(),
                        version);
                return false;
            }
            throw e;
        }
    }

    /** Failures that pass by themselves: worth another attempt. */
    static boolean isPassing(Throwable failure) {
        if (failure instanceof ElasticsearchException e) {
            return e.status() == 429 || e.status() >= 500;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof UncheckedIOException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}

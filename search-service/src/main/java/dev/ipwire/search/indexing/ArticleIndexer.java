package dev.ipwire.search.indexing;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import dev.ipwire.contracts.ArticleEnriched;
import dev.ipwire.search.retry.BackoffSchedule;
import dev.ipwire.search.retry.Retrier;
import dev.ipwire.stream.failures.MalformedRecordException;
import dev.ipwire.stream.failures.StreamFailureProperties;
import dev.ipwire.stream.failures.TransientFailureException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.retry.RetryException;
import org.springframework.stereotype.Component;

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

    private final ArticleIndex index;
    private final ArticleBulkWriter bulk;
    private final BackoffSchedule schedule;

    public ArticleIndexer(
            ArticleIndex index, ArticleBulkWriter bulk, StreamFailureProperties failures) {
        this.index = index;
        this.bulk = bulk;
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
        Indexed indexed = indexAll(List.of(article));
        if (indexed.failure() != null) {
            throw indexed.failure();
        }
        return indexed.written().getFirst();
    }

    /**
     * What indexing several articles did, in their order, up to the first that failed.
     *
     * @param written for each article before the failure: true when the index took it as new, false
     *     when it already held this or a newer version
     * @param failure why the article at {@code written.size()} was not indexed ({@link
     *     MalformedRecordException}, {@link TransientFailureException}, or an unexpected failure);
     *     null when every article was indexed. Articles after it may have been written too: their
     *     writes are idempotent, so they are simply written again when they come back.
     */
    public record Indexed(List<Boolean> written, RuntimeException failure) {}

    /**
     * Indexes articles with bulk requests, checking every item; items Elasticsearch could not take
     * for a passing reason (429, 5xx, unreachable) are sent again with the same backoff as a single
     * write ({@code ipwire.stream.retry}). Two versions of one article in one call are written in
     * their order.
     */
    public Indexed indexAll(List<ArticleEnriched> articles) {
        if (articles.isEmpty()) {
            return new Indexed(List.of(), null);
        }
        Boolean[] written = new Boolean[articles.size()];
        RuntimeException[] failed = new RuntimeException[articles.size()];
        String what =
                articles.size() == 1
                        ? "indexing article " + articles.getFirst().id()
                        : "indexing "
                                + articles.size()
                                + " articles ("
                                + articles.getFirst().id()
                                + " … "
                                + articles.getLast().id()
                                + ")";
        try {
            Retrier.run(
                    what,
                    0,
                    schedule.waitsAfter(0),
                    ArticleIndexer::isPassing,
                    () -> {
                        writePending(articles, written, failed);
                        return null;
                    });
        } catch (RetryException e) {
            Throwable last = e.getLastException() != null ? e.getLastException() : e.getCause();
            RuntimeException failure;
            if (last instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                failure = new TransientFailureException(what + " was interrupted", last);
            } else if (isPassing(last)) {
                failure =
                        new TransientFailureException(
                                what
                                        + " failed after "
                                        + schedule.maxAttempts()
                                        + " attempts: "
                                        + last.getMessage(),
                                last);
            } else if (last instanceof RuntimeException unexpected) {
                failure = unexpected;
            } else {
                failure = new IllegalStateException(what + " failed: " + last, last);
            }
            for (int i = 0; i < articles.size(); i++) {
                if (written[i] == null && failed[i] == null) {
                    failed[i] = failure;
                }
            }
        }
        List<Boolean> done = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            if (failed[i] != null) {
                return new Indexed(List.copyOf(done), failed[i]);
            }
            done.add(written[i]);
        }
        return new Indexed(List.copyOf(done), null);
    }

    /** One attempt: sends the articles not yet settled; throws if some must be tried again. */
    private void writePending(
            List<ArticleEnriched> articles, Boolean[] written, RuntimeException[] failed)
            throws IOException {
        index.ensureReady();
        List<Integer> positions = new ArrayList<>();
        List<ArticleEnriched> pending = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            if (written[i] == null && failed[i] == null) {
                positions.add(i);
                pending.add(articles.get(i));
            }
        }
        List<ArticleBulkWriter.ItemOutcome> outcomes;
        try {
            outcomes = bulk.writeEach(ArticleIndex.ALIAS, pending);
        } catch (ElasticsearchException refused) {
            if (!isRefusal(refused)) {
                throw refused;
            }
            // the request as a whole was refused: find the article(s) to blame, one at a time
            outcomes = new ArrayList<>();
            for (ArticleEnriched article : pending) {
                try {
                    outcomes.addAll(bulk.writeEach(ArticleIndex.ALIAS, List.of(article)));
                } catch (ElasticsearchException alone) {
                    if (!isRefusal(alone)) {
                        throw alone;
                    }
                    outcomes.add(
                            new ArticleBulkWriter.ItemOutcome(
                                    article.id(), alone.status(), alone.getMessage()));
                }
            }
        }
        int busy = 0;
        String busyReason = null;
        for (int k = 0; k < outcomes.size(); k++) {
            ArticleBulkWriter.ItemOutcome item = outcomes.get(k);
            int position = positions.get(k);
            ArticleEnriched article = articles.get(position);
            String version = ArticleVersion.of(article).toString();
            if (item.written()) {
                written[position] = true;
            } else if (item.unchanged()) {
                written[position] = false;
            } else if (item.transient_()) {
                busy++;
                busyReason = item.status() + " " + item.reason();
            } else if (item.status() == 0 || item.status() == 400 || item.status() == 413) {
                failed[position] =
                        new MalformedRecordException(
                                "indexing article "
                                        + article.id()
                                        + " "
                                        + version
                                        + ": Elasticsearch refused the document: "
                                        + item.reason());
            } else {
                failed[position] =
                        new IllegalStateException(
                                "indexing article "
                                        + article.id()
                                        + " "
                                        + version
                                        + ": Elasticsearch answered "
                                        + item.status()
                                        + " "
                                        + item.reason());
            }
        }
        if (busy > 0) {
            throw new IOException(
                    busy
                            + " of "
                            + outcomes.size()
                            + " articles not taken this time ("
                            + busyReason
                            + ")");
        }
    }

    /** Elasticsearch refused the request as a whole for what it holds. */
    private static boolean isRefusal(ElasticsearchException e) {
        return e.status() == 400 || e.status() == 413;
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

package dev.ipwire.search.indexing;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import dev.ipwire.contracts.ArticleEnriched;
import dev.ipwire.contracts.ArticleReceived;
import dev.ipwire.stream.failures.MalformedRecordException;
import dev.ipwire.stream.failures.TransientFailureException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Indexes enriched articles: {@link IndexingHook}s run around each write. A record with an
 * unsupported {@code schemaVersion} or no id is malformed: the failure policy handles it ({@code
 * ipwire.stream.failure-policy}). The stream consumer ({@link IndexArticles}) hands it each poll at
 * once ({@link #acceptAll}): one bulk request instead of one request per article.
 */
@Component
public class IndexArticle implements Consumer<ArticleEnriched> {

    /**
     * Indexing stopped at an article: the ones before it are indexed and their hooks have run; it
     * and the ones after it are to be handed over again (their writes are idempotent).
     */
    public static final class StoppedAt extends RuntimeException {

        private final int position;

        StoppedAt(int position, RuntimeException cause) {
            super(cause.getMessage(), cause);
            this.position = position;
        }

        /** Index of the article that failed in the list given to {@link #acceptAll}. */
        public int position() {
            return position;
        }

        /** Why that article failed. */
        public RuntimeException failure() {
            return (RuntimeException) getCause();
        }
    }

    private static final Logger log = LoggerFactory.getLogger(IndexArticle.class);

    private final ArticleIndexer indexer;
    private final ObjectProvider<IndexingHook> hooks;

    public IndexArticle(ArticleIndexer indexer, ObjectProvider<IndexingHook> hooks) {
        this.indexer = indexer;
        this.hooks = hooks;
    }

    /** Indexes one article; throws what made it fail. */
    @Override
    public void accept(ArticleEnriched article) {
        try {
            acceptAll(List.of(article));
        } catch (StoppedAt stopped) {
            throw stopped.failure();
        }
    }

    /**
     * Indexes articles in order, with as few bulk requests as their ids allow (two versions of one
     * article go in separate requests, so hooks see them one after the other).
     *
     * @param logContext for each article, what to put in the logging MDC while its hooks run and
     *     its outcome is logged (its trace id); may be empty
     * @throws StoppedAt at the first article that failed
     */
    public void acceptAll(List<ArticleEnriched> articles, List<Map<String, String>> logContext) {
        int from = 0;
        while (from < articles.size()) {
            Set<String> ids = new HashSet<>();
            int to = from;
            while (to < articles.size() && ids.add(String.valueOf(articles.get(to).id()))) {
                to++;
            }
            writeRun(articles, from, to, logContext);
            from = to;
        }
    }

    /** Indexes articles without a log context of their own. */
    public void acceptAll(List<ArticleEnriched> articles) {
        acceptAll(articles, List.of());
    }

    /** Articles {@code from} (inclusive) to {@code to}, whose ids are distinct. */
    private void writeRun(
            List<ArticleEnriched> all, int from, int to, List<Map<String, String>> logContext) {
        List<ArticleEnriched> articles = all.subList(from, to);
        List<List<IndexingHook.AfterWrite>> afterWrites = new ArrayList<>();
        RuntimeException refused = null;
        for (int i = 0; i < articles.size(); i++) {
            ArticleEnriched article = articles.get(i);
            try (LogContext ignored = LogContext.of(logContext, from + i)) {
                check(article);
                afterWrites.add(
                        passingIsTransient(
                                describe(article),
                                () ->
                                        hooks.orderedStream()
                                                .map(hook -> hook.beforeWrite(article))
                                                .toList()));
            } catch (RuntimeException e) {
                refused = e;
                break;
            }
        }
        int accepted = afterWrites.size();
        ArticleIndexer.Indexed indexed;
        // a lone article's retries are logged in its own context
        try (LogContext ignored =
                accepted == 1 ? LogContext.of(logContext, from) : LogContext.NONE) {
            indexed =
                    accepted == 0
                            ? new ArticleIndexer.Indexed(List.of(), null)
                            : indexer.indexAll(articles.subList(0, accepted));
        }
        List<Boolean> written = indexed.written();
        for (int i = 0; i < written.size(); i++) {
            ArticleEnriched article = articles.get(i);
            boolean isNew = written.get(i);
            List<IndexingHook.AfterWrite> steps = afterWrites.get(i);
            try (LogContext ignored = LogContext.of(logContext, from + i)) {
                if (isNew) {
                    log.info("indexed article {} {}", article.id(), ArticleVersion.of(article));
                } else {
                    log.info(
                            "article {} {} not indexed: the index already holds this or a newer"
                                    + " version",
                            article.id(),
                            ArticleVersion.of(article));
                }
                passingIsTransient(
                        describe(article),
                        () -> {
                            steps.forEach(step -> step.afterWrite(isNew));
                            return null;
                        });
            } catch (RuntimeException e) {
                throw new StoppedAt(from + i, e);
            }
        }
        if (indexed.failure() != null) {
            throw new StoppedAt(from + written.size(), indexed.failure());
        }
        if (refused != null) {
            throw new StoppedAt(from + accepted, refused);
        }
    }

    /** An article's entries in the logging MDC, removed again on close. */
    private record LogContext(Set<String> keys) implements AutoCloseable {

        static final LogContext NONE = new LogContext(Set.of());

        static LogContext of(List<Map<String, String>> contexts, int position) {
            if (position >= contexts.size() || contexts.get(position) == null) {
                return NONE;
            }
            Map<String, String> entries = contexts.get(position);
            entries.forEach(MDC::put);
            return new LogContext(entries.keySet());
        }

        @Override
        public void close() {
            keys.forEach(MDC::remove);
        }
    }

    private static void check(ArticleEnriched article) {
        if (article.schemaVersion() != ArticleReceived.SCHEMA_VERSION) {
            throw new MalformedRecordException(
                    "schemaVersion "
                            + article.schemaVersion()
                            + " is not supported (this service reads "
                            + ArticleReceived.SCHEMA_VERSION
                            + ")");
        }
        if (article.id() == null || article.id().isBlank()) {
            throw new MalformedRecordException("the article has no id");
        }
    }

    private static String describe(ArticleEnriched article) {
        return "article " + article.id() + " revision " + article.revision();
    }

    /**
     * Hooks write to Elasticsearch too: an unavailable Elasticsearch there (429, 5xx) is a passing
     * failure like in the indexer, so the record waits instead of being dead-lettered.
     */
    private static <T> T passingIsTransient(String what, Supplier<T> step) {
        try {
            return step.get();
        } catch (ElasticsearchException e) {
            if (ArticleIndexer.isPassing(e)) {
                throw new TransientFailureException(
                        "indexing hooks of " + what + ": " + e.getMessage(), e);
            }
            throw e;
        }
    }
}

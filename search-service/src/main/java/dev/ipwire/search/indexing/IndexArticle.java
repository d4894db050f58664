package dev.ipwire.search.indexing;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import dev.ipwire.contracts.ArticleEnriched;
import dev.ipwire.contracts.ArticleReceived;
import dev.ipwire.stream.failures.MalformedRecordException;
import dev.ipwire.stream.failures.TransientFailureException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The stream consumer: {@code articles.enriched} → Elasticsearch. Bound as {@code index} ({@code
 * index-in-0}). {@link IndexingHook}s run around each write. A record with an unsupported {@code
 * schemaVersion} or no id is malformed: the failure policy handles it ({@code
 * ipwire.stream.failure-policy}).
 */
@Component("index")
public class IndexArticle implements Consumer<ArticleEnriched> {

    private final ArticleIndexer indexer;
    private final ObjectProvider<IndexingHook> hooks;

    public IndexArticle(ArticleIndexer indexer, ObjectProvider<IndexingHook> hooks) {
        this.indexer = indexer;
        this.hooks = hooks;
    }

    @Override
    public void accept(ArticleEnriched article) {
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
        String what = "article " + article.id() + " revision " + article.revision();
        List<IndexingHook.AfterWrite> after =
                passingIsTransient(
                        what,
                        () ->
                                hooks.orderedStream()
                                        .map(hook -> hook.beforeWrite(article))
                                        .toList());
        boolean written = indexer.index(article);
        passingIsTransient(
                what,
                () -> {
                    after.forEach(step -> step.afterWrite(written));
                    return null;
                });
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

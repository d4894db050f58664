package dev.ipwire.search.alerts;

import dev.ipwire.contracts.ArticleEnriched;
import dev.ipwire.search.indexing.IndexingHook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Alerts' part of the stream consumer's write: decides, with the checks ledger, whether the article
 * revision is new content (see {@link NewContent}) and if so queues it for matching. Runs before
 * the record's offset is committed, so a failure here fails the record and it is retried. When
 * there are no alerts at all, it does nothing.
 */
@Component
class NewArticleHook implements IndexingHook {

    private final AlertRegistry registry;
    private final ArticleChecks checks;
    private final AlertMatcher matcher;

    NewArticleHook(AlertRegistry registry, ArticleChecks checks, AlertMatcher matcher) {
        this.registry = registry;
        this.checks = checks;
        this.matcher = matcher;
    }

    @Override
    public AfterWrite beforeWrite(ArticleEnriched article) {
        if (!registry.mayHaveAlerts()) {
            return AfterWrite.NOTHING;
        }
        String id = article.id();
        long revision = article.revision();
        NewContent.Before before;
        try {
            before =
                    checks.markPending(id, revision)
                            ? NewContent.Before.MARKED_PENDING
                            : NewContent.existing(checks.find(id), revision);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "recording article " + id + " for alert matching failed: " + e.getMessage(), e);
        }
        return written -> {
            switch (NewContent.after(before, written)) {
                case MATCH -> matcher.enqueue(id, revision);
                case MARK_DONE -> markDone(id, revision);
                case NOTHING -> {}
            }
        };
    }

    private void markDone(String id, long revision) {
        try {
            checks.markDone(Map.of(id, revision));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "recording article " + id + " as checked failed: " + e.getMessage(), e);
        }
    }
}

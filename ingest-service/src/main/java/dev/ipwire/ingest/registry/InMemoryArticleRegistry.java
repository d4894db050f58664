package dev.ipwire.ingest.registry;

import dev.ipwire.contracts.ArticleReceived;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Remembers what this instance accepted, in memory. Knows no near-duplicates and only the
 * "received" state (replaced by the Kafka-backed registry).
 */
@Component
class InMemoryArticleRegistry implements ArticleRegistry {

    private final Map<String, Long> revisions = new ConcurrentHashMap<>();

    @Override
    public Optional<String> nearDuplicateOf(String id, String title, List<String> paragraphs) {
        return Optional.empty();
    }

    @Override
    public void remember(ArticleReceived article) {
        revisions.merge(article.id(), article.revision(), Math::max);
    }

    @Override
    public Optional<ArticleStatus> status(String id) {
        Long revision = revisions.get(id);
        return revision == null
                ? Optional.empty()
                : Optional.of(new ArticleStatus(id, "received", revision, null, null, null));
    }
}

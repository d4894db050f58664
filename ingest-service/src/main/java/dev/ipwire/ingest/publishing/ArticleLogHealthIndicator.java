package dev.ipwire.ingest.publishing;

import java.util.Locale;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness of the article registry: down until the {@link ArticleLogReader} has replayed what the
 * pipeline's topics held at start-up (before that, near-duplicates of earlier articles and their
 * statuses may be missed), up from then on.
 */
@Component("articleLog")
class ArticleLogHealthIndicator implements HealthIndicator {

    private final ArticleLogReader reader;

    ArticleLogHealthIndicator(ArticleLogReader reader) {
        this.reader = reader;
    }

    @Override
    public Health health() {
        ArticleLogReader.Progress progress = reader.progress();
        Health.Builder health =
                progress.phase() == ArticleLogReader.Phase.CAUGHT_UP ? Health.up() : Health.down();
        health.withDetail("phase", progress.phase().name().toLowerCase(Locale.ROOT))
                .withDetail("recordsRead", progress.recordsRead())
                .withDetail("topics", progress.topics());
        if (progress.remaining() > 0) {
            health.withDetail("remaining", progress.remaining());
        }
        if (progress.problem() != null) {
            health.withDetail("retrying", progress.problem());
        }
        return health.build();
    }
}

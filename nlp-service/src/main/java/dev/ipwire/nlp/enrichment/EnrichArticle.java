package dev.ipwire.nlp.enrichment;

import dev.ipwire.contracts.ArticleEnriched;
import dev.ipwire.contracts.ArticleReceived;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The stream function: {@code articles.raw} → {@code articles.enriched}. Bound as {@code enrich}
 * ({@code enrich-in-0}, {@code enrich-out-0}); the output keeps the input's Kafka key.
 */
@Component("enrich")
public class EnrichArticle implements Function<ArticleReceived, ArticleEnriched> {

    private static final Logger log = LoggerFactory.getLogger(EnrichArticle.class);

    private final Enricher enricher;

    public EnrichArticle(Enricher enricher) {
        this.enricher = enricher;
    }

    @Override
    public ArticleEnriched apply(ArticleReceived article) {
        if (article.schemaVersion() != ArticleReceived.SCHEMA_VERSION) {
            throw new UnsupportedArticleException(
                    "schemaVersion "
                            + article.schemaVersion()
                            + " is not supported (this service reads "
                            + ArticleReceived.SCHEMA_VERSION
                            + ")");
        }
        if (article.id() == null || article.id().isBlank()) {
            throw new UnsupportedArticleException("the article has no id");
        }
        long started = System.nanoTime();
        ArticleEnriched enriched =
                ArticleEnriched.of(article, enricher.enrich(article.title(), article.paragraphs()));
        log.info(
                "enriched article {} revision {} in {} ms: topics {}, {} persons, {} places, {}"
                        + " organizations",
                article.id(),
                article.revision(),
                (System.nanoTime() - started) / 1_000_000,
                enriched.topics().stream().map(t -> t.name()).toList(),
                enriched.entities().person().size(),
                enriched.entities().place().size(),
                enriched.entities().organization().size());
        return enriched;
    }
}

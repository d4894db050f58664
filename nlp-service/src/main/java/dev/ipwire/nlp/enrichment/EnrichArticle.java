package dev.ipwire.nlp.enrichment;

import dev.ipwire.contracts.ArticleEnriched;
import dev.ipwire.contracts.ArticleReceived;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The stream function: {@code articles.raw} → {@code articles.enriched}. Bound as {@code enrich}
 * ({@code enrich-in-0}, {@code enrich-out-0}); the output keeps the input's Kafka key.
 */
@Component("enrich")
public class EnrichArticle implements Function<ArticleReceived, ArticleEnriched> {

    private static final Logger log = LoggerFactory.getLogger(EnrichArticle.class);

    private final Enricher enricher;
    private final EnrichmentLimits limits;

    @Autowired
    public EnrichArticle(Enricher enricher, EnrichmentLimits limits) {
        this.enricher = enricher;
        this.limits = limits;
    }

    /** With the default limits, for code without an application context. */
    public EnrichArticle(Enricher enricher) {
        this(enricher, EnrichmentLimits.DEFAULTS);
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
        checkLimits(article);
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

    private void checkLimits(ArticleReceived article) {
        long total = article.title() == null ? 0 : article.title().length();
        if (total > limits.maxParagraphLength()) {
            throw new UnsupportedArticleException(
                    "the title has "
                            + total
                            + " characters; the limit is "
                            + limits.maxParagraphLength()
                            + " (ipwire.nlp.limits.max-paragraph-length)");
        }
        List<String> paragraphs = article.paragraphs() == null ? List.of() : article.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            int length = paragraphs.get(i) == null ? 0 : paragraphs.get(i).length();
            if (length > limits.maxParagraphLength()) {
                throw new UnsupportedArticleException(
                        "paragraph "
                                + i
                                + " has "
                                + length
                                + " characters; the limit is "
                                + limits.maxParagraphLength()
                                + " (ipwire.nlp.limits.max-paragraph-length)");
            }
            total += length;
        }
        if (total > limits.maxArticleLength()) {
            throw new UnsupportedArticleException(
                    "the article has "
                            + total
                            + " characters; the limit is "
                            + limits.maxArticleLength()
                            + " (ipwire.nlp.limits.max-article-length)");
        }
    }
}

package dev.ipwire.nlp.enrichment;

import dev.ipwire.contracts.Enrichment;
import dev.ipwire.contracts.Topic;
import dev.ipwire.nlp.analysis.AnalyzedArticle;
import dev.ipwire.nlp.analysis.ArticleAnalyzer;
import dev.ipwire.nlp.entities.EntityExtractor;
import dev.ipwire.nlp.figures.AmountExtractor;
import dev.ipwire.nlp.keywords.KeywordExtractor;
import dev.ipwire.nlp.topics.TopicScorer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** Computes the enrichment of one article's title and paragraphs. */
@Component
public class Enricher {

    private final ArticleAnalyzer analyzer;
    private final EntityExtractor entities;
    private final TopicScorer topics;
    private final KeywordExtractor keywords;
    private final AmountExtractor amounts;
    private final NlpVersion version;
    private final Clock clock = Clock.systemUTC();

    public Enricher(
            ArticleAnalyzer analyzer,
            EntityExtractor entities,
            TopicScorer topics,
            KeywordExtractor keywords,
            AmountExtractor amounts,
            NlpVersion version) {
        this.analyzer = analyzer;
        this.entities = entities;
        this.topics = topics;
        this.keywords = keywords;
        this.amounts = amounts;
        this.version = version;
    }

    public Enrichment enrich(String title, List<String> paragraphs) {
        AnalyzedArticle article = analyzer.analyze(title, paragraphs);
        EntityExtractor.Found found = entities.extract(article, java.util.Map.of());
        List<Topic> labeled = topics.score(article);
        return new Enrichment(
                found.entities(),
                found.regions(),
                labeled,
                TopicScorer.primary(labeled),
                keywords.keywords(article),
                keywords.summary(article),
                amounts.extract(article),
                List.of(),
                Instant.now(clock),
                version.value());
    }
}

package dev.ipwire.nlp.enrichment;

import dev.ipwire.contracts.Enrichment;
import dev.ipwire.nlp.analysis.AnalyzedArticle;
import dev.ipwire.nlp.analysis.ArticleAnalyzer;
import dev.ipwire.nlp.analysis.DomainLexicon;
import dev.ipwire.nlp.analysis.HanlpSegmenter;
import dev.ipwire.nlp.entities.EntityExtractor;
import dev.ipwire.nlp.entities.GiProductRecognizer;
import dev.ipwire.nlp.entities.OrganizationRecognizer;
import dev.ipwire.nlp.entities.PersonRecognizer;
import dev.ipwire.nlp.entities.PlaceGazetteer;
import dev.ipwire.nlp.figures.AmountExtractor;
import dev.ipwire.nlp.keywords.BackgroundCorpus;
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
    private final GiProductRecognizer giProducts;
    private final TopicScorer topics;
    private final KeywordExtractor keywords;
    private final AmountExtractor amounts;
    private final NlpVersion version;
    private final Clock clock = Clock.systemUTC();

    public Enricher(
            ArticleAnalyzer analyzer,
            EntityExtractor entities,
            GiProductRecognizer giProducts,
            TopicScorer topics,
            KeywordExtractor keywords,
            AmountExtractor amounts,
            NlpVersion version) {
        this.analyzer = analyzer;
        this.entities = entities;
        this.giProducts = giProducts;
        this.topics = topics;
        this.keywords = keywords;
        this.amounts = amounts;
        this.version = version;
    }

    /**
     * An enricher wired by hand with the shipped dictionaries, the same parts Spring wires, for
     * tools, benchmarks and evaluations that run without an application context.
     */
    public static Enricher createDefault() {
        DomainLexicon domainTerms = DomainLexicon.load(DomainLexicon.DOMAIN_TERMS);
        PlaceGazetteer gazetteer = new PlaceGazetteer();
        return new Enricher(
                new ArticleAnalyzer(new HanlpSegmenter(domainTerms)),
                new EntityExtractor(
                        new OrganizationRecognizer(gazetteer, domainTerms),
                        new PersonRecognizer(gazetteer),
                        gazetteer),
                new GiProductRecognizer(gazetteer),
                new TopicScorer(),
                new KeywordExtractor(BackgroundCorpus.load(BackgroundCorpus.DEFAULT)),
                new AmountExtractor(),
                new NlpVersion());
    }

    public Enrichment enrich(String title, List<String> paragraphs) {
        AnalyzedArticle article = analyzer.analyze(title, paragraphs);
        GiProductRecognizer.Found products = giProducts.find(article);
        // Product names are not places: 洛川 of 洛川苹果 stays out of the places.
        EntityExtractor.Found found = entities.extract(article, products.spans());
        TopicScorer.Assessment assessment = topics.assess(article);
        KeywordExtractor.Digest digest = keywords.digest(article);
        return new Enrichment(
                found.entities(),
                found.regions(),
                assessment.topics(),
                assessment.primary(),
                digest.keywords(),
                digest.summary(),
                amounts.extract(article),
                products.products(),
                Instant.now(clock),
                version.value());
    }
}

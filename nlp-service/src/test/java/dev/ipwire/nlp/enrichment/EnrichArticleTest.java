package dev.ipwire.nlp.enrichment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.ipwire.contracts.Amount;
import dev.ipwire.contracts.ArticleEnriched;
import dev.ipwire.contracts.ArticleReceived;
import dev.ipwire.contracts.Entity;
import dev.ipwire.contracts.GoldenSamples;
import dev.ipwire.contracts.Topic;
import dev.ipwire.nlp.analysis.ArticleAnalyzer;
import dev.ipwire.nlp.analysis.DomainLexicon;
import dev.ipwire.nlp.analysis.HanlpSegmenter;
import dev.ipwire.nlp.entities.EntityExtractor;
import dev.ipwire.nlp.entities.ProvinceGazetteer;
import dev.ipwire.nlp.figures.AmountExtractor;
import dev.ipwire.nlp.keywords.KeywordExtractor;
import dev.ipwire.nlp.topics.TopicScorer;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class EnrichArticleTest {

    private static final DomainLexicon TERMS = DomainLexicon.load(DomainLexicon.DOMAIN_TERMS);
    private static final NlpVersion VERSION = new NlpVersion(TERMS);
    private static final EnrichArticle ENRICH =
            new EnrichArticle(
                    new Enricher(
                            new ArticleAnalyzer(new HanlpSegmenter(TERMS)),
                            new EntityExtractor(),
                            new ProvinceGazetteer(),
                            new TopicScorer(),
                            new KeywordExtractor(),
                            new AmountExtractor(),
                            VERSION));

    private final JsonMapper json = JsonMapper.builder().build();

    private ObjectNode golden() {
        return (ObjectNode) json.readTree(GoldenSamples.read(GoldenSamples.ARTICLE_RECEIVED));
    }

    private ArticleReceived article(ObjectNode node) {
        return json.treeToValue(node, ArticleReceived.class);
    }

    @Test
    void enrichesTheGoldenSampleKeepingEveryArticleField() {
        ArticleReceived article = article(golden());
        Instant before = Instant.now();

        ArticleEnriched enriched = ENRICH.apply(article);

        assertThat(enriched.article()).isEqualTo(article);
        assertThat(enriched.id()).isEqualTo(article.id());
        assertThat(enriched.revision()).isEqualTo(article.revision());
        assertThat(enriched.paragraphs()).isEqualTo(article.paragraphs());
        assertThat(enriched.nlpVersion()).isEqualTo(VERSION.value());
        assertThat(enriched.enrichedAt()).isBetween(before, Instant.now());
    }

    @Test
    void theGoldenSampleIsAboutFinancingAGeographicIndication() {
        ArticleEnriched enriched = ENRICH.apply(article(golden()));

        assertThat(enriched.topics())
                .extracting(Topic::name)
                .containsExactly(Topic.FINANCING, Topic.GEOGRAPHIC_INDICATION);
        assertThat(enriched.primaryTopic()).isEqualTo(Topic.FINANCING);
        assertThat(enriched.entities().person()).extracting(Entity::text).contains("陈永康");
        assertThat(enriched.entities().place()).extracting(Entity::text).contains("赣州");
        assertThat(enriched.amounts())
                .extracting(Amount::text, Amount::about)
                .contains(tuple("3000万元", Amount.FINANCING), tuple("9.6亿元", Amount.OTHER));
        assertThat(enriched.keywords()).isNotEmpty();
        assertThat(enriched.summary()).isNotBlank();
    }

    @Test
    void anUnknownSchemaVersionIsUnsupported() {
        ObjectNode node = golden();
        node.put("schemaVersion", 99);

        assertThatThrownBy(() -> ENRICH.apply(article(node)))
                .isInstanceOf(UnsupportedArticleException.class)
                .hasMessageContaining("schemaVersion 99");
    }

    @Test
    void anArticleWithoutIdIsUnsupported() {
        ObjectNode blank = golden();
        blank.put("id", "  ");
        ObjectNode missing = golden();
        missing.remove("id");

        assertThatThrownBy(() -> ENRICH.apply(article(blank)))
                .isInstanceOf(UnsupportedArticleException.class)
                .hasMessageContaining("no id");
        assertThatThrownBy(() -> ENRICH.apply(article(missing)))
                .isInstanceOf(UnsupportedArticleException.class);
    }

    @Test
    void anArticleWithoutParagraphsIsEnrichedFromItsTitle() {
        ObjectNode node = golden();
        node.putArray("paragraphs");

        ArticleEnriched enriched = ENRICH.apply(article(node));

        assertThat(enriched.paragraphs()).isEmpty();
        assertThat(enriched.summary()).isEmpty();
        assertThat(enriched.topics()).extracting(Topic::name).contains(Topic.FINANCING);
    }
}

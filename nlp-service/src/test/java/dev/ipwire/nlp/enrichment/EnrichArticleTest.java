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
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class EnrichArticleTest {

    private static final NlpVersion VERSION = new NlpVersion();
    private static final EnrichArticle ENRICH = new EnrichArticle(Enricher.createDefault());

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
        // The headline decides the primary topic: 质押 + 获贷 outweigh 地理标志 + 证明商标.
        assertThat(enriched.primaryTopic()).isEqualTo(Topic.FINANCING);
        assertThat(enriched.entities().person())
                .extracting(Entity::text)
                .containsExactlyInAnyOrder("刘晓岚", "陈永康");
        assertThat(enriched.entities().organization())
                .extracting(Entity::text)
                .contains("宁都县脐橙产业协会");
        assertThat(enriched.giProducts()).containsExactly("宁都脐橙");
        // 宁都 of the product 宁都脐橙 is not reported as a place on its own.
        assertThat(enriched.entities().place()).extracting(Entity::text).doesNotContain("宁都");
        assertThat(enriched.amounts())
                .extracting(Amount::text, Amount::about)
                .containsExactly(
                        tuple("3000万元", Amount.FINANCING),
                        tuple("1200万元", Amount.FINANCING),
                        tuple("9.6亿元", Amount.OTHER));
        assertThat(enriched.keywords()).contains("脐橙").doesNotContain("本报讯", "记者");
        assertThat(enriched.summary()).isNotBlank().startsWith("本报讯");
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

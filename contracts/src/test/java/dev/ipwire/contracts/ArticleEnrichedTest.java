package dev.ipwire.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ArticleEnrichedTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void goldenSampleSurvivesARoundTripUnchanged() {
        String golden = GoldenSamples.read(GoldenSamples.ARTICLE_ENRICHED);

        ArticleEnriched article = json.readValue(golden, ArticleEnriched.class);

        assertThat(json.readTree(json.writeValueAsString(article)))
                .isEqualTo(json.readTree(golden));
        assertThat(article.entities().person()).extracting(Entity::text).contains("陈永康");
        assertThat(article.topics()).extracting(Topic::name).contains(Topic.FINANCING);
        assertThat(article.amounts().getFirst().yuan()).isEqualByComparingTo(new BigDecimal("3E7"));
    }

    @Test
    void enrichedSampleCarriesEveryFieldOfTheReceivedSample() {
        ArticleReceived received =
                json.readValue(
                        GoldenSamples.read(GoldenSamples.ARTICLE_RECEIVED), ArticleReceived.class);
        ArticleEnriched enriched =
                json.readValue(
                        GoldenSamples.read(GoldenSamples.ARTICLE_ENRICHED), ArticleEnriched.class);

        assertThat(enriched.article()).isEqualTo(received);
    }

    @Test
    void combiningAnArticleWithItsEnrichmentKeepsBoth() {
        ArticleEnriched golden =
                json.readValue(
                        GoldenSamples.read(GoldenSamples.ARTICLE_ENRICHED), ArticleEnriched.class);
        Enrichment enrichment =
                new Enrichment(
                        golden.entities(),
                        golden.regions(),
                        golden.topics(),
                        golden.primaryTopic(),
                        golden.keywords(),
                        golden.summary(),
                        golden.amounts(),
                        golden.giProducts(),
                        golden.enrichedAt(),
                        golden.nlpVersion());

        assertThat(ArticleEnriched.of(golden.article(), enrichment)).isEqualTo(golden);
    }

    @Test
    void aReceivedArticleReadsAsAnEnrichedOneWithEmptyEnrichment() {
        ArticleEnriched article =
                json.readValue(
                        GoldenSamples.read(GoldenSamples.ARTICLE_RECEIVED), ArticleEnriched.class);

        assertThat(article.entities()).isEqualTo(Entities.none());
        assertThat(article.topics()).isEmpty();
        assertThat(article.primaryTopic()).isNull();
        assertThat(article.nlpVersion()).isNull();
    }

    @Test
    void unknownNestedFieldsAreIgnored() {
        ObjectNode node =
                (ObjectNode) json.readTree(GoldenSamples.read(GoldenSamples.ARTICLE_ENRICHED));
        ((ObjectNode) node.get("topics").get(0)).put("model", "v2");
        ((ObjectNode) node.get("entities").get("person").get(0)).put("offsets", "0-3");

        ArticleEnriched article = json.treeToValue(node, ArticleEnriched.class);

        assertThat(article.topics().getFirst().name()).isEqualTo(Topic.FINANCING);
    }
}

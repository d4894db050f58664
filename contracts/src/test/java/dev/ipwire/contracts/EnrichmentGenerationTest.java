package dev.ipwire.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code enrichmentGeneration}: added to schema version 1 for re-enrichment; records written before
 * it existed read as generation 0, and it travels from the article to its enrichment and back.
 */
class EnrichmentGenerationTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private <T> T withoutGeneration(String sample, Class<T> type) {
        ObjectNode node = (ObjectNode) json.readTree(GoldenSamples.read(sample));
        node.remove("enrichmentGeneration");
        return json.readValue(json.writeValueAsString(node), type);
    }

    @Test
    void recordsWrittenBeforeTheFieldExistedReadAsTheFirstGeneration() {
        assertThat(
                        withoutGeneration(GoldenSamples.ARTICLE_RECEIVED, ArticleReceived.class)
                                .enrichmentGeneration())
                .isZero();
        assertThat(
                        withoutGeneration(GoldenSamples.ARTICLE_ENRICHED, ArticleEnriched.class)
                                .enrichmentGeneration())
                .isZero();
    }

    @Test
    void theGenerationTravelsFromTheArticleToItsEnrichmentAndBack() {
        ArticleEnriched golden =
                json.readValue(
                        GoldenSamples.read(GoldenSamples.ARTICLE_ENRICHED), ArticleEnriched.class);
        ArticleReceived again = golden.article().withEnrichmentGeneration(3);
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

        ArticleEnriched reenriched = ArticleEnriched.of(again, enrichment);

        assertThat(reenriched.enrichmentGeneration()).isEqualTo(3);
        assertThat(reenriched.revision()).isEqualTo(golden.revision());
        assertThat(reenriched.article()).isEqualTo(again);
        ArticleEnriched read =
                json.readValue(json.writeValueAsString(reenriched), ArticleEnriched.class);
        assertThat(read).isEqualTo(reenriched);
    }

    @Test
    void aNegativeGenerationIsRefused() {
        ArticleReceived article =
                json.readValue(
                        GoldenSamples.read(GoldenSamples.ARTICLE_RECEIVED), ArticleReceived.class);

        assertThatThrownBy(() -> article.withEnrichmentGeneration(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("enrichmentGeneration");
    }
}

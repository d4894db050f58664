package dev.ipwire.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ArticleReceivedTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void goldenSampleSurvivesARoundTripUnchanged() {
        String golden = GoldenSamples.read(GoldenSamples.ARTICLE_RECEIVED);

        ArticleReceived article = json.readValue(golden, ArticleReceived.class);

        assertThat(json.readTree(json.writeValueAsString(article)))
                .isEqualTo(json.readTree(golden));
        assertThat(article.schemaVersion()).isEqualTo(ArticleReceived.SCHEMA_VERSION);
        assertThat(article.source().name()).isEqualTo("赣南日报");
        assertThat(article.paragraphs()).hasSize(3);
    }

    @Test
    void unknownFieldsAreIgnored() {
        ObjectNode node =
                (ObjectNode) json.readTree(GoldenSamples.read(GoldenSamples.ARTICLE_RECEIVED));
        node.put("addedInAFutureRevision", "whatever");
        ((ObjectNode) node.get("source")).put("country", "CN");

        ArticleReceived article = json.treeToValue(node, ArticleReceived.class);

        assertThat(article.id()).isEqualTo(node.get("id").asString());
        assertThat(article.source().name()).isEqualTo("赣南日报");
    }

    @Test
    void missingOptionalFieldsReadAsNullAndMissingListsAsEmpty() {
        ObjectNode node =
                (ObjectNode) json.readTree(GoldenSamples.read(GoldenSamples.ARTICLE_RECEIVED));
        for (String optional :
                new String[] {"publishedAt", "author", "externalId", "nearDuplicateOf", "parts"}) {
            node.remove(optional);
        }
        node.remove("tags");

        ArticleReceived article = json.treeToValue(node, ArticleReceived.class);

        assertThat(article.publishedAt()).isNull();
        assertThat(article.author()).isNull();
        assertThat(article.externalId()).isNull();
        assertThat(article.nearDuplicateOf()).isNull();
        assertThat(article.parts()).isNull();
        assertThat(article.tags()).isEmpty();
    }

    @Test
    void nullListElementsAreDropped() {
        ObjectNode node =
                (ObjectNode) json.readTree(GoldenSamples.read(GoldenSamples.ARTICLE_RECEIVED));
        node.putArray("tags").add("地理标志").addNull();

        ArticleReceived article = json.treeToValue(node, ArticleReceived.class);

        assertThat(article.tags()).containsExactly("地理标志");
    }

    @Test
    void listsAreUnmodifiable() {
        JsonNode node = json.readTree(GoldenSamples.read(GoldenSamples.ARTICLE_RECEIVED));
        ArticleReceived article = json.treeToValue(node, ArticleReceived.class);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> article.paragraphs().add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}

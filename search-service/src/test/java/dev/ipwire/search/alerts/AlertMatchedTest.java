package dev.ipwire.search.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.search.query.ArticleMatch;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The webhook body: its fields, as receivers read them. */
class AlertMatchedTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void carriesTheAlertTheArticleInBriefAndTheMatchTime() {
        AlertMatched event =
                AlertMatched.of(
                        "a-1",
                        new ArticleMatch.MatchedArticle(
                                "art-1",
                                3,
                                "云雾茶获批国家地理标志",
                                "2023-04-10",
                                "山城晚报",
                                "geographic_indication",
                                "https://example.org/art-1"),
                        Instant.parse("2026-11-22T08:00:00Z"));

        JsonNode body = JSON.readTree(JSON.writeValueAsString(event));

        assertThat(body.propertyNames()).containsExactly("alertId", "article", "matchedAt");
        assertThat(body.path("alertId").asString()).isEqualTo("a-1");
        assertThat(body.path("matchedAt").asString()).isEqualTo("2026-11-22T08:00:00Z");
        JsonNode article = body.path("article");
        assertThat(article.propertyNames())
                .containsExactly("id", "title", "publishedAt", "source", "primaryTopic", "url");
        assertThat(article.path("id").asString()).isEqualTo("art-1");
        assertThat(article.path("title").asString()).isEqualTo("云雾茶获批国家地理标志");
        assertThat(article.path("publishedAt").asString()).isEqualTo("2023-04-10");
        assertThat(article.path("source").asString()).isEqualTo("山城晚报");
        assertThat(article.path("primaryTopic").asString()).isEqualTo("geographic_indication");
        assertThat(article.path("url").asString()).isEqualTo("https://example.org/art-1");
    }

    @Test
    void deliveryIdsAreTheSameForTheSameMatchAndDifferForAnyOtherRevisionArticleOrAlert() {
        String id = Delivery.idOf("a-1", "art-1", 3);

        assertThat(Delivery.idOf("a-1", "art-1", 3)).isEqualTo(id);
        assertThat(id).startsWith("dlv-").hasSize(4 + 32);
        assertThat(Delivery.idOf("a-1", "art-1", 4)).isNotEqualTo(id);
        assertThat(Delivery.idOf("a-1", "art-2", 3)).isNotEqualTo(id);
        assertThat(Delivery.idOf("a-2", "art-1", 3)).isNotEqualTo(id);
        // the separator keeps "a-1"+"1art" apart from "a-11"+"art"
        assertThat(Delivery.idOf("a-1", "1art", 3)).isNotEqualTo(Delivery.idOf("a-11", "art", 3));
    }
}

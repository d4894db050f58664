package dev.ipwire.search;

import static dev.ipwire.search.SearchIT.assertProblem;
import static dev.ipwire.search.TestArticles.article;
import static dev.ipwire.search.TestArticles.entity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.ipwire.contracts.ArticleEnriched;
import dev.ipwire.contracts.Entity;
import dev.ipwire.search.ApiClient.Response;
import dev.ipwire.search.indexing.ArticleIndex;
import dev.ipwire.search.indexing.ArticleIndexer;
import dev.ipwire.stack.junit.LocalStackExtension;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code GET /api/v1/suggest} on a real Elasticsearch node: an editor types the first characters of
 * a name or a headline, in 简体 or 繁體, and picks a completion. The names here (欧阳…, 司马…) appear in no
 * other test's articles.
 */
@ExtendWith(LocalStackExtension.class)
@SpringBootTest(webEnvironment = RANDOM_PORT)
class SuggestIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    private static final String INTERVIEW_TITLE = "欧阳明轩：让老字号商标焕发新活力";
    private static final String AWARD_TITLE = "欧阳酱园获评中华老字号";
    private static final String EXPANSION_TITLE = "老字號歐陽醬園擴建新廠";

    private static volatile boolean indexed;

    @Autowired ArticleIndexer indexer;
    @Autowired ElasticsearchClient elasticsearch;
    @LocalServerPort int port;

    private ApiClient api;

    static List<ArticleEnriched> fixtures() {
        Entity founder = entity("欧阳明轩", "欧阳明轩");
        Entity company = entity("欧阳酱园", "欧阳酱园有限公司");
        List<ArticleEnriched> articles = new ArrayList<>();
        articles.add(
                article("suggest-it-interview-" + RUN)
                        .title(INTERVIEW_TITLE)
                        .paragraphs("欧阳酱园第五代传人欧阳明轩谈老字号商标保护。")
                        .source("商报-" + RUN)
                        .entities(List.of(founder), List.of(), List.of(company))
                        .build());
        articles.add(
                article("suggest-it-award-" + RUN)
                        .title(AWARD_TITLE)
                        .paragraphs("欧阳酱园入选中华老字号名录，负责人欧阳明轩表示将继续坚守品质。")
                        .source("商报-" + RUN)
                        .entities(List.of(founder), List.of(entity("欧阳村", "欧阳村")), List.of(company))
                        .build());
        articles.add(
                article("suggest-it-expansion-" + RUN)
                        .title(EXPANSION_TITLE)
                        .paragraphs("歐陽醬園擴建新廠，歐陽立主持奠基儀式。")
                        .language("zh-Hant")
                        .source("港聞-" + RUN)
                        .entities(List.of(entity("歐陽立", "欧阳立")), List.of(), List.of(company))
                        .build());
        // twelve people named 司马…: more than one answer may list
        for (int i = 1; i <= 12; i++) {
            articles.add(
                    article("suggest-it-sima-" + i + "-" + RUN)
                            .title("第" + i + "位传承人")
                            .paragraphs("非遗传承人名录公布。")
                            .source("商报-" + RUN)
                            .entities(List.of(entity("司马" + i, "司马" + i)), List.of(), List.of())
                            .build());
        }
        return articles;
    }

    @BeforeEach
    void indexFixturesOnce() throws IOException {
        api = ApiClient.onPort(port);
        if (!indexed) {
            for (ArticleEnriched article : fixtures()) {
                assertThat(indexer.index(article)).as("indexing %s", article.id()).isTrue();
            }
            elasticsearch.indices().refresh(r -> r.index(ArticleIndex.ALIAS));
            indexed = true;
        }
    }

    /** A suggestion as "kind:text". */
    private List<String> suggest(String prefix) {
        Response response = api.get("/api/v1/suggest", "prefix", prefix);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        List<String> suggestions = new ArrayList<>();
        response.json()
                .path("suggestions")
                .forEach(
                        s ->
                                suggestions.add(
                                        s.path("kind").asString()
                                                + ":"
                                                + s.path("text").asString()));
        return suggestions;
    }

    @Test
    void namesStartingWithThePrefixComeFirstMostNamedFirstThenHeadlines() {
        List<String> suggestions = suggest("欧阳");

        assertThat(suggestions.subList(0, 4))
                .containsExactly(
                        "organization:欧阳酱园有限公司", // 3 articles
                        "person:欧阳明轩", // 2
                        "person:欧阳立", // 1, a person before a place
                        "place:欧阳村");
        // headlines starting with the prefix before those containing it
        assertThat(suggestions.subList(4, 6))
                .containsExactlyInAnyOrder("title:" + INTERVIEW_TITLE, "title:" + AWARD_TITLE);
        assertThat(suggestions.subList(6, suggestions.size()))
                .containsExactly("title:" + EXPANSION_TITLE);
    }

    @Test
    void aTraditionalPrefixFindsTheSame() {
        assertThat(suggest("歐陽")).isEqualTo(suggest("欧阳"));
        assertThat(suggest("歐陽明")).containsExactly("person:欧阳明轩", "title:" + INTERVIEW_TITLE);
    }

    @Test
    void headlinesContainingThePrefixAreSuggestedAsPrinted() {
        List<String> suggestions = suggest("老字号");

        assertThat(suggestions).first().isEqualTo("title:" + EXPANSION_TITLE);
        assertThat(suggestions.subList(1, suggestions.size()))
                .containsExactlyInAnyOrder("title:" + INTERVIEW_TITLE, "title:" + AWARD_TITLE);
    }

    @Test
    void atMostTenSuggestions() {
        List<String> suggestions = suggest("司马");

        assertThat(suggestions).hasSize(10);
        assertThat(suggestions).allMatch(s -> s.startsWith("person:司马"));
    }

    @ParameterizedTest
    @ValueSource(strings = {".*", "欧阳.*", "*", "(", "[a-z]+", "\\", "title:欧阳", "欧阳 OR 司马"})
    void elasticsearchAndRegexSyntaxIsText(String prefix) {
        assertThat(suggest(prefix)).allMatch(s -> s.startsWith("title:"));
    }

    @Test
    void aMissingOrOverlongPrefixIsAProblemSayingWhatToSend() {
        assertProblem(api.get("/api/v1/suggest"), 400, "prefix is required");
        assertProblem(api.get("/api/v1/suggest", "prefix", "  "), 400, "prefix is required");
        assertProblem(api.get("/api/v1/suggest", "prefix", "欧".repeat(51)), 400, "at most 50");
    }
}

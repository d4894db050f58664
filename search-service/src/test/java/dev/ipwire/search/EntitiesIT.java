package dev.ipwire.search;

import static dev.ipwire.search.SearchIT.assertProblem;
import static dev.ipwire.search.TestArticles.article;
import static dev.ipwire.search.TestArticles.entity;
import static dev.ipwire.search.TestArticles.topic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.ipwire.contracts.ArticleEnriched;
import dev.ipwire.contracts.Entity;
import dev.ipwire.contracts.Region;
import dev.ipwire.contracts.Topic;
import dev.ipwire.search.ApiClient.Response;
import dev.ipwire.search.indexing.ArticleIndex;
import dev.ipwire.search.indexing.ArticleIndexer;
import dev.ipwire.stack.junit.LocalStackExtension;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code GET /api/v1/entities} on a real Elasticsearch node: which organizations, persons, places
 * and provinces an outlet's articles name most. Every request is narrowed to this class's outlet.
 */
@ExtendWith(LocalStackExtension.class)
@SpringBootTest(webEnvironment = RANDOM_PORT)
class EntitiesIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String OUTLET = "知识产权报-" + RUN;

    private static final Entity CNIPA = entity("国知局", "国家知识产权局");
    private static final Entity BUREAU = entity("省市场监管局", "浙江省市场监督管理局");
    private static final Entity BANK = entity("杭州银行", "杭州银行股份有限公司");

    private static volatile boolean indexed;

    @Autowired ArticleIndexer indexer;
    @Autowired ElasticsearchClient elasticsearch;
    @LocalServerPort int port;

    private ApiClient api;

    static List<ArticleEnriched> fixtures() {
        return List.of(
                article("entities-it-review-" + RUN)
                        .title("国家知识产权局发布专利审查新规")
                        .paragraphs("国家知识产权局今天发布专利审查指南修改决定。")
                        .publishedAt("2024-02-01")
                        .source(OUTLET)
                        .topics(topic(Topic.PROTECTION, 0.7))
                        .entities(
                                List.of(entity("申长雨", "申长雨")),
                                List.of(entity("北京", "北京市")),
                                List.of(CNIPA))
                        .regions(new Region("北京市", "110000", "北京市"))
                        .build(),
                article("entities-it-raid-" + RUN)
                        .title("浙江查处商标侵权案件")
                        .paragraphs("浙江省市场监督管理局会同国家知识产权局查处一批商标侵权案件。")
                        .publishedAt("2024-03-01")
                        .source(OUTLET)
                        .topics(topic(Topic.PROTECTION, 0.9))
                        .entities(
                                List.of(),
                                List.of(entity("杭州", "杭州市"), entity("宁波", "宁波市")),
                                List.of(BUREAU, CNIPA))
                        .regions(
                                new Region("杭州市", "330100", "浙江省"),
                                new Region("宁波市", "330200", "浙江省"))
                        .build(),
                article("entities-it-pledge-" + RUN)
                        .title("杭州银行专利质押贷款破百亿")
                        .paragraphs("杭州银行专利质押贷款余额突破一百亿元，浙江省市场监督管理局和国家知识产权局给予指导。")
                        .publishedAt("2024-03-15")
                        .source(OUTLET)
                        .topics(topic(Topic.FINANCING, 0.95))
                        .entities(
                                List.of(entity("李明", "李明")),
                                List.of(entity("杭州", "杭州市")),
                                List.of(BANK, BUREAU, CNIPA))
                        .regions(new Region("杭州市", "330100", "浙江省"))
                        .build());
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

    private Response entities(String... params) {
        String[] all = new String[params.length + 2];
        System.arraycopy(params, 0, all, 0, params.length);
        all[params.length] = "source";
        all[params.length + 1] = OUTLET;
        Response response = api.get("/api/v1/entities", all);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        return response;
    }

    /** Name → count, in the order listed. */
    private static Map<String, Long> counts(Response response) {
        Map<String, Long> counts = new LinkedHashMap<>();
        response.json()
                .path("entities")
                .forEach(e -> counts.put(e.path("value").asString(), e.path("count").asLong()));
        return counts;
    }

    @Test
    void organizationsAreListedByTheNumberOfArticlesNamingThem() {
        Response response = entities("type", "organization");

        assertThat(response.json().path("type").asString()).isEqualTo("organization");
        assertThat(response.json().path("total").asLong()).isEqualTo(3);
        assertThat(counts(response))
                .containsExactly(
                        Map.entry("国家知识产权局", 3L),
                        Map.entry("浙江省市场监督管理局", 2L),
                        Map.entry("杭州银行股份有限公司", 1L));
    }

    @Test
    void personsPlacesAndRegionsUseTheNormalizedNames() {
        assertThat(counts(entities("type", "person")))
                .containsOnlyKeys("申长雨", "李明")
                .containsEntry("申长雨", 1L);
        assertThat(counts(entities("type", "place")))
                .containsEntry("杭州市", 2L)
                .containsEntry("宁波市", 1L)
                .containsEntry("北京市", 1L)
                .hasSize(3);
        assertThat(counts(entities("type", "region")))
                .containsExactly(Map.entry("浙江省", 2L), Map.entry("北京市", 1L));
    }

    @Test
    void sizeKeepsTheMostNamed() {
        assertThat(counts(entities("type", "organization", "size", "1")))
                .containsExactly(Map.entry("国家知识产权局", 3L));
    }

    @Test
    void topicAndQNarrowTheArticlesCounted() {
        Response financing = entities("type", "organization", "topic", "financing");
        assertThat(financing.json().path("total").asLong()).isEqualTo(1);
        assertThat(counts(financing)).containsOnlyKeys("杭州银行股份有限公司", "浙江省市场监督管理局", "国家知识产权局");

        assertThat(counts(entities("type", "organization", "q", "商标侵权")))
                .containsExactly(Map.entry("国家知识产权局", 1L), Map.entry("浙江省市场监督管理局", 1L));
        assertThat(counts(entities("type", "organization", "q", "-质押", "from", "2024-03-01")))
                .containsExactly(Map.entry("国家知识产权局", 1L), Map.entry("浙江省市场监督管理局", 1L));
    }

    @Test
    void nothingMatchingIsAnEmptyList() {
        Response response = entities("type", "person", "q", "火星基地");

        assertThat(response.json().path("total").asLong()).isZero();
        assertThat(response.json().path("entities")).isEmpty();
    }

    @Test
    void invalidParametersAreProblemsThatSayWhatIsAllowed() {
        assertProblem(
                api.get("/api/v1/entities", "type", "planet"),
                400,
                "person, place, organization, region");
        assertProblem(api.get("/api/v1/entities"), 400, "type is required");
        assertProblem(
                api.get("/api/v1/entities", "type", "person", "topic", "patent"),
                400,
                "geographic_indication");
        assertProblem(
                api.get("/api/v1/entities", "type", "person", "size", "101"),
                400,
                "between 1 and 100");
        assertProblem(
                api.get("/api/v1/entities", "type", "person", "from", "2024-02-30"),
                400,
                "YYYY-MM-DD");
    }
}

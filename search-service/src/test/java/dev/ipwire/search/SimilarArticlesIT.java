package dev.ipwire.search;

import static dev.ipwire.search.SearchIT.assertProblem;
import static dev.ipwire.search.TestArticles.article;
import static dev.ipwire.search.TestArticles.entity;
import static dev.ipwire.search.TestArticles.topic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.ipwire.contracts.ArticleEnriched;
import dev.ipwire.contracts.Region;
import dev.ipwire.contracts.Topic;
import dev.ipwire.search.ApiClient.Response;
import dev.ipwire.search.indexing.ArticleIndex;
import dev.ipwire.search.indexing.ArticleIndexer;
import dev.ipwire.stack.junit.LocalStackExtension;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/articles/{id}/similar} on a real Elasticsearch node. An editor reading a story
 * about counterfeit 景德镇 porcelain wants the other stories on it — each once, however often it was
 * reprinted — and never the story she is reading, nor its reprints.
 */
@ExtendWith(LocalStackExtension.class)
@SpringBootTest(webEnvironment = RANDOM_PORT)
class SimilarArticlesIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    /** The raid on counterfeit porcelain: the original report. */
    private static final String RAID = "similar-it-raid-" + RUN;

    /** Two outlets reprinting the raid report nearly word for word. */
    private static final String RAID_REPRINT = "similar-it-raid-reprint-" + RUN;

    private static final String RAID_REPRINT_2 = "similar-it-raid-reprint-2-" + RUN;

    /** A follow-up on the porcelain certification mark, and its one reprint. */
    private static final String MARK = "similar-it-mark-" + RUN;

    private static final String MARK_REPRINT = "similar-it-mark-reprint-" + RUN;

    /** Another porcelain town's trademark work: related, less so. */
    private static final String DEHUA = "similar-it-dehua-" + RUN;

    /** Patent loans for battery makers: nothing to do with porcelain. */
    private static final String BATTERY = "similar-it-battery-" + RUN;

    private static volatile boolean indexed;

    @Autowired ArticleIndexer indexer;
    @Autowired ElasticsearchClient elasticsearch;
    @LocalServerPort int port;

    private ApiClient api;

    static List<ArticleEnriched> fixtures() {
        String[] raid = {
            "景德镇市市场监督管理局近日查处一起假冒景德镇陶瓷证明商标案件，现场查获涉嫌侵权瓷器三千余件。",
            "执法人员介绍，当事人从外地购进普通瓷器，贴上景德镇陶瓷证明商标标识后对外销售。",
            "景德镇陶瓷证明商标是景德镇陶瓷产业的金字招牌，市场监管部门将持续打击假冒陶瓷商标的违法行为。"
        };
        return List.of(
                article(RAID)
                        .title("景德镇查处假冒陶瓷证明商标案件")
                        .paragraphs(raid)
                        .publishedAt("2024-05-06")
                        .source("景德镇日报-" + RUN)
                        .topics(topic(Topic.PROTECTION, 0.9))
                        .entities(
                                List.of(),
                                List.of(entity("景德镇市", "景德镇市")),
                                List.of(entity("景德镇市市场监督管理局", "景德镇市市场监督管理局")))
                        .regions(new Region("景德镇市", "360200", "江西省"))
                        .giProducts()
                        .build(),
                article(RAID_REPRINT)
                        .title("景德镇查处假冒陶瓷证明商标案")
                        .paragraphs(raid)
                        .publishedAt("2024-05-07")
                        .source("江西商报-" + RUN)
                        .topics(topic(Topic.PROTECTION, 0.9))
                        .entities(
                                List.of(),
                                List.of(entity("景德镇市", "景德镇市")),
                                List.of(entity("景德镇市市场监督管理局", "景德镇市市场监督管理局")))
                        .regions(new Region("景德镇市", "360200", "江西省"))
                        .giProducts()
                        .nearDuplicateOf(RAID)
                        .build(),
                article(RAID_REPRINT_2)
                        .title("假冒景德镇陶瓷证明商标案件被查处")
                        .paragraphs(raid)
                        .publishedAt("2024-05-08")
                        .source("瓷都晚报-" + RUN)
                        .topics(topic(Topic.PROTECTION, 0.9))
                        .entities(
                                List.of(),
                                List.of(entity("景德镇市", "景德镇市")),
                                List.of(entity("景德镇市市场监督管理局", "景德镇市市场监督管理局")))
                        .regions(new Region("景德镇市", "360200", "江西省"))
                        .giProducts()
                        .nearDuplicateOf(RAID)
                        .build(),
                article(MARK)
                        .title("景德镇陶瓷证明商标保护再加力")
                        .paragraphs(
                                "景德镇陶瓷证明商标使用管理办法近日修订，景德镇市市场监督管理局将对假冒陶瓷商标的违法行为从严查处。",
                                "今年以来，景德镇已查处假冒景德镇陶瓷证明商标案件十余起，涉案瓷器上万件。")
                        .publishedAt("2024-06-12")
                        .source("景德镇日报-" + RUN)
                        .topics(topic(Topic.PROTECTION, 0.85))
                        .entities(
                                List.of(),
                                List.of(entity("景德镇市", "景德镇市")),
                                List.of(entity("景德镇市市场监督管理局", "景德镇市市场监督管理局")))
                        .regions(new Region("景德镇市", "360200", "江西省"))
                        .giProducts()
                        .build(),
                article(MARK_REPRINT)
                        .title("景德镇陶瓷证明商标保护再加力")
                        .paragraphs(
                                "景德镇陶瓷证明商标使用管理办法近日修订，景德镇市市场监督管理局将对假冒陶瓷商标的违法行为从严查处。",
                                "今年以来，景德镇已查处假冒景德镇陶瓷证明商标案件十余起，涉案瓷器上万件。")
                        .publishedAt("2024-06-13")
                        .source("江西商报-" + RUN)
                        .topics(topic(Topic.PROTECTION, 0.85))
                        .entities(
                                List.of(),
                                List.of(entity("景德镇市", "景德镇市")),
                                List.of(entity("景德镇市市场监督管理局", "景德镇市市场监督管理局")))
                        .regions(new Region("景德镇市", "360200", "江西省"))
                        .giProducts()
                        .nearDuplicateOf(MARK)
                        .build(),
                article(DEHUA)
                        .title("德化白瓷申请证明商标")
                        .paragraphs(
                                "德化县正在为德化白瓷申请证明商标，当地陶瓷企业希望借此打击假冒瓷器。", "业内人士认为，景德镇陶瓷证明商标的经验值得借鉴。")
                        .publishedAt("2024-04-02")
                        .source("泉州晚报-" + RUN)
                        .topics(topic(Topic.PROTECTION, 0.6))
                        .entities(List.of(), List.of(entity("德化县", "德化县")), List.of())
                        .regions(new Region("德化县", "350526", "福建省"))
                        .giProducts("德化白瓷")
                        .build(),
                article(BATTERY)
                        .title("动力电池企业以专利质押获得贷款")
                        .paragraphs(
                                "一家动力电池企业以十二项发明专利作质押，从银行获得贷款两亿元。", "专利质押融资为新能源汽车产业链上的科技企业提供了资金。")
                        .publishedAt("2024-05-06")
                        .source("江西商报-" + RUN)
                        .topics(topic(Topic.FINANCING, 0.9))
                        .entities(List.of(), List.of(), List.of())
                        .regions(new Region("宜春市", "360900", "江西省"))
                        .giProducts()
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

    private Response similar(String id, String... params) {
        Response response = api.similar(id, params);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.json().path("id").asString()).isEqualTo(id);
        return response;
    }

    /** The ids this test wrote, in the order they were listed. */
    private static List<String> ours(Response response) {
        return response.hitIds().stream().filter(id -> id.endsWith(RUN)).toList();
    }

    private static JsonNode hit(Response response, String id) {
        for (JsonNode hit : response.json().path("hits")) {
            if (id.equals(hit.path("id").asString())) {
                return hit;
            }
        }
        throw new AssertionError("no hit " + id + " in " + response);
    }

    @Test
    void aReprintFindsTheOtherStoriesOnTheSubjectButNeverItsOwnStory() {
        List<String> ids = ours(similar(RAID_REPRINT));

        assertThat(ids).doesNotContain(RAID, RAID_REPRINT, RAID_REPRINT_2);
        assertThat(ids).doesNotContain(BATTERY);
        assertThat(ids).containsAnyOf(MARK, MARK_REPRINT);
    }

    @Test
    void theOriginalNeverListsItsReprints() {
        List<String> ids = ours(similar(RAID));

        assertThat(ids).doesNotContain(RAID, RAID_REPRINT, RAID_REPRINT_2, BATTERY);
        assertThat(ids).containsAnyOf(MARK, MARK_REPRINT);
    }

    @Test
    void aReprintedStoryIsListedOnceWithTheNumberOfItsOtherCopies() {
        Response response = similar(MARK);
        List<String> ids = ours(response);

        List<String> raidStory =
                ids.stream().filter(List.of(RAID, RAID_REPRINT, RAID_REPRINT_2)::contains).toList();
        assertThat(raidStory).hasSize(1);
        assertThat(hit(response, raidStory.getFirst()).path("nearDuplicates").asLong())
                .isEqualTo(2);
        assertThat(ids).doesNotContain(MARK, MARK_REPRINT, BATTERY);
    }

    @Test
    void aStoryWithoutCopiesHasNoNearDuplicates() {
        Response response = similar(RAID);

        String markStory =
                ours(response).stream()
                        .filter(List.of(MARK, MARK_REPRINT)::contains)
                        .findFirst()
                        .orElseThrow();
        assertThat(hit(response, markStory).path("nearDuplicates").asLong()).isEqualTo(1);
        if (ours(response).contains(DEHUA)) {
            assertThat(hit(response, DEHUA).path("nearDuplicates").asLong()).isZero();
        }
    }

    @Test
    void theCloserStoryRanksFirst() {
        List<String> ids = ours(similar(RAID));

        assertThat(ids).isNotEmpty();
        assertThat(ids.getFirst()).isIn(MARK, MARK_REPRINT);
    }

    @Test
    void hitsCarryTheirMetadataAndAScore() {
        Response response = similar(RAID);
        String markStory =
                ours(response).stream()
                        .filter(List.of(MARK, MARK_REPRINT)::contains)
                        .findFirst()
                        .orElseThrow();
        JsonNode mark = hit(response, markStory);

        assertThat(mark.path("title").asString()).isEqualTo("景德镇陶瓷证明商标保护再加力");
        assertThat(mark.path("publishedAt").asString()).startsWith("2024-06-1");
        assertThat(mark.path("source").asString()).endsWith(RUN);
        assertThat(mark.path("primaryTopic").asString()).isEqualTo("protection");
        assertThat(mark.path("score").asDouble()).isPositive();
    }

    @Test
    void sizeLimitsTheNumberOfStories() {
        assertThat(similar(RAID, "size", "1").json().path("hits")).hasSize(1);
    }

    @Test
    void anArticleWithNothingLikeItHasAnEmptyList() {
        String lonely = "similar-it-lonely-" + RUN;
        assertThat(
                        indexer.index(
                                article(lonely)
                                        .title("火星基地首次发现液态水")
                                        .paragraphs("探测器在火星南极冰盖下方探测到液态水湖泊。")
                                        .source("天文周刊-" + RUN)
                                        .topics()
                                        .entities(List.of(), List.of(), List.of())
                                        .regions()
                                        .build()))
                .isTrue();

        Response response = similar(lonely);

        assertThat(ours(response)).isEmpty();
    }

    @Test
    void anUnknownArticleIsANotFoundProblem() {
        String id = "similar-it-missing-" + RUN;

        assertProblem(api.similar(id), 404, id);
    }

    @Test
    void aSizeOutOfRangeIsAProblemSayingWhatIsAllowed() {
        assertProblem(api.similar(RAID, "size", "51"), 400, "between 1 and 50");
        assertProblem(api.similar(RAID, "size", "0"), 400, "between 1 and 50");
        assertProblem(api.similar(RAID, "size", "viele"), 400, "whole number");
    }
}

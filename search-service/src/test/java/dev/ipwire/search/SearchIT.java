package dev.ipwire.search;

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
import dev.ipwire.stack.junit.TestStack;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The search API on a real Elasticsearch node: articles are indexed with {@link ArticleIndexer} and
 * searched over HTTP. The index is shared by every test in this JVM, so every search here is
 * narrowed to this class's own outlet ({@code source}) or asserts on this class's own ids.
 */
@ExtendWith(LocalStackExtension.class)
@SpringBootTest(
        webEnvironment = RANDOM_PORT,
        properties = "ipwire.security.admin-key=" + ApiClient.TEST_ADMIN_KEY)
class SearchIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String OUTLET = "山城晚报-" + RUN;

    /** 简体, geographic indication, 2023. */
    private static final String TEA = "search-it-tea-" + RUN;

    /** 简体, financing, no 地理标志, newest. */
    private static final String LOAN = "search-it-loan-" + RUN;

    /** 繁體, protection + geographic indication, 2022. */
    private static final String HIGHLAND = "search-it-highland-" + RUN;

    /** 简体, geographic indication, mentions 广告 and 展销会, 2024-01. */
    private static final String FAIR = "search-it-fair-" + RUN;

    /** 简体, 茶农 and 收入 apart, no topic, 2024-03. */
    private static final String SPRING = "search-it-spring-" + RUN;

    /** Published at 01:30 Beijing time on 2021-12-25, which is still 2021-12-24 in UTC. */
    private static final String YEAR_END = "search-it-year-end-" + RUN;

    private static volatile boolean indexed;

    @Autowired ArticleIndexer indexer;
    @Autowired ElasticsearchClient elasticsearch;
    @LocalServerPort int port;

    private ApiClient api;

    static List<ArticleEnriched> fixtures() {
        return List.of(
                article(TEA)
                        .title("云雾茶获批国家地理标志")
                        .paragraphs(
                                "本报讯 山城县出产的云雾茶日前获批国家地理标志，全县三千多户茶农将因此受益。",
                                "县农业农村局表示，将统一包装标识，打击冒用行为。")
                        .publishedAt("2023-04-10")
                        .source(OUTLET)
                        .topics(topic(Topic.GEOGRAPHIC_INDICATION, 0.9))
                        .entities(
                                List.of(),
                                List.of(entity("山城县", "山城县")),
                                List.of(entity("县农业农村局", "山城县农业农村局")))
                        .regions(new Region("山城县", null, "浙江省"))
                        .giProducts("云雾茶")
                        .build(),
                article(LOAN)
                        .title("专利质押融资帮科技企业渡难关")
                        .paragraphs("一家生产传感器的科技企业用五项发明专利作质押，获得银行贷款八百万元。", "专利质押融资让轻资产企业有了新的融资渠道。")
                        .publishedAt("2024-06-18T09:30:00+08:00")
                        .source(OUTLET)
                        .topics(topic(Topic.FINANCING, 0.95))
                        .entities(List.of(), List.of(), List.of())
                        .regions(new Region("杭州市", "330100", "浙江省"))
                        .giProducts()
                        .build(),
                article(HIGHLAND)
                        .title("高山茶地理標誌保護成效顯著")
                        .paragraphs("縣政府推動地理標誌保護，茶農收入明顯提高。", "今年共查處冒用標誌案件十二起。")
                        .language("zh-Hant")
                        .publishedAt("2022-11-05")
                        .source(OUTLET)
                        .topics(
                                topic(Topic.PROTECTION, 0.8),
                                topic(Topic.GEOGRAPHIC_INDICATION, 0.7))
                        .entities(
                                List.of(entity("林志遠", "林志远")),
                                List.of(entity("高山縣", "高山县")),
                                List.of(entity("縣政府", "高山县人民政府")))
                        .regions(new Region("高山县", null, "福建省"))
                        .giProducts("高山茶")
                        .build(),
                article(FAIR)
                        .title("地理标志农产品展销会开幕")
                        .paragraphs("第三届地理标志农产品展销会今天开幕，现场设有广告展区和直播间。")
                        .publishedAt("2024-01-20")
                        .source(OUTLET)
                        .topics(topic(Topic.GEOGRAPHIC_INDICATION, 0.85))
                        .entities(List.of(), List.of(), List.of())
                        .regions(new Region("宁波市", "330200", "浙江省"))
                        .build(),
                article(SPRING)
                        .title("春茶开采")
                        .paragraphs("茶农们说，今年春茶品质好，收入有望比去年多两成。")
                        .publishedAt("2024-03-15")
                        .source(OUTLET)
                        .topics()
                        .entities(List.of(), List.of(), List.of())
                        .regions()
                        .build(),
                article(YEAR_END)
                        .title("年终盘点：商标保护十件大事")
                        .paragraphs("回顾一年来商标保护领域的十件大事。")
                        .publishedAt("2021-12-25T01:30:00+08:00")
                        .source(OUTLET)
                        .topics(topic(Topic.PROTECTION, 0.9))
                        .entities(List.of(), List.of(), List.of())
                        .regions()
                        .build());
    }

    @BeforeEach
    void indexFixturesOnce() throws IOException {
        api = ApiClient.onPort(port);
        if (!indexed) {
            for (ArticleEnriched article : fixtures()) {
                assertThat(indexer.index(article)).as("indexing %s", article.id()).isTrue();
            }
            refresh();
            indexed = true;
        }
    }

    private void refresh() throws IOException {
        elasticsearch.indices().refresh(r -> r.index(ArticleIndex.ALIAS));
    }

    /** A search narrowed to this class's outlet. */
    private Response search(String... params) {
        String[] all = new String[params.length + 2];
        System.arraycopy(params, 0, all, 0, params.length);
        all[params.length] = "source";
        all[params.length + 1] = OUTLET;
        Response response = api.search(all);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        return response;
    }

    @Test
    void aWordFindsTheArticlesThatContainItAndOnlyThose() {
        Response response = search("q", "地理标志");

        assertThat(response.hitIds()).containsExactlyInAnyOrder(TEA, HIGHLAND, FAIR);
        assertThat(response.json().path("total").asLong()).isEqualTo(3);
    }

    @Test
    void hitsCarryTheirMetadataAndHighlightsOnTheOriginalText() {
        Response response = search("q", "地理标志");

        JsonNode tea = hit(response, TEA);
        assertThat(tea.path("title").asString()).isEqualTo("云雾茶获批国家地理标志");
        assertThat(tea.path("publishedAt").asString()).isEqualTo("2023-04-10");
        assertThat(tea.path("source").asString()).isEqualTo(OUTLET);
        assertThat(tea.path("primaryTopic").asString()).isEqualTo("geographic_indication");
        assertThat(tea.path("score").asDouble()).isPositive();
        assertThat(response.highlightsOf(TEA))
                .containsExactly(
                        "云雾茶获批国家<em>地理标志</em>", "本报讯 山城县出产的云雾茶日前获批国家<em>地理标志</em>，全县三千多户茶农将因此受益。");
        assertThat(response.highlightsOf(HIGHLAND))
                .containsExactly("高山茶<em>地理標誌</em>保護成效顯著", "縣政府推動<em>地理標誌</em>保護，茶農收入明顯提高。");
    }

    @Test
    void aSimplifiedQueryFindsTheTraditionalArticleAndMarksItsTraditionalCharacters() {
        Response response = search("q", "地理标志保护");

        assertThat(response.hitIds()).containsExactly(HIGHLAND);
        assertThat(response.highlightsOf(HIGHLAND)).contains("縣政府推動<em>地理標誌保護</em>，茶農收入明顯提高。");
    }

    @Test
    void aTraditionalQueryFindsSimplifiedArticles() {
        Response response = search("q", "地理標誌");

        assertThat(response.hitIds()).containsExactlyInAnyOrder(TEA, HIGHLAND, FAIR);
        assertThat(response.highlightsOf(FAIR)).contains("<em>地理标志</em>农产品展销会开幕");
    }

    @Test
    void unquotedWordsMayStandApartButAQuotedPhraseMustAppearAsWritten() {
        assertThat(search("q", "茶农收入").hitIds()).containsExactlyInAnyOrder(HIGHLAND, SPRING);

        assertThat(search("q", "\"茶农收入\"").hitIds()).containsExactly(HIGHLAND);
        assertThat(search("q", "“茶农收入”").hitIds()).containsExactly(HIGHLAND);
        assertThat(search("q", "「茶农收入」").hitIds()).containsExactly(HIGHLAND);
    }

    @Test
    void anExclusionRemovesTheArticlesThatContainIt() {
        assertThat(search("q", "地理标志 -广告").hitIds()).containsExactlyInAnyOrder(TEA, HIGHLAND);
        assertThat(search("q", "地理标志 -\"农产品展销会\"").hitIds())
                .containsExactlyInAnyOrder(TEA, HIGHLAND);
        // 冒用 appears in the simplified TEA and the traditional HIGHLAND article
        assertThat(search("q", "地理标志 -冒用").hitIds()).containsExactly(FAIR);
        // a simplified exclusion removes the traditional article too
        assertThat(search("q", "地理标志 -查处").hitIds()).containsExactlyInAnyOrder(TEA, FAIR);
    }

    @Test
    void onlyExclusionsListEverythingElse() {
        assertThat(search("q", "-地理标志").hitIds()).containsExactlyInAnyOrder(LOAN, SPRING, YEAR_END);
    }

    @Test
    void theTopicFilterKeepsArticlesWithThatTopic() {
        assertThat(search("q", "地理标志", "topic", "protection").hitIds()).containsExactly(HIGHLAND);
        assertThat(search("topic", "geographic_indication").hitIds())
                .containsExactlyInAnyOrder(TEA, HIGHLAND, FAIR);
        assertThat(search("topic", "financing").hitIds()).containsExactly(LOAN);
    }

    @Test
    void regionAndOrganizationFiltersUseTheNormalizedNames() {
        assertThat(search("region", "福建省").hitIds()).containsExactly(HIGHLAND);
        assertThat(search("organization", "山城县农业农村局").hitIds()).containsExactly(TEA);
        assertThat(search("person", "林志远").hitIds()).containsExactly(HIGHLAND);
    }

    @Test
    void theDateFilterKeepsArticlesPublishedInTheRangeInclusive() {
        assertThat(search("q", "地理标志", "from", "2023-01-01", "to", "2023-12-31").hitIds())
                .containsExactly(TEA);
        assertThat(search("q", "地理标志", "from", "2024-01-01").hitIds()).containsExactly(FAIR);
        assertThat(search("q", "地理标志", "to", "2022-11-05").hitIds()).containsExactly(HIGHLAND);
        assertThat(search("from", "2024-01-20", "to", "2024-03-15").hitIds())
                .containsExactlyInAnyOrder(FAIR, SPRING);
    }

    @Test
    void theDateFilterUsesTheCalendarDateTheOutletPrinted() {
        assertThat(search("from", "2021-12-25", "to", "2021-12-25").hitIds())
                .containsExactly(YEAR_END);
        assertThat(search("from", "2021-12-24", "to", "2021-12-24").hitIds()).isEmpty();
    }

    @Test
    void facetsCountTheMatchingArticles() {
        Response response = search("q", "地理标志");

        assertThat(response.facet("topic"))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("geographic_indication", 3L, "protection", 1L));
        assertThat(response.facet("region"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("浙江省", 2L, "福建省", 1L));
        assertThat(response.facet("source")).containsExactlyInAnyOrderEntriesOf(Map.of(OUTLET, 3L));
        assertThat(response.facet("organization"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("山城县农业农村局", 1L, "高山县人民政府", 1L));
        assertThat(response.facet("person")).containsExactlyInAnyOrderEntriesOf(Map.of("林志远", 1L));
        assertThat(response.facet("topic").keySet()).first().isEqualTo("geographic_indication");
    }

    @Test
    void sortByDateListsTheNewestFirst() {
        assertThat(search("sort", "date").hitIds())
                .containsExactly(LOAN, SPRING, FAIR, TEA, HIGHLAND, YEAR_END);
        assertThat(search("q", "地理标志", "sort", "date").hitIds())
                .containsExactly(FAIR, TEA, HIGHLAND);
    }

    @Test
    void pagesSplitTheSortedHits() {
        Response first = search("sort", "date", "size", "4");
        Response second = search("sort", "date", "size", "4", "page", "2");

        assertThat(first.json().path("total").asLong()).isEqualTo(6);
        assertThat(second.json().path("total").asLong()).isEqualTo(6);
        assertThat(first.hitIds()).containsExactly(LOAN, SPRING, FAIR, TEA);
        assertThat(second.hitIds()).containsExactly(HIGHLAND, YEAR_END);
    }

    @Test
    void aSynonymFindsArticlesThatUseTheOtherWord() {
        // 地标产品 is how editors shorten 地理标志产品; FAIR writes 地理标志农产品, TEA 地理标志.
        assertThat(search("q", "地标产品").hitIds()).contains(TEA, FAIR, HIGHLAND);
        assertThat(search("q", "\"地标产品\"").hitIds()).isEmpty();
    }

    @Test
    void articlesWithEveryWordComeBeforeArticlesMissingOne() {
        Response response = search("q", "茶农 质押");

        assertThat(response.hitIds()).isNotEmpty();
        // Nobody writes both; with one word each, both kinds of article are found.
        assertThat(response.hitIds()).contains(LOAN).containsAnyOf(TEA, HIGHLAND, SPRING);

        Response both = search("q", "茶农 收入");
        assertThat(both.hitIds().subList(0, 2)).containsExactlyInAnyOrder(HIGHLAND, SPRING);
    }

    @Test
    void aWordFoundNowhereMakesTheQueryUnanswerable() {
        // 地理标志 alone finds three articles; nobody wrote 冥王星矿场 (in any test's article), so
        // nothing answers both.
        assertThat(search("q", "冥王星矿场 地理标志").hitIds()).isEmpty();
    }

    @Test
    void anArticleWithAWordNobodyUsedYetIsFoundByItAsSoonAsItIsIndexed() throws IOException {
        String word = "秘色青瓷釉";
        // Its own outlet, so the other tests' counts per outlet stay as they are.
        String outlet = OUTLET + "-first-use";
        assertThat(api.search("q", word, "source", outlet).hitIds()).isEmpty();

        String id = "search-it-first-use-" + RUN;
        indexer.index(
                article(id)
                        .title("龙泉" + word + "申请地理标志")
                        .paragraphs("龙泉市为" + word + "申请国家地理标志保护。")
                        .publishedAt("2024-05-02")
                        .source(outlet)
                        .topics(topic(Topic.GEOGRAPHIC_INDICATION, 0.9))
                        .entities(List.of(), List.of(), List.of())
                        .regions()
                        .giProducts()
                        .build());
        refresh();

        // Well inside the time the statistics of a query are cached; the same request as the
        // first, so Elasticsearch's request cache must not answer it from before the refresh.
        assertThat(api.search("q", word, "source", outlet).hitIds()).containsExactly(id);
    }

    @Test
    void theElasticsearchRequestOfASearchFindsWhatTheSearchFinds() throws Exception {
        String[] params = {"q", "地理标志 -广告", "source", OUTLET, "sort", "date"};
        Response request =
                api.withKey(ApiClient.TEST_ADMIN_KEY).get("/api/v1/admin/search-request", params);
        assertThat(request.status()).as("%s", request).isEqualTo(200);
        assertThat(request.json().path("index").asString()).isEqualTo(ArticleIndex.ALIAS);
        assertThat(request.json().path("parameters").path("request_cache").asString())
                .isEqualTo("true");

        // Sent straight to Elasticsearch, the body lists the same articles in the same order.
        JsonNode body = request.json().path("body");
        var sent =
                elasticsearch.search(
                        s ->
                                s.index(ArticleIndex.ALIAS)
                                        .withJson(new java.io.StringReader(body.toString()))
                                        .requestCache(true),
                        Map.class);
        List<String> direct = sent.hits().hits().stream().map(hit -> hit.id()).toList();
        assertThat(direct)
                .containsExactly(TEA, HIGHLAND)
                .isEqualTo(search("q", "地理标志 -广告", "sort", "date").hitIds());
    }

    @Test
    void aRepeatedSearchIsAnsweredFromElasticsearchsRequestCache() throws IOException {
        String[] params = {"q", "地理标志", "topic", "geographic_indication"};
        List<String> first = search(params).hitIds();
        long hitsBefore = requestCacheHits();

        List<String> again = search(params).hitIds();

        assertThat(requestCacheHits()).isGreaterThan(hitsBefore);
        assertThat(again).isNotEmpty().isEqualTo(first);
    }

    private long requestCacheHits() throws IOException {
        return elasticsearch
                .indices()
                .stats(s -> s.index(ArticleIndex.ALIAS).metric("request_cache"))
                .all()
                .total()
                .requestCache()
                .hitCount();
    }

    @Test
    void theElasticsearchRequestOfASearchIsForAdminsOnly() {
        assertThat(api.get("/api/v1/admin/search-request", "q", "地理标志").status()).isEqualTo(401);
        assertThat(
                        api.withKey(ApiClient.TEST_ADMIN_KEY)
                                .get("/api/v1/admin/search-request", "q", "地理标志", "sort", "oldest")
                                .status())
                .isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"地理标志", "茶农", "收入", "商标保护", "专利质押融资", "春茶", "标志"})
    void aWordFoundThroughCharacterPairsFindsTheSameArticlesAsThroughItsCharacters(String word)
            throws IOException {
        for (String field : List.of("title_chars", "body_chars")) {
            assertThat(idsWithPhrase(field + ".bigrams", word))
                    .as("%s in %s", word, field)
                    .isEqualTo(idsWithPhrase(field, word));
        }
    }

    private List<String> idsWithPhrase(String field, String text) throws IOException {
        return elasticsearch
                .search(
                        s ->
                                s.index(ArticleIndex.ALIAS)
                                        .size(100)
                                        .query(
                                                q ->
                                                        q.bool(
                                                                b ->
                                                                        b.must(
                                                                                        m ->
                                                                                                m
                                                                                                        .matchPhrase(
                                                                                                                p ->
                                                                                                                        p.field(
                                                                                                                                        field)
                                                                                                                                .query(
                                                                                                                                        text)))
                                                                                .filter(
                                                                                        f ->
                                                                                                f
                                                                                                        .term(
                                                                                                                t ->
                                                                                                                        t.field(
                                                                                                                                        "source")
                                                                                                                                .value(
                                                                                                                                        OUTLET)))))
                                        .sort(o -> o.field(f -> f.field("id"))),
                        Map.class)
                .hits()
                .hits()
                .stream()
                .map(hit -> hit.id())
                .toList();
    }

    @Test
    void aQueryWithoutMatchesIsAnEmptyResult() {
        Response narrowed = search("q", "火星基地");

        assertThat(narrowed.json().path("total").asLong()).isZero();
        assertThat(narrowed.json().path("hits").isArray()).isTrue();
        assertThat(narrowed.json().path("hits")).isEmpty();

        Response everywhere = api.search("q", "zqxj" + RUN.replaceAll("\\d", ""));
        assertThat(everywhere.status()).isEqualTo(200);
        assertThat(everywhere.json().path("total").asLong()).isZero();
    }

    @Test
    void booleanOperatorsAreWordsToFindNotSyntax() {
        // as operators these would find articles; as words nobody wrote them
        assertThat(search("q", "地理标志 OR 专利").hitIds()).isEmpty();
        assertThat(search("q", "地理标志 AND 茶").hitIds()).isEmpty();
        assertThat(search("q", "NOT 广告").hitIds()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "title:x AND (y OR z)",
                "地理标志 AND (商标 OR 专利)",
                "*",
                "?",
                "商标*",
                "\\",
                "/",
                "{",
                "}",
                "[1 TO 5]",
                "茶^2",
                "茶~",
                "\"",
                "\"\"",
                "「」",
                "-",
                "--",
                "-\"",
                "<script>alert(1)</script>",
                "a:b:c",
                "&&||!",
                "%",
                "\u3000"
            })
    void elasticsearchSyntaxInTheQueryIsHarmless(String q) {
        Response response = api.search("q", q, "source", OUTLET);

        assertThat(response.status()).as("q=%s: %s", q, response).isEqualTo(200);
        assertThat(response.json().path("total").isNumber()).isTrue();
    }

    @Test
    void aPastedParagraphUpToTheLengthLimitFindsTheArticleItComesFrom() {
        String paragraph = "县政府推动地理标志保护，茶农收入明显提高。";
        String q = paragraph.repeat(1000 / paragraph.length() + 1).substring(0, 1000);

        Response response = api.search("q", q, "source", OUTLET);

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        // As a phrase it occurs nowhere (it repeats); all of its words are in HIGHLAND only.
        assertThat(response.hitIds()).containsExactly(HIGHLAND);
    }

    @Test
    void manyWordsUpToTheLengthLimitAreSearchable() {
        String q = "茶农 收入 ".repeat(200).substring(0, 1000);

        Response response = api.search("q", q, "source", OUTLET);

        assertThat(response.status()).as("%s", response).isEqualTo(200);
    }

    @Test
    void manyDifferentWordsUpToTheLengthLimitAreSearchable() {
        StringBuilder q = new StringBuilder();
        for (char c = '\u4E00'; q.length() + 2 <= 1000; c++) {
            q.append(c).append(' ');
        }

        Response response = api.search("q", q.toString().strip(), "source", OUTLET);

        assertThat(response.status()).as("%s", response).isEqualTo(200);
    }

    @Test
    void manyDifferentPhrasesUpToTheLengthLimitAreSearchable() {
        StringBuilder q = new StringBuilder();
        for (char c = '\u4E00'; q.length() + 6 <= 1000; c += 2) {
            q.append('"').append(c).append((char) (c + 1)).append("\" ");
        }

        Response response = api.search("q", q.toString().strip(), "source", OUTLET);

        assertThat(response.status()).as("%s", response).isEqualTo(200);
    }

    @Test
    void invalidParametersAreProblemsThatSayWhatToFix() {
        assertProblem(api.search("topic", "patent"), 400, "geographic_indication");
        assertProblem(api.search("size", "0"), 400, "between 1 and 100");
        assertProblem(api.search("size", "101"), 400, "between 1 and 100");
        assertProblem(api.search("page", "0"), 400, "1 or more");
        assertProblem(api.search("page", "zwei"), 400, "whole number");
        assertProblem(api.search("page", "101", "size", "100"), 400, "10000");
        assertProblem(api.search("from", "2024-13-01"), 400, "YYYY-MM-DD");
        assertProblem(api.search("to", "yesterday"), 400, "YYYY-MM-DD");
        assertProblem(api.search("from", "2024-06-02", "to", "2024-06-01"), 400, "after");
        assertProblem(api.search("sort", "newest"), 400, "relevance or date");
        assertProblem(api.search("q", "茶".repeat(1001)), 400, "at most 1000");
    }

    @Test
    void theStoredArticleIsReturnedById() {
        Response response = api.article(HIGHLAND);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode article = response.json();
        assertThat(article.path("id").asString()).isEqualTo(HIGHLAND);
        assertThat(article.path("revision").asLong()).isEqualTo(1);
        assertThat(article.path("title").asString()).isEqualTo("高山茶地理標誌保護成效顯著");
        assertThat(article.path("publishedAt").asString()).isEqualTo("2022-11-05");
        assertThat(article.path("language").asString()).isEqualTo("zh-Hant");
        assertThat(article.path("source").path("name").asString()).isEqualTo(OUTLET);
        assertThat(texts(article.path("paragraphs")))
                .containsExactly("縣政府推動地理標誌保護，茶農收入明顯提高。", "今年共查處冒用標誌案件十二起。");
        assertThat(texts(article.path("topics"), "name"))
                .containsExactly("protection", "geographic_indication");
        assertThat(article.path("primaryTopic").asString()).isEqualTo("protection");
        assertThat(texts(article.path("entities").path("person"), "text")).containsExactly("林志遠");
        assertThat(texts(article.path("entities").path("person"), "normalized"))
                .containsExactly("林志远");
        assertThat(texts(article.path("entities").path("organization"), "normalized"))
                .containsExactly("高山县人民政府");
        assertThat(texts(article.path("regions"), "province")).containsExactly("福建省");
        assertThat(texts(article.path("giProducts"))).containsExactly("高山茶");
        assertThat(article.path("amounts")).hasSize(3);
        assertThat(article.path("amounts").get(0).path("yuan").decimalValue())
                .isEqualByComparingTo("30000000");
        assertThat(article.has("nearDuplicateOf")).isTrue();
    }

    @Test
    void anUnknownArticleIsANotFoundProblem() {
        String id = "search-it-missing-" + RUN;

        assertProblem(api.article(id), 404, id);
    }

    @Test
    void anOlderRevisionNeverReplacesANewerOne() throws IOException {
        String id = "search-it-revisions-" + RUN;
        String outlet = "版本测试报-" + RUN;

        assertThat(indexer.index(article(id).revision(5).source(outlet).title("第五版：商标质押").build()))
                .isTrue();
        assertThat(indexer.index(article(id).revision(3).source(outlet).title("第三版：旧稿").build()))
                .isFalse();

        JsonNode stored = api.article(id).json();
        assertThat(stored.path("revision").asLong()).isEqualTo(5);
        assertThat(stored.path("title").asString()).isEqualTo("第五版：商标质押");

        refresh();
        Response search = api.search("source", outlet);
        assertThat(search.hitIds()).containsExactly(id);
        assertThat(search.json().path("hits").get(0).path("title").asString())
                .isEqualTo("第五版：商标质押");
    }

    @Test
    void reindexingTheSameRevisionIsANoOpAndANewerOneReplacesIt() {
        String id = "search-it-replay-" + RUN;
        String outlet = "重放测试报-" + RUN;

        assertThat(indexer.index(article(id).revision(2).source(outlet).title("原稿").build()))
                .isTrue();
        assertThat(indexer.index(article(id).revision(2).source(outlet).title("重放的不同内容").build()))
                .isFalse();
        assertThat(api.article(id).json().path("title").asString()).isEqualTo("原稿");

        assertThat(indexer.index(article(id).revision(3).source(outlet).title("修订稿").build()))
                .isTrue();
        JsonNode stored = api.article(id).json();
        assertThat(stored.path("revision").asLong()).isEqualTo(3);
        assertThat(stored.path("title").asString()).isEqualTo("修订稿");
    }

    @Test
    void theIndexLivesBehindItsAliasAndTheTemplateExists(TestStack stack) throws Exception {
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> alias = get(http, stack.elasticsearchUrl() + "/_alias/articles");
        assertThat(alias.statusCode()).isEqualTo(200);
        JsonNode aliases = TestArticles.JSON.readTree(alias.body());
        assertThat(aliases.propertyNames()).containsExactly("articles-v1");
        assertThat(
                        aliases.path("articles-v1")
                                .path("aliases")
                                .path("articles")
                                .path("is_write_index")
                                .asBoolean())
                .isTrue();

        HttpResponse<String> template =
                get(http, stack.elasticsearchUrl() + "/_index_template/ipwire-articles");
        assertThat(template.statusCode()).isEqualTo(200);
        JsonNode definition =
                TestArticles.JSON.readTree(template.body()).path("index_templates").get(0);
        assertThat(definition.path("name").asString()).isEqualTo("ipwire-articles");
        assertThat(texts(definition.path("index_template").path("index_patterns")))
                .containsExactly("articles-v*");

        HttpResponse<String> mapping =
                get(http, stack.elasticsearchUrl() + "/articles-v1/_mapping");
        assertThat(mapping.statusCode()).isEqualTo(200);
        assertThat(
                        TestArticles.JSON
                                .readTree(mapping.body())
                                .path("articles-v1")
                                .path("mappings")
                                .path("dynamic")
                                .asString())
                .isEqualTo("strict");
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode hit(Response response, String id) {
        for (JsonNode hit : response.json().path("hits")) {
            if (id.equals(hit.path("id").asString())) {
                return hit;
            }
        }
        throw new AssertionError("no hit " + id + " in " + response);
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static List<String> texts(JsonNode array, String field) {
        return array.valueStream().map(n -> n.path(field).asString()).toList();
    }

    static void assertProblem(Response response, int status, String detailMentions) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).contains(detailMentions);
        assertThat(response.body()).doesNotContain("Exception", "at dev.ipwire", "trace");
    }
}

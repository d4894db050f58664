package dev.ipwire.search;

import static dev.ipwire.search.SearchIT.assertProblem;
import static dev.ipwire.search.TestArticles.article;
import static dev.ipwire.search.TestArticles.topic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.ipwire.contracts.ArticleEnriched;
import dev.ipwire.contracts.Topic;
import dev.ipwire.search.ApiClient.Response;
import dev.ipwire.search.indexing.ArticleIndex;
import dev.ipwire.search.indexing.ArticleIndexer;
import dev.ipwire.stack.junit.LocalStackExtension;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * {@code GET /api/v1/trends} on a real Elasticsearch node: an editor charts how often her outlet
 * wrote about each topic. Every request is narrowed to this class's outlet, so other tests'
 * articles in the shared index do not count.
 */
@ExtendWith(LocalStackExtension.class)
@SpringBootTest(webEnvironment = RANDOM_PORT)
class TrendsIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String OUTLET = "知产周刊-" + RUN;

    private static volatile boolean indexed;

    @Autowired ArticleIndexer indexer;
    @Autowired ElasticsearchClient elasticsearch;
    @LocalServerPort int port;

    private ApiClient api;

    private static ArticleEnriched dated(
            String name, String publishedAt, String title, Topic... topics) {
        return article("trends-it-" + name + "-" + RUN)
                .title(title)
                .paragraphs(title + "。")
                .publishedAt(publishedAt)
                .source(OUTLET)
                .topics(topics)
                .build();
    }

    static List<ArticleEnriched> fixtures() {
        return List.of(
                dated("new-year-eve", "2023-12-31", "年末商标质押登记创新高", topic(Topic.FINANCING, 0.9)),
                // a Friday: its week starts on Monday 2024-01-01
                dated("raid", "2024-01-05", "查处侵犯商标专用权案件", topic(Topic.PROTECTION, 0.9)),
                dated(
                        "insured",
                        "2024-01-20T10:00:00+08:00",
                        "知识产权保险护航企业维权",
                        topic(Topic.FINANCING, 0.8),
                        topic(Topic.PROTECTION, 0.7)),
                dated("tea", "2024-03-02", "云岭茶叶地理标志产品保护", topic(Topic.GEOGRAPHIC_INDICATION, 0.9)),
                dated("pledge", "2024-03-31", "专利质押融资惠及中小企业", topic(Topic.FINANCING, 0.95)),
                dated("undated", null, "一篇没有日期的商标保护评论", topic(Topic.PROTECTION, 0.6)));
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

    private Response trends(String... params) {
        String[] all = new String[params.length + 2];
        System.arraycopy(params, 0, all, 0, params.length);
        all[params.length] = "source";
        all[params.length + 1] = OUTLET;
        Response response = api.get("/api/v1/trends", all);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        return response;
    }

    /** Bucket start → total. */
    private static Map<String, Long> totals(Response response) {
        Map<String, Long> totals = new LinkedHashMap<>();
        response.json()
                .path("buckets")
                .forEach(b -> totals.put(b.path("start").asString(), b.path("total").asLong()));
        return totals;
    }

    private static Map<String, Long> topics(Response response, String start) {
        for (JsonNode bucket : response.json().path("buckets")) {
            if (start.equals(bucket.path("start").asString())) {
                Map<String, Long> topics = new LinkedHashMap<>();
                bucket.path("topics")
                        .properties()
                        .forEach(e -> topics.put(e.getKey(), e.getValue().asLong()));
                return topics;
            }
        }
        throw new AssertionError("no bucket " + start + " in " + response);
    }

    @Test
    void monthlyBucketsCountArticlesPerTopicAndShowQuietMonthsAsZero() {
        Response response = trends("interval", "month");

        assertThat(response.json().path("interval").asString()).isEqualTo("month");
        assertThat(totals(response))
                .containsExactly(
                        Map.entry("2023-12-01", 1L),
                        Map.entry("2024-01-01", 2L),
                        Map.entry("2024-02-01", 0L),
                        Map.entry("2024-03-01", 2L));
        assertThat(topics(response, "2024-01-01"))
                .containsExactly(
                        Map.entry("protection", 2L),
                        Map.entry("financing", 1L),
                        Map.entry("geographic_indication", 0L));
        assertThat(topics(response, "2024-02-01"))
                .containsExactly(
                        Map.entry("protection", 0L),
                        Map.entry("financing", 0L),
                        Map.entry("geographic_indication", 0L));
        assertThat(response.json().path("undated").asLong()).isEqualTo(1);
    }

    @Test
    void monthIsTheDefaultInterval() {
        assertThat(trends().json().path("interval").asString()).isEqualTo("month");
        assertThat(totals(trends())).isEqualTo(totals(trends("interval", "month")));
    }

    @Test
    void yearsQuartersWeeksAndDaysStartWhereTheCalendarDoes() {
        assertThat(totals(trends("interval", "year")))
                .containsExactly(Map.entry("2023-01-01", 1L), Map.entry("2024-01-01", 4L));
        assertThat(totals(trends("interval", "quarter")))
                .containsExactly(Map.entry("2023-10-01", 1L), Map.entry("2024-01-01", 4L));
        Map<String, Long> weeks = totals(trends("interval", "week"));
        assertThat(weeks).containsEntry("2023-12-25", 1L).containsEntry("2024-01-01", 1L);
        assertThat(weeks.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(5);
        Map<String, Long> days = totals(trends("interval", "day"));
        assertThat(days).containsEntry("2024-01-20", 1L).containsEntry("2024-01-21", 0L);
        assertThat(days).hasSize(92); // 2023-12-31 … 2024-03-31
    }

    @Test
    void theIntervalNameIgnoresCase() {
        assertThat(trends("interval", "Quarter").json().path("interval").asString())
                .isEqualTo("quarter");
    }

    @Test
    void qNarrowsTheArticlesAsASearchWould() {
        Response response = trends("q", "质押");

        assertThat(totals(response))
                .containsExactly(
                        Map.entry("2023-12-01", 1L),
                        Map.entry("2024-01-01", 0L),
                        Map.entry("2024-02-01", 0L),
                        Map.entry("2024-03-01", 1L));
        assertThat(response.json().path("undated").asLong()).isZero();
        assertThat(totals(trends("q", "商标 -质押")).values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(1);
        assertThat(trends("q", "商标 -质押").json().path("undated").asLong()).isEqualTo(1);
    }

    @Test
    void theTopicFilterKeepsArticlesWithThatTopicAndShowsWhatElseTheyCarry() {
        Response response = trends("topic", "financing");

        assertThat(totals(response))
                .containsExactly(
                        Map.entry("2023-12-01", 1L),
                        Map.entry("2024-01-01", 1L),
                        Map.entry("2024-02-01", 0L),
                        Map.entry("2024-03-01", 1L));
        assertThat(topics(response, "2024-01-01"))
                .containsEntry("financing", 1L)
                .containsEntry("protection", 1L);
        assertThat(response.json().path("undated").asLong()).isZero();
    }

    @Test
    void fromAndToBoundTheChartEvenWhereNothingWasPublished() {
        Response response = trends("interval", "month", "from", "2023-11-15", "to", "2024-04-30");

        List<String> starts = new ArrayList<>(totals(response).keySet());
        assertThat(starts).first().isEqualTo("2023-11-01");
        assertThat(starts).last().isEqualTo("2024-04-01");
        assertThat(totals(response))
                .containsEntry("2023-11-01", 0L)
                .containsEntry("2024-04-01", 0L);
        // an article without a date is in no range
        assertThat(response.json().path("undated").asLong()).isZero();
        assertThat(totals(trends("from", "2024-01-06", "to", "2024-03-30")))
                .containsExactly(
                        Map.entry("2024-01-01", 1L),
                        Map.entry("2024-02-01", 0L),
                        Map.entry("2024-03-01", 1L));
    }

    @Test
    void nothingMatchingIsNoBuckets() {
        Response response = trends("q", "火星基地");

        assertThat(response.json().path("buckets").isArray()).isTrue();
        assertThat(response.json().path("buckets")).isEmpty();
        assertThat(response.json().path("undated").asLong()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"title:x AND (y OR z)", "[1 TO 5]", "\\", "{\"match_all\":{}}", "*"})
    void elasticsearchSyntaxInQIsText(String q) {
        Response response = trends("q", q);

        assertThat(totals(response).values().stream().mapToLong(Long::longValue).sum()).isZero();
    }

    @Test
    void aStarIsPunctuationNotAWildcard() {
        assertThat(totals(trends("q", "商标*"))).isEqualTo(totals(trends("q", "商标")));
    }

    @Test
    void invalidParametersAreProblemsThatSayWhatIsAllowed() {
        assertProblem(
                api.get("/api/v1/trends", "interval", "fortnight"),
                400,
                "day, week, month, quarter, year");
        assertProblem(api.get("/api/v1/trends", "topic", "patent"), 400, "geographic_indication");
        assertProblem(api.get("/api/v1/trends", "from", "2024-13-01"), 400, "YYYY-MM-DD");
        assertProblem(api.get("/api/v1/trends", "to", "soon"), 400, "YYYY-MM-DD");
        assertProblem(
                api.get("/api/v1/trends", "from", "2024-06-02", "to", "2024-06-01"), 400, "after");
        assertProblem(
                api.get(
                        "/api/v1/trends",
                        "interval",
                        "day",
                        "from",
                        "1900-01-01",
                        "to",
                        "2024-12-31"),
                400,
                "wider interval");
        assertProblem(api.get("/api/v1/trends", "q", "茶".repeat(1001)), 400, "at most 1000");
    }
}

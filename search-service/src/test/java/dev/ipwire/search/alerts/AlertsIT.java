package dev.ipwire.search.alerts;

import static dev.ipwire.search.TestArticles.article;
import static dev.ipwire.search.TestArticles.entity;
import static dev.ipwire.search.TestArticles.topic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import dev.ipwire.contracts.ArticleEnriched;
import dev.ipwire.contracts.Region;
import dev.ipwire.contracts.Topic;
import dev.ipwire.search.TestArticles;
import dev.ipwire.search.alerts.AlertsApi.Answer;
import dev.ipwire.search.alerts.WebhookReceiver.Received;
import dev.ipwire.search.indexing.IndexArticle;
import dev.ipwire.stack.junit.LocalStackExtension;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Alerts end to end on a real Elasticsearch node: alerts are created over HTTP, articles go through
 * the stream consumer's indexing path (the {@code index} bean that Kafka records reach), and a
 * webhook receiver on 127.0.0.1 gets the deliveries. This class's alert indexes have their own
 * prefix and every alert is narrowed to its test's own outlet, so other tests sharing the node
 * cannot interfere.
 */
@ExtendWith(LocalStackExtension.class)
@SpringBootTest(
        webEnvironment = RANDOM_PORT,
        properties = {
            // articles come through the index bean here, not from Kafka
            "spring.cloud.stream.bindings.index-in-0.consumer.auto-startup=false",
            "ipwire.alerts.refresh-interval=2s",
            "ipwire.alerts.matching.recovery-interval=5s",
            "ipwire.alerts.delivery.max-attempts=4",
            "ipwire.alerts.delivery.initial-backoff=200ms",
            "ipwire.alerts.delivery.max-backoff=1s",
            "ipwire.alerts.delivery.backoff-multiplier=2",
            "ipwire.alerts.delivery.poll-interval=500ms",
            "ipwire.alerts.delivery.request-timeout=5s",
            // the receiver listens on 127.0.0.1, which webhooks may not name by default
            "ipwire.alerts.delivery.allow-private-targets=true"
        })
class AlertsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String PREFIX = "alerts-it-" + RUN + "-";

    private static WebhookReceiver receiver;

    @Autowired IndexArticle index;
    @Autowired ElasticsearchClient elasticsearch;
    @LocalServerPort int port;

    private AlertsApi api;

    /** Each test's own outlet: its alerts see only its own articles. */
    private String outlet;

    @DynamicPropertySource
    static void ownIndexes(DynamicPropertyRegistry registry) {
        registry.add("ipwire.alerts.index-prefix", () -> PREFIX);
    }

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @BeforeEach
    void client() {
        api = new AlertsApi(port);
        outlet = "山城晚报-alerts-" + RUN + "-" + UUID.randomUUID().toString().substring(0, 4);
    }

    // ---- fixtures ------------------------------------------------------------------------

    private static String id(String name) {
        return "alerts-it-" + name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private TestArticles.Builder teaArticle(String id) {
        return article(id)
                .title("云雾茶获批国家地理标志")
                .paragraphs("本报讯 山城县出产的云雾茶日前获批国家地理标志，全县三千多户茶农将因此受益。")
                .publishedAt("2023-04-10")
                .source(outlet)
                .topics(topic(Topic.GEOGRAPHIC_INDICATION, 0.9))
                .entities(List.of(), List.of(entity("山城县", "山城县")), List.of())
                .regions(new Region("山城县", null, "浙江省"));
    }

    private ArticleEnriched tea(String id) {
        return teaArticle(id).build();
    }

    private ArticleEnriched loan(String id) {
        return article(id)
                .title("专利质押融资帮科技企业渡难关")
                .paragraphs("一家生产传感器的科技企业用五项发明专利作质押，获得银行贷款八百万元。")
                .publishedAt("2024-06-18T09:30:00+08:00")
                .source(outlet)
                .topics(topic(Topic.FINANCING, 0.95))
                .entities(List.of(), List.of(), List.of())
                .regions(new Region("杭州市", "330100", "浙江省"))
                .build();
    }

    private ArticleEnriched highland(String id) {
        return article(id)
                .title("高山茶地理標誌保護成效顯著")
                .paragraphs("縣政府推動地理標誌保護，茶農收入明顯提高。")
                .language("zh-Hant")
                .publishedAt("2022-11-05")
                .source(outlet)
                .topics(topic(Topic.PROTECTION, 0.8), topic(Topic.GEOGRAPHIC_INDICATION, 0.7))
                .entities(List.of(entity("林志遠", "林志远")), List.of(), List.of())
                .regions(new Region("高山县", null, "福建省"))
                .build();
    }

    private ArticleEnriched fair(String id) {
        return article(id)
                .title("地理标志农产品展销会开幕")
                .paragraphs("第三届地理标志农产品展销会今天开幕，现场设有广告展区和直播间。")
                .publishedAt("2024-01-20")
                .source(outlet)
                .topics(topic(Topic.GEOGRAPHIC_INDICATION, 0.85))
                .entities(List.of(), List.of(), List.of())
                .regions(new Region("宁波市", "330200", "浙江省"))
                .build();
    }

    /** Creates an alert narrowed to this run's outlet; returns its JSON as answered. */
    private JsonNode createAlert(String q, Map<String, String> filters, String path) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (q != null) {
            body.put("q", q);
        }
        Map<String, String> all = new LinkedHashMap<>(filters);
        all.put("source", outlet);
        body.put("filters", all);
        body.put("webhook", receiver.url(path));
        body.put("name", "alerts-it " + path);
        Answer created = api.create(TestArticles.JSON.writeValueAsString(body));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.json();
    }

    private JsonNode alert(String id) {
        Answer answer = api.get(id);
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer.json();
    }

    /** Whether the checks ledger has this revision of the article done (a realtime read). */
    private boolean checked(ArticleEnriched article) throws IOException {
        GetResponse<Map> check =
                elasticsearch.get(
                        g -> g.index(PREFIX + "alert-checks").id(article.id()), Map.class);
        return check.found()
                && "done".equals(check.source().get("state"))
                && ((Number) check.source().get("revision")).longValue() == article.revision();
    }

    /**
     * Waits until the articles are matched (their checks are done, so every delivery they cause
     * exists) and the alerts have no delivery pending: after that, nothing more arrives.
     */
    private void awaitSettled(List<ArticleEnriched> articles, List<String> alertIds) {
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> articles.stream().allMatch(this::checkedUnchecked));
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(300))
                .untilAsserted(
                        () -> {
                            elasticsearch
                                    .indices()
                                    .refresh(r -> r.index(PREFIX + "alert-deliveries"));
                            for (String alertId : alertIds) {
                                assertThat(
                                                alert(alertId)
                                                        .path("deliveries")
                                                        .path("pending")
                                                        .asLong())
                                        .as("pending deliveries of %s", alertId)
                                        .isZero();
                            }
                        });
    }

    private boolean checkedUnchecked(ArticleEnriched article) {
        try {
            return checked(article);
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Received> awaitReceived(String path, int count) {
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> receiver.at(path).size() >= count);
        return receiver.at(path);
    }

    // ---- scenarios -----------------------------------------------------------------------

    @Test
    void anAlertReceivesTheMatchingArticleSignedAndNotTheOther() throws Exception {
        receiver.answer("/match", n -> 200);
        JsonNode created = createAlert("云雾茶 地理标志", Map.of(), "/match");
        String alertId = created.path("id").asString();
        String secret = created.path("secret").asString();
        assertThat(secret).as("generated, shown once").hasSizeGreaterThanOrEqualTo(40);
        ArticleEnriched other = loan(id("loan"));
        ArticleEnriched matching = tea(id("tea"));

        index.accept(other);
        index.accept(matching);

        awaitSettled(List.of(other, matching), List.of(alertId));
        List<Received> received = receiver.at("/match");
        assertThat(received).hasSize(1);
        Received delivery = received.get(0);
        assertThat(delivery.answered()).isEqualTo(200);
        assertThat(delivery.signedWith(secret))
                .as("signature %s", delivery.header("X-IPWire-Signature"))
                .isTrue();
        assertThat(delivery.header("Content-Type")).startsWith("application/json");
        long timestamp = Long.parseLong(delivery.header("X-IPWire-Timestamp"));
        assertThat(timestamp)
                .isBetween(
                        Instant.now().minusSeconds(300).getEpochSecond(),
                        Instant.now().getEpochSecond());
        JsonNode body = delivery.json();
        assertThat(body.path("alertId").asString()).isEqualTo(alertId);
        assertThat(Instant.parse(body.path("matchedAt").asString())).isBefore(Instant.now());
        JsonNode article = body.path("article");
        assertThat(article.path("id").asString()).isEqualTo(matching.id());
        assertThat(article.path("title").asString()).isEqualTo("云雾茶获批国家地理标志");
        assertThat(article.path("publishedAt").asString()).isEqualTo("2023-04-10");
        assertThat(article.path("source").asString()).isEqualTo(outlet);
        assertThat(article.path("primaryTopic").asString()).isEqualTo("geographic_indication");
        assertThat(article.path("url").asString())
                .isEqualTo("https://example.org/" + matching.id());

        JsonNode stats = alert(alertId).path("deliveries");
        assertThat(stats.path("delivered").asLong()).isEqualTo(1);
        assertThat(stats.path("failed").asLong()).isZero();
        assertThat(stats.path("lastDelivery").path("deliveryId").asString())
                .isEqualTo(delivery.deliveryId());
        assertThat(stats.path("lastDelivery").path("articleId").asString())
                .isEqualTo(matching.id());
        assertThat(stats.path("lastDelivery").path("attempts").asInt()).isEqualTo(1);
        assertThat(stats.path("lastDelivery").path("httpStatus").asInt()).isEqualTo(200);
        assertThat(alert(alertId).has("secret")).as("never shown again").isFalse();
    }

    @Test
    void onlyNewRevisionsNotifyAReplayOrAnOlderRevisionDoesNot() throws Exception {
        receiver.answer("/revisions", n -> 200);
        JsonNode created = createAlert("云雾茶", Map.of(), "/revisions");
        String alertId = created.path("id").asString();
        String articleId = id("revised");
        ArticleEnriched second = teaArticle(articleId).revision(2).build();

        index.accept(second);
        awaitSettled(List.of(second), List.of(alertId));
        assertThat(receiver.at("/revisions")).hasSize(1);

        // the same revision again (a replay) and an older one arriving late: no new content
        index.accept(second);
        index.accept(teaArticle(articleId).revision(1).build());
        assertThat(checked(second)).as("still checked at revision 2, nothing pending").isTrue();

        ArticleEnriched third = teaArticle(articleId).revision(3).build();
        index.accept(third);
        awaitSettled(List.of(third), List.of(alertId));
        List<Received> received = receiver.at("/revisions");
        assertThat(received).hasSize(2);
        assertThat(received.get(1).deliveryId())
                .as("a new revision is a new delivery")
                .isNotEqualTo(received.get(0).deliveryId());
        assertThat(alert(alertId).path("deliveries").path("delivered").asLong()).isEqualTo(2);
    }

    @Test
    void eachAlertReceivesExactlyWhatTheSearchApiListsForItsQueryAndFilters() throws Exception {
        // q and filters as an editor would type them in the search box and facets
        Map<String, Map<String, String>> searches = new LinkedHashMap<>();
        searches.put("/same/word", Map.of("q", "地理标志"));
        searches.put("/same/exclusion", Map.of("q", "地理标志 -广告"));
        searches.put("/same/phrase", Map.of("q", "“茶农收入”"));
        searches.put("/same/traditional-and-dates", Map.of("q", "地理標誌", "from", "2023-01-01"));
        searches.put("/same/topic", Map.of("topic", "financing"));
        searches.put("/same/region-person", Map.of("region", "福建省", "person", "林志远"));
        searches.put("/same/words-apart", Map.of("q", "茶农 收入"));
        // A word found nowhere in the index makes a query unanswerable, for a search and for an
        // alert alike, at the moment it is evaluated. The articles below may be matched one
        // round at a time, so every query word must be in the index before they arrive, as it
        // is when the search runs after them: 收入 comes in an article of another outlet,
        // indexed first (an alert may be told about it too; only this test's articles count).
        ArticleEnriched income =
                article(id("income"))
                        .title("山城居民收入稳步增长")
                        .paragraphs("统计局发布数据，居民人均可支配收入稳步增长。")
                        .publishedAt("2024-02-01")
                        .source(outlet + "-elsewhere")
                        .topics()
                        .entities(List.of(), List.of(), List.of())
                        .regions()
                        .build();
        index.accept(income);
        Map<String, String> alertIds = new LinkedHashMap<>();
        searches.forEach(
                (path, params) -> {
                    receiver.answer(path, n -> 200);
                    Map<String, String> filters = new LinkedHashMap<>(params);
                    String q = filters.remove("q");
                    alertIds.put(path, createAlert(q, filters, path).path("id").asString());
                });
        List<ArticleEnriched> articles =
                List.of(
                        tea(id("tea")),
                        loan(id("loan")),
                        highland(id("highland")),
                        fair(id("fair")));
        Set<String> ours = new HashSet<>();
        articles.forEach(a -> ours.add(a.id()));

        articles.forEach(index::accept);

        awaitSettled(articles, List.copyOf(alertIds.values()));
        for (var search : searches.entrySet()) {
            List<String> params = new ArrayList<>();
            search.getValue()
                    .forEach(
                            (name, value) -> {
                                params.add(name);
                                params.add(value);
                            });
            params.add("source");
            params.add(outlet);
            var listed = api.search().search(params.toArray(String[]::new));
            assertThat(listed.status()).as("%s", listed).isEqualTo(200);
            Set<String> expected = new HashSet<>(listed.hitIds());
            expected.retainAll(ours);
            List<String> delivered =
                    receiver.at(search.getKey()).stream()
                            .map(Received::articleId)
                            .filter(ours::contains)
                            .toList();

            assertThat(delivered)
                    .as("alert %s (%s)", search.getKey(), search.getValue())
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(receiver.at("/same/word")).as("the searches are not all empty").hasSize(3);
        assertThat(receiver.at("/same/topic")).hasSize(1);
    }

    @Test
    void aWebhookFailingTheFirstAttemptsStillGetsTheMatchWithTheSameIdAndBody() throws Exception {
        receiver.answer("/flaky", n -> n <= 2 ? 503 : 200);
        JsonNode created = createAlert("云雾茶", Map.of(), "/flaky");
        String alertId = created.path("id").asString();
        ArticleEnriched matching = tea(id("tea"));

        index.accept(matching);

        List<Received> attempts = awaitReceived("/flaky", 3);
        awaitSettled(List.of(matching), List.of(alertId));
        assertThat(attempts).extracting(Received::answered).containsExactly(503, 503, 200);
        assertThat(attempts)
                .extracting(r -> r.header("X-IPWire-Attempt"))
                .containsExactly("1", "2", "3");
        assertThat(attempts)
                .extracting(Received::deliveryId)
                .containsOnly(attempts.get(0).deliveryId());
        assertThat(attempts).allMatch(r -> r.signedWith(created.path("secret").asString()));
        assertThat(attempts.get(2).body()).isEqualTo(attempts.get(0).body());
        JsonNode stats = alert(alertId).path("deliveries");
        assertThat(stats.path("delivered").asLong()).isEqualTo(1);
        assertThat(stats.path("lastDelivery").path("attempts").asInt()).isEqualTo(3);
    }

    @Test
    void aWebhookThatKeepsFailingIsGivenUpOnAfterMaxAttemptsAndTheFailureShows() throws Exception {
        receiver.answer("/broken", n -> 500);
        String alertId = createAlert("云雾茶", Map.of(), "/broken").path("id").asString();
        ArticleEnriched matching = tea(id("tea"));

        index.accept(matching);

        awaitSettled(List.of(matching), List.of(alertId));
        assertThat(receiver.at("/broken")).hasSize(4).allMatch(r -> r.answered() == 500);
        JsonNode stats = alert(alertId).path("deliveries");
        assertThat(stats.path("failed").asLong()).isEqualTo(1);
        assertThat(stats.path("delivered").asLong()).isZero();
        JsonNode failure = stats.path("lastFailure");
        assertThat(failure.path("articleId").asString()).isEqualTo(matching.id());
        assertThat(failure.path("attempts").asInt()).isEqualTo(4);
        assertThat(failure.path("httpStatus").asInt()).isEqualTo(500);
        assertThat(failure.path("error").asString())
                .isEqualTo("the webhook answered HTTP 500: answer 500");
        assertThat(failure.path("at").asString()).isNotBlank();
    }

    @Test
    void aWebhookRejectingTheRequestIsGivenUpOnAtOnce() throws Exception {
        receiver.answer("/rejecting", n -> 410);
        String alertId = createAlert("云雾茶", Map.of(), "/rejecting").path("id").asString();
        ArticleEnriched matching = tea(id("tea"));

        index.accept(matching);

        awaitSettled(List.of(matching), List.of(alertId));
        assertThat(receiver.at("/rejecting")).hasSize(1);
        JsonNode failure = alert(alertId).path("deliveries").path("lastFailure");
        assertThat(failure.path("attempts").asInt()).isEqualTo(1);
        assertThat(failure.path("httpStatus").asInt()).isEqualTo(410);
    }

    @Test
    void aDeletedAlertMatchesNothingMore() throws Exception {
        receiver.answer("/kept", n -> 200).answer("/deleted", n -> 200);
        String kept = createAlert("云雾茶", Map.of(), "/kept").path("id").asString();
        String deleted = createAlert("云雾茶", Map.of(), "/deleted").path("id").asString();

        Answer deletion = api.delete(deleted);

        assertThat(deletion.status()).as("%s", deletion).isEqualTo(204);
        assertThat(api.get(deleted).status()).isEqualTo(404);
        assertThat(api.delete(deleted).status()).isEqualTo(404);
        assertThat(api.list().json().path("alerts").findValuesAsString("id"))
                .contains(kept)
                .doesNotContain(deleted);
        ArticleEnriched matching = tea(id("tea"));
        index.accept(matching);
        awaitSettled(List.of(matching), List.of(kept));
        assertThat(receiver.at("/kept")).hasSize(1);
        assertThat(receiver.at("/deleted")).isEmpty();
    }

    @Test
    void deletingAnAlertCancelsItsDeliveryBetweenAttempts() throws Exception {
        CountDownLatch firstAttemptArrived = new CountDownLatch(1);
        CountDownLatch deletedMeanwhile = new CountDownLatch(1);
        // the first attempt is answered (503, worth retrying) only once the alert is gone
        receiver.answer(
                "/cancelled",
                n -> {
                    if (n == 1) {
                        firstAttemptArrived.countDown();
                        try {
                            deletedMeanwhile.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    return 503;
                });
        String alertId = createAlert("云雾茶", Map.of(), "/cancelled").path("id").asString();
        index.accept(tea(id("tea")));
        assertThat(firstAttemptArrived.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();

        assertThat(api.delete(alertId).status()).isEqualTo(204);
        deletedMeanwhile.countDown();

        // without the cancellation, three more attempts would come within about two seconds
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(10))
                .until(() -> receiver.at("/cancelled").size() <= 1);
        elasticsearch.indices().refresh(r -> r.index(PREFIX + "alert-deliveries"));
        var deliveries =
                elasticsearch.search(
                        s ->
                                s.index(PREFIX + "alert-deliveries")
                                        .query(q -> q.term(t -> t.field("alertId").value(alertId))),
                        Map.class);
        assertThat(deliveries.hits().hits())
                .singleElement()
                .satisfies(hit -> assertThat(hit.source().get("status")).isEqualTo("cancelled"));
    }

    @Test
    void mistakesAreAnsweredWithProblemsThatSayWhatToFix() {
        Answer invalid =
                api.create(
                        "{\"q\": \"商标\", \"filters\": {\"topic\": \"patents\", \"from\":"
                                + " \"2024-13-01\"}, \"webhook\": \"ftp://example.org/hook\"}");

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.contentType()).startsWith("application/problem+json");
        assertThat(invalid.json().path("errors").size()).isEqualTo(3);
        assertThat(invalid.json().path("detail").asString())
                .contains(
                        "filters.topic \"patents\" is unknown",
                        "filters.from",
                        "http:// or https://");
        assertThat(api.create("not json").status()).isEqualTo(400);
        Answer unknown = api.get("no-such-alert");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().path("detail").asString()).contains("no-such-alert");
    }
}

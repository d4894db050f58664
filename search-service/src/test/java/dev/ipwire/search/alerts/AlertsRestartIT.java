package dev.ipwire.search.alerts;

import static dev.ipwire.search.TestArticles.article;
import static dev.ipwire.search.TestArticles.topic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import dev.ipwire.contracts.ArticleEnriched;
import dev.ipwire.contracts.Topic;
import dev.ipwire.search.SearchApplication;
import dev.ipwire.search.alerts.AlertsApi.Answer;
import dev.ipwire.search.alerts.WebhookReceiver.Received;
import dev.ipwire.search.indexing.ArticleIndexer;
import dev.ipwire.search.indexing.IndexArticle;
import dev.ipwire.stack.junit.LocalStackExtension;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Alerts across a restart: the service is stopped and a new one (a new application context) is
 * started on the same Elasticsearch node; the alerts, the pending deliveries and unfinished
 * matching are still there and carry on.
 */
@ExtendWith(LocalStackExtension.class)
class AlertsRestartIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String PREFIX = "alerts-restart-it-" + RUN + "-";

    private static WebhookReceiver receiver;
    private ConfigurableApplicationContext service;

    /** Each test's own outlet: its alerts see only its own articles. */
    private final String outlet =
            "山城晚报-restart-" + RUN + "-" + UUID.randomUUID().toString().substring(0, 4);

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @AfterEach
    void stopService() {
        if (service != null) {
            service.close();
        }
    }

    /** A new search-service on the shared stack, with this class's alert indexes. */
    private static ConfigurableApplicationContext startService() {
        // as command-line arguments: they override application.yaml, where defaults would not
        return new SpringApplicationBuilder(SearchApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.cloud.stream.bindings.index-in-0.consumer.auto-startup=false",
                        "--ipwire.alerts.index-prefix=" + PREFIX,
                        "--ipwire.alerts.delivery.max-attempts=100",
                        "--ipwire.alerts.delivery.initial-backoff=200ms",
                        "--ipwire.alerts.delivery.max-backoff=400ms",
                        "--ipwire.alerts.delivery.poll-interval=300ms",
                        // a claim the stopped instance could not give back is taken over when its
                        // lease runs out, as after a crash; short here so the test need not wait
                        "--ipwire.alerts.delivery.claim-lease=2s",
                        // the receiver listens on 127.0.0.1, which webhooks may not name by default
                        "--ipwire.alerts.delivery.allow-private-targets=true");
    }

    private static AlertsApi api(ConfigurableApplicationContext service) {
        return new AlertsApi(((WebServerApplicationContext) service).getWebServer().getPort());
    }

    private ArticleEnriched tea(String id) {
        return article(id)
                .title("云雾茶获批国家地理标志")
                .paragraphs("山城县出产的云雾茶日前获批国家地理标志。")
                .publishedAt("2023-04-10")
                .source(outlet)
                .topics(topic(Topic.GEOGRAPHIC_INDICATION, 0.9))
                .build();
    }

    private JsonNode createAlert(AlertsApi api, String path) {
        Answer created =
                api.create(
                        "{\"name\": \"重启\", \"q\": \"云雾茶\", \"filters\": {\"source\": \""
                                + outlet
                                + "\"}, \"webhook\": \""
                                + receiver.url(path)
                                + "\"}");
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.json();
    }

    @Test
    void alertsAndPendingDeliveriesSurviveARestartAndResumeWhereTheyStood() throws Exception {
        AtomicBoolean firstServiceStopped = new AtomicBoolean();
        receiver.answer("/restart", n -> firstServiceStopped.get() ? 200 : 503);
        service = startService();
        JsonNode created = createAlert(api(service), "/restart");
        String alertId = created.path("id").asString();
        ArticleEnriched matching = tea("restart-it-" + UUID.randomUUID());
        service.getBean(IndexArticle.class).accept(matching);
        await().atMost(PATIENCE).until(() -> receiver.at("/restart").size() >= 2);

        service.close();
        firstServiceStopped.set(true);
        int attemptsBefore = receiver.at("/restart").size();
        service = startService();

        AlertsApi api = api(service);
        JsonNode alert = api.get(alertId).json();
        assertThat(alert.path("name").asString()).isEqualTo("重启");
        assertThat(alert.path("q").asString()).isEqualTo("云雾茶");
        assertThat(alert.path("filters").path("source").asString()).isEqualTo(outlet);
        assertThat(alert.path("webhook").asString()).isEqualTo(receiver.url("/restart"));
        assertThat(alert.path("createdAt").asString())
                .isEqualTo(created.path("createdAt").asString());
        await().atMost(PATIENCE)
                .until(() -> receiver.at("/restart").stream().anyMatch(r -> r.answered() == 200));
        List<Received> received = receiver.at("/restart");
        Received accepted =
                received.stream().filter(r -> r.answered() == 200).findFirst().orElseThrow();
        assertThat(accepted.articleId()).isEqualTo(matching.id());
        assertThat(accepted.deliveryId()).isEqualTo(received.get(0).deliveryId());
        assertThat(accepted.signedWith(created.path("secret").asString())).isTrue();
        assertThat(accepted.body()).isEqualTo(received.get(0).body());
        assertThat(Integer.parseInt(accepted.header("X-IPWire-Attempt")))
                .as(
                        "the attempts count on from before the restart (one cut short by the stop"
                                + " is not counted)")
                .isGreaterThanOrEqualTo(attemptsBefore);
        await().atMost(PATIENCE)
                .untilAsserted(
                        () -> {
                            JsonNode stats = api.get(alertId).json().path("deliveries");
                            assertThat(stats.path("delivered").asLong()).isEqualTo(1);
                            assertThat(stats.path("pending").asLong()).isZero();
                            assertThat(stats.path("lastDelivery").path("attempts").asInt())
                                    .isEqualTo(
                                            Integer.parseInt(accepted.header("X-IPWire-Attempt")));
                        });
    }

    @Test
    void matchingLeftUnfinishedByAStopIsResumedAtStartUp() throws Exception {
        receiver.answer("/resumed", n -> 200);
        service = startService();
        String alertId = createAlert(api(service), "/resumed").path("id").asString();
        ArticleEnriched matching = tea("restart-it-" + UUID.randomUUID());
        // as if the service stopped right after the write: the article is in the index and
        // recorded as pending in the checks ledger, but was never matched
        ElasticsearchClient elasticsearch = service.getBean(ElasticsearchClient.class);
        elasticsearch.index(
                i ->
                        i.index(PREFIX + "alert-checks")
                                .id(matching.id())
                                .version(matching.revision())
                                .versionType(VersionType.External)
                                .document(
                                        Map.of(
                                                "articleId", matching.id(),
                                                "revision", matching.revision(),
                                                "state", "pending",
                                                "updatedAt", Instant.now().toString())));
        assertThat(service.getBean(ArticleIndexer.class).index(matching)).isTrue();
        service.close();
        assertThat(receiver.at("/resumed")).isEmpty();

        service = startService();

        await().atMost(PATIENCE).until(() -> !receiver.at("/resumed").isEmpty());
        assertThat(receiver.at("/resumed"))
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.articleId()).isEqualTo(matching.id());
                            assertThat(r.json().path("alertId").asString()).isEqualTo(alertId);
                        });
    }
}

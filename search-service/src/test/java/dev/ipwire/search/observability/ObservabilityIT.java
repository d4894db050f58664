package dev.ipwire.search.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import dev.ipwire.contracts.ArticleEnriched;
import dev.ipwire.contracts.KafkaTopics;
import dev.ipwire.search.ApiClient;
import dev.ipwire.search.TestArticles;
import dev.ipwire.stack.junit.LocalStackExtension;
import dev.ipwire.stack.junit.TestStack;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Observability of indexing on the real broker and search node: log lines about an article carry
 * the trace id of its record and its id; Prometheus counts indexed and dead-lettered records and
 * times the write and the whole pipeline; readiness (not liveness) checks Elasticsearch.
 */
@ExtendWith({LocalStackExtension.class, OutputCaptureExtension.class})
@SpringBootTest(webEnvironment = RANDOM_PORT)
class ObservabilityIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private static KafkaProducer<String, String> producer;

    @LocalServerPort int port;

    @BeforeAll
    static void connect(TestStack stack) {
        producer =
                new KafkaProducer<>(
                        Map.of(
                                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                stack.kafkaBootstrapServers(),
                                ProducerConfig.ACKS_CONFIG,
                                "all",
                                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                                StringSerializer.class.getName(),
                                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                                StringSerializer.class.getName()));
    }

    @AfterAll
    static void disconnect() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    private static void send(String key, String value, String traceId) throws Exception {
        ProducerRecord<String, String> record =
                new ProducerRecord<>(KafkaTopics.ARTICLES_ENRICHED, key, value);
        if (traceId != null) {
            record.headers().add("ipwire-trace-id", traceId.getBytes(StandardCharsets.UTF_8));
        }
        producer.send(record).get(30, TimeUnit.SECONDS);
    }

    @Test
    void logLinesAboutAnIndexedArticleCarryItsTraceIdAndIdAndMetricsCountIt(CapturedOutput output)
            throws Exception {
        ApiClient api = ApiClient.onPort(port);
        ArticleEnriched article =
                TestArticles.article("obs-it-" + UUID.randomUUID())
                        .title("可观测性测试文章")
                        .paragraphs("追踪编号随记录而来，日志逐行带上它。")
                        .build();
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String poisonKey = "obs-it-poison-" + UUID.randomUUID();

        send(article.id(), TestArticles.JSON.writeValueAsString(article), traceId);
        send(poisonKey, "不是JSON {{{", null);

        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(api.article(article.id()).status()).isEqualTo(200));
        List<String> aboutTheArticle =
                output.getAll().lines().filter(line -> line.contains(article.id())).toList();
        assertThat(aboutTheArticle)
                .isNotEmpty()
                .allMatch(
                        line ->
                                line.contains(
                                        "[trace=" + traceId + " article=" + article.id() + "]"));

        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(
                        () -> {
                            String metrics = prometheus();
                            assertThat(
                                            value(
                                                    metrics,
                                                    "ipwire_articles_indexed_total\\{[^}]*result=\"written\"[^}]*\\}"))
                                    .isGreaterThanOrEqualTo(1);
                            assertThat(
                                            value(
                                                    metrics,
                                                    "ipwire_search_index_write_seconds_count(?:\\{[^}]*\\})?"))
                                    .isGreaterThanOrEqualTo(1);
                            assertThat(
                                            value(
                                                    metrics,
                                                    "ipwire_pipeline_latency_seconds_count(?:\\{[^}]*\\})?"))
                                    .isGreaterThanOrEqualTo(1);
                            assertThat(
                                            value(
                                                    metrics,
                                                    "ipwire_articles_dlq_total\\{[^}]*stage=\"search\"[^}]*\\}"))
                                    .isGreaterThanOrEqualTo(1);
                            assertThat(metrics)
                                    .containsPattern(
                                            "(?m)^kafka_consumer_fetch_manager_records_lag_max\\{");
                        });
    }

    @Test
    void readinessChecksElasticsearchAndTheBinderAndLivenessDoesNot() {
        ApiClient api = ApiClient.onPort(port);
        ApiClient.Response readiness = api.get("/actuator/health/readiness");
        ApiClient.Response liveness = api.get("/actuator/health/liveness");

        assertThat(readiness.json().at("/components/elasticsearch/status").asString())
                .isEqualTo("UP");
        assertThat(readiness.json().at("/components/binders/status").asString()).isEqualTo("UP");
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.body()).doesNotContain("elasticsearch").doesNotContain("binders");
    }

    /** The Prometheus text (ApiClient asks for JSON, which this endpoint does not speak). */
    private String prometheus() throws Exception {
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create(
                                                "http://127.0.0.1:"
                                                        + port
                                                        + "/actuator/prometheus"))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static double value(String metrics, String series) {
        Matcher matcher = Pattern.compile("(?m)^" + series + " ([0-9.eE+-]+)$").matcher(metrics);
        double max = -1;
        while (matcher.find()) {
            max = Math.max(max, Double.parseDouble(matcher.group(1)));
        }
        return max;
    }
}

package dev.ipwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.stack.junit.LocalStackExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Observability of ingest on a real broker: the request's trace id (W3C traceparent, X-Request-Id
 * or a new one) in the record's {@code ipwire-trace-id} header, in the response's X-Request-Id and
 * in every log line about the article; the Prometheus counter and publish timer; readiness with
 * Kafka and liveness without it.
 */
@ExtendWith({LocalStackExtension.class, OutputCaptureExtension.class})
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ipwire.ingest.search-base-url=http://search.example:8083")
class ObservabilityIT {

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort int port;

    private HttpResponse<String> post(String content, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/articles"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json")
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        json.writeValueAsString(Map.of("content", content)),
                                        StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String article() {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        return "商标侵权案件审结 " + mark + "\n\n本报讯 法院近日审结一起商标侵权案件，编号 " + mark + "。\n";
    }

    private ConsumerRecord<String, String> record(String id) {
        List<ConsumerRecord<String, String>> found =
                TopicRecords.await(
                        System.getProperty("spring.kafka.bootstrap-servers"),
                        "articles.raw",
                        r -> id.equals(r.key()),
                        1,
                        Duration.ofSeconds(60));
        assertThat(found).as("record %s on articles.raw", id).hasSize(1);
        return found.getFirst();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Test
    void aW3cTraceparentsTraceIdFollowsTheArticleIntoTheRecordAndTheLogs(CapturedOutput output)
            throws Exception {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        HttpResponse<String> response =
                post(article(), Map.of("traceparent", "00-" + traceId + "-b7ad6b7169203331-01"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String id = json.readTree(response.body()).get("id").asString();
        assertThat(response.headers().firstValue("X-Request-Id")).contains(traceId);
        assertThat(header(record(id), "ipwire-trace-id")).isEqualTo(traceId);
        List<String> aboutTheArticle =
                output.getAll().lines().filter(line -> line.contains(id)).toList();
        assertThat(aboutTheArticle)
                .isNotEmpty()
                .allMatch(line -> line.contains("[trace=" + traceId + " article=" + id + "]"));
    }

    @Test
    void aPlainRequestIdIsTakenAndWithoutEitherANewTraceIdIsMade() throws Exception {
        HttpResponse<String> named = post(article(), Map.of("X-Request-Id", "newsroom-42.7"));
        HttpResponse<String> anonymous = post(article(), Map.of("X-Request-Id", "not a token!"));

        assertThat(named.statusCode()).isEqualTo(202);
        assertThat(anonymous.statusCode()).isEqualTo(202);
        String namedId = json.readTree(named.body()).get("id").asString();
        String anonymousId = json.readTree(anonymous.body()).get("id").asString();
        assertThat(header(record(namedId), "ipwire-trace-id")).isEqualTo("newsroom-42.7");
        String made = header(record(anonymousId), "ipwire-trace-id");
        assertThat(made).matches("[0-9a-f]{32}");
        assertThat(anonymous.headers().firstValue("X-Request-Id")).contains(made);
    }

    @Test
    void prometheusCountsIngestedArticlesAndTimesTheBrokerAcknowledgement() throws Exception {
        assertThat(post(article(), Map.of()).statusCode()).isEqualTo(202);

        String metrics = get("/actuator/prometheus").body();

        assertThat(value(metrics, "ipwire_articles_ingested_total")).isGreaterThanOrEqualTo(1);
        assertThat(value(metrics, "ipwire_ingest_publish_seconds_count")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void readinessChecksKafkaAndLivenessDoesNot() throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        HttpResponse<String> liveness = get("/actuator/health/liveness");

        JsonNode ready = json.readTree(readiness.body());
        assertThat(ready.at("/components/kafka/status").asString()).isEqualTo("UP");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).doesNotContain("kafka");
    }

    /** The largest sample of a series (labels allowed), or -1 when there is none. */
    private static double value(String metrics, String name) {
        Matcher matcher =
                Pattern.compile("(?m)^" + name + "(?:\\{[^}]*\\})? ([0-9.eE+-]+)$")
                        .matcher(metrics);
        double max = -1;
        while (matcher.find()) {
            max = Math.max(max, Double.parseDouble(matcher.group(1)));
        }
        return max;
    }
}

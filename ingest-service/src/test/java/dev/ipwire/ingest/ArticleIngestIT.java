package dev.ipwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.stack.junit.LocalStackExtension;
import dev.ipwire.stack.junit.TestStack;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole service against a real Kafka broker: HTTP in, {@code ArticleReceived} on {@code
 * articles.raw} out. Each test posts its own unique text, so tests do not see each other's records.
 */
@ExtendWith(LocalStackExtension.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ipwire.ingest.search-base-url=http://search.example:8083",
            "ipwire.ingest.max-content-size=64KB"
        })
class ArticleIngestIT {

    private static final String TOPIC = "articles.raw";
    private static final Duration KAFKA_WAIT = Duration.ofSeconds(60);

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort int port;

    private TestStack stack;

    @BeforeEach
    void stack(TestStack stack) {
        this.stack = stack;
    }

    private URI articles() {
        return URI.create("http://127.0.0.1:" + port + "/api/v1/articles");
    }

    /** Text no other test (or earlier run) posted. */
    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private HttpResponse<String> postJson(String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(articles())
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String articleJson(String content) {
        return json.writeValueAsString(Map.of("content", content));
    }

    @Test
    void postedArticleIsPublishedToArticlesRawKeyedById() throws Exception {
        String mark = unique();
        String title = "市知识产权局开展专利执法专项行动 " + mark;
        String content =
                title
                        + "\n\n"
                        + "　　本报讯 今年以来，市知识产权局围绕重点领域开展专利执法专项行动。\n"
                        + "　　行动期间共查处假冒专利案件十余起，编号 "
                        + mark
                        + "。\n";

        HttpResponse<String> response = postJson(articleJson(content));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode accepted = json.readTree(response.body());
        String id = accepted.get("id").asString();
        long revision = accepted.get("revision").asLong();
        assertThat(id).matches("[0-9a-f]{64}");
        assertThat(accepted.get("title").asString()).isEqualTo(title);
        assertThat(accepted.get("duplicateOf").isNull()).isTrue();
        assertThat(response.headers().firstValue("Location"))
                .contains("http://search.example:8083/api/v1/articles/" + id);

        JsonNode record = awaitRecord(id, revision);
        assertThat(record.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(record.get("id").asString()).isEqualTo(id);
        assertThat(record.get("revision").asLong()).isEqualTo(revision);
        assertThat(record.get("title").asString()).isEqualTo(title);
        assertThat(strings(record.get("paragraphs")))
                .containsExactly(
                        "本报讯今年以来，市知识产权局围绕重点领域开展专利执法专项行动。", "行动期间共查处假冒专利案件十余起，编号 " + mark + "。");
        assertThat(record.get("language").asString()).isEqualTo("zh-Hans");
        assertThat(record.get("contentHash").asString()).startsWith("sha256:");
        assertThat(record.get("receivedAt").isNull()).isFalse();
    }

    @Test
    void resendingTheSameContentYieldsTheSameIdAndAHigherRevision() throws Exception {
        String mark = unique();
        String content = "商标品牌建设推进会召开 " + mark + "\n会议部署了商标品牌培育工作。\n会上发布了典型案例 " + mark + "。";

        HttpResponse<String> first = postJson(articleJson(content));
        HttpResponse<String> second = postJson(articleJson(content));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(202);
        JsonNode a = json.readTree(first.body());
        JsonNode b = json.readTree(second.body());
        assertThat(b.get("id").asString()).isEqualTo(a.get("id").asString());
        assertThat(b.get("revision").asLong()).isGreaterThan(a.get("revision").asLong());

        JsonNode latest = awaitRecord(b.get("id").asString(), b.get("revision").asLong());
        assertThat(latest.get("title").asString()).isEqualTo("商标品牌建设推进会召开 " + mark);
    }

    @Test
    void gb18030TextFileUploadIsAcceptedWithItsTitle() throws Exception {
        String mark = unique();
        String title = "地理标志运用促进工程成效显著 " + mark;
        String text = title + "\r\n全县地理标志产品年产值持续增长。\r\n果农收入明显提高，编号" + mark + "。\r\n";
        byte[] file = text.getBytes(Charset.forName("GB18030"));

        String boundary = "----ipwire" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(
                ("--"
                                + boundary
                                + "\r\nContent-Disposition: form-data; name=\"source\"\r\n\r\n"
                                + "示例农报\r\n"
                                + "--"
                                + boundary
                                + "\r\nContent-Disposition: form-data; name=\"file\";"
                                + " filename=\"news.txt\"\r\nContent-Type: text/plain\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response =
                http.send(
                        HttpRequest.newBuilder(articles())
                                .timeout(Duration.ofSeconds(60))
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode accepted = json.readTree(response.body());
        assertThat(accepted.get("title").asString()).isEqualTo(title);

        JsonNode record =
                awaitRecord(accepted.get("id").asString(), accepted.get("revision").asLong());
        assertThat(strings(record.get("paragraphs")))
                .containsExactly("全县地理标志产品年产值持续增长。", "果农收入明显提高，编号" + mark + "。");
        assertThat(record.get("source").get("name").asString()).isEqualTo("示例农报");
    }

    @Test
    void emptyContentIsRefusedWithProblemJsonOverRealHttp() throws Exception {
        HttpResponse<String> response = postJson("{\"content\": \"   \"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("detail").asString()).contains("content");
    }

    @Test
    void chunkedBodyOverTheLimitIs413() throws Exception {
        byte[] huge = articleJson("专利".repeat(40_000) + unique()).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response =
                http.send(
                        HttpRequest.newBuilder(articles())
                                .timeout(Duration.ofSeconds(60))
                                .header("Content-Type", "application/json")
                                .POST(
                                        HttpRequest.BodyPublishers.ofInputStream(
                                                () -> new ByteArrayInputStream(huge)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("max-content-size").doesNotContain("at dev.ipwire");
    }

    @Test
    void readinessIncludesTheBrokerAndTheArticleLogReplay() throws Exception {
        HttpRequest readiness =
                HttpRequest.newBuilder(
                                URI.create(
                                        "http://127.0.0.1:" + port + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(30))
                        .build();
        // Ready once the registry has replayed the topics (a moment after start-up).
        long deadline = System.nanoTime() + KAFKA_WAIT.toNanos();
        HttpResponse<String> response = http.send(readiness, HttpResponse.BodyHandlers.ofString());
        while (response.statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            response = http.send(readiness, HttpResponse.BodyHandlers.ofString());
        }

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("status").asString()).isEqualTo("UP");
    }

    @Test
    void articlesRawIsCompacted() throws Exception {
        // The application creates the topic at start-up; the context is up before any test runs.
        try (Admin admin =
                Admin.create(
                        Map.of(
                                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                                stack.kafkaBootstrapServers()))) {
            assertThat(admin.listTopics().names().get()).contains(TOPIC);
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
            Config config = admin.describeConfigs(List.of(topic)).all().get().get(topic);

            assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo("compact");
            assertThat(
                            admin.describeTopics(List.of(TOPIC))
                                    .allTopicNames()
                                    .get()
                                    .get(TOPIC)
                                    .partitions())
                    .hasSize(6);
        }
    }

    /** Reads articles.raw from the beginning until the record of {@code id} at {@code revision}. */
    private JsonNode awaitRecord(String id, long revision) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "ingest-it-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<String> seenRevisions = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions =
                    consumer.partitionsFor(TOPIC, KAFKA_WAIT).stream()
                            .map(info -> new TopicPartition(TOPIC, info.partition()))
                            .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + KAFKA_WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    if (!id.equals(record.key())) {
                        continue;
                    }
                    JsonNode value = json.readTree(record.value());
                    seenRevisions.add(value.get("revision").asString());
                    if (value.get("revision").asLong() == revision) {
                        return value;
                    }
                }
            }
        }
        throw new AssertionError(
                "no record with key "
                        + id
                        + " and revision "
                        + revision
                        + " on "
                        + TOPIC
                        + " within "
                        + KAFKA_WAIT
                        + " (revisions seen for that key: "
                        + seenRevisions
                        + ")");
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }
}

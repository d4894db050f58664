package dev.ipwire.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ipwire.ingest.IngestApplication;
import dev.ipwire.ingest.TopicRecords;
import dev.ipwire.stack.junit.LocalStackExtension;
import dev.ipwire.stack.junit.TestStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feed polling against a real Kafka broker: a feed served on 127.0.0.1 is registered through the
 * API, its items arrive on {@code articles.raw}, the next poll is conditional and answered 304, and
 * the registration is kept in {@code ingest.feeds} (and read back by a restarted instance).
 */
@ExtendWith(LocalStackExtension.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ipwire.ingest.feeds.enabled=true", "ipwire.ingest.feeds.min-interval=1s"})
@DirtiesContext
class FeedPollingIT {

    private static final Duration KAFKA_WAIT = Duration.ofSeconds(60);

    private static FeedServer server;

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort int port;

    private TestStack stack;

    @BeforeAll
    static void serveFeeds() {
        server = FeedServer.start();
    }

    @AfterAll
    static void stopServing() {
        server.close();
    }

    @BeforeEach
    void stack(TestStack stack) {
        this.stack = stack;
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(
                request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> register(int port, Map<String, Object> body) throws Exception {
        return send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/feeds"))
                        .header("Content-Type", "application/json")
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        json.writeValueAsString(body), StandardCharsets.UTF_8)));
    }

    private JsonNode feeds(int port) throws Exception {
        HttpResponse<String> response =
                send(
                        HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/api/v1/feeds")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static JsonNode feed(JsonNode list, String id) {
        for (JsonNode feed : list.get("feeds")) {
            if (id.equals(feed.get("id").asString())) {
                return feed;
            }
        }
        return null;
    }

    /** An RSS 2.0 feed of two articles, told apart from every other run by {@code mark}. */
    private static byte[] rss(String mark) {
        String xml =
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel><title>集成测试知识产权快讯 %1$s</title><link>http://127.0.0.1/</link>
                <description>为集成测试编写</description>
                <item>
                  <title>某市专利侵权纠纷行政裁决提速 %1$s</title>
                  <link>http://127.0.0.1/it/%1$s/1.html</link>
                  <guid isPermaLink="false">it-%1$s-1</guid>
                  <pubDate>Fri, 16 Aug 2024 09:00:00 +0800</pubDate>
                  <content:encoded><![CDATA[<p>某市知识产权局推行专利侵权纠纷行政裁决简案快办，平均办案周期明显缩短。</p>]]></content:encoded>
                </item>
                <item>
                  <title>高价值发明专利培育项目开始申报 %1$s</title>
                  <link>http://127.0.0.1/it/%1$s/2.html</link>
                  <description>&lt;p&gt;项目面向重点产业企业，支持高价值发明专利培育。&lt;/p&gt;</description>
                </item>
                </channel></rss>
                """
                        .formatted(mark);
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aRegisteredFeedIsPolledToArticlesRawThenConditionallyAndCanBeDeleted() throws Exception {
        String mark = unique();
        String etag = "\"" + mark + "\"";
        String path = "/feeds/" + mark + ".xml";
        URI url = server.url(path);
        server.serve(rss(mark), etag, null);

        HttpResponse<String> created =
                register(port, Map.of("url", url.toString(), "name", "集成测试报社", "interval", "1s"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode registration = json.readTree(created.body());
        String id = registration.get("id").asString();
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/feeds/" + id);
        assertThat(registration.get("url").asString()).isEqualTo(url.toString());
        assertThat(registration.get("interval").asString()).isEqualTo("PT1S");

        // Both items arrive on articles.raw, with the feed's metadata.
        List<ConsumerRecord<String, String>> records =
                TopicRecords.await(
                        stack.kafkaBootstrapServers(),
                        "articles.raw",
                        record -> url.toString().equals(sourceField(record, "feed")),
                        2,
                        KAFKA_WAIT);
        assertThat(records).hasSize(2);
        JsonNode first = valueWithExternalId(records, "it-" + mark + "-1");
        assertThat(first.get("source").get("url").asString())
                .isEqualTo("http://127.0.0.1/it/" + mark + "/1.html");
        assertThat(first.get("source").get("name").asString()).isEqualTo("集成测试报社");
        assertThat(first.get("title").asString()).isEqualTo("某市专利侵权纠纷行政裁决提速 " + mark);
        assertThat(first.get("publishedAt").asString()).isEqualTo("2024-08-16T09:00:00+08:00");
        assertThat(first.get("paragraphs").get(0).asString())
                .isEqualTo("某市知识产权局推行专利侵权纠纷行政裁决简案快办，平均办案周期明显缩短。");
        JsonNode second = valueWithExternalId(records, "http://127.0.0.1/it/" + mark + "/2.html");
        assertThat(second.get("source").get("url").asString())
                .isEqualTo("http://127.0.0.1/it/" + mark + "/2.html");
        assertThat(second.get("title").asString()).isEqualTo("高价值发明专利培育项目开始申报 " + mark);

        // The next poll sends the ETag and is answered 304.
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () ->
                                server.requests().stream()
                                        .anyMatch(
                                                request ->
                                                        request.path().equals(path)
                                                                && etag.equals(
                                                                        request.ifNoneMatch())
                                                                && request.status() == 304));
        assertThat(server.requests().stream().filter(r -> r.path().equals(path)).findFirst())
                .hasValueSatisfying(r -> assertThat(r.ifNoneMatch()).isNull());
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> {
                            JsonNode listed = feed(feeds(port), id);
                            assertThat(listed).isNotNull();
                            assertThat(listed.get("itemsAccepted").asLong()).isEqualTo(2);
                            assertThat(listed.get("lastStatus").asString())
                                    .isEqualTo("not-modified");
                            assertThat(listed.get("lastPolledAt").isNull()).isFalse();
                            assertThat(listed.get("title").asString())
                                    .isEqualTo("集成测试知识产权快讯 " + mark);
                        });
        // Nothing was sent twice.
        assertThat(
                        TopicRecords.await(
                                stack.kafkaBootstrapServers(),
                                "articles.raw",
                                record -> url.toString().equals(sourceField(record, "feed")),
                                3,
                                Duration.ofSeconds(3)))
                .hasSize(2);

        // The registration is in ingest.feeds, keyed by the feed id.
        List<ConsumerRecord<String, String>> stored =
                TopicRecords.await(
                        stack.kafkaBootstrapServers(),
                        "ingest.feeds",
                        record -> id.equals(record.key()),
                        1,
                        KAFKA_WAIT);
        assertThat(stored).hasSize(1);
        JsonNode storedValue = json.readTree(stored.getFirst().value());
        assertThat(storedValue.get("url").asString()).isEqualTo(url.toString());
        assertThat(storedValue.get("name").asString()).isEqualTo("集成测试报社");

        // Deleting answers 204, writes a tombstone and stops polling.
        HttpResponse<String> deleted =
                send(
                        HttpRequest.newBuilder(
                                        URI.create(
                                                "http://127.0.0.1:" + port + "/api/v1/feeds/" + id))
                                .DELETE());
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(
                        TopicRecords.await(
                                stack.kafkaBootstrapServers(),
                                "ingest.feeds",
                                record -> id.equals(record.key()) && record.value() == null,
                                1,
                                KAFKA_WAIT))
                .hasSize(1);
        assertThat(feed(feeds(port), id)).isNull();
        HttpResponse<String> gone =
                send(
                        HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/api/v1/feeds/" + id)));
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void registrationsAreReadBackByARestartedInstance() throws Exception {
        String mark = unique();
        URI url = server.url("/feeds/restart-" + mark + ".xml");
        server.serve(rss(mark), null, null);
        HttpResponse<String> created =
                register(
                        port,
                        Map.of("url", url.toString(), "name", "重启测试报社 " + mark, "interval", "2m"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json.readTree(created.body()).get("id").asString();

        try (ConfigurableApplicationContext restarted =
                new SpringApplicationBuilder(IngestApplication.class)
                        .run(
                                "--server.port=0",
                                "--ipwire.ingest.feeds.enabled=true",
                                "--ipwire.ingest.feeds.min-interval=1s")) {
            int restartedPort =
                    Integer.parseInt(restarted.getEnvironment().getProperty("local.server.port"));

            JsonNode listed = feed(feeds(restartedPort), id);

            assertThat(listed).as("the registration, read back from ingest.feeds").isNotNull();
            assertThat(listed.get("url").asString()).isEqualTo(url.toString());
            assertThat(listed.get("name").asString()).isEqualTo("重启测试报社 " + mark);
            assertThat(listed.get("interval").asString()).isEqualTo("PT2M");
            assertThat(listed.get("origin").asString()).isEqualTo("registered");
        }
    }

    @Test
    void aUrlThatIsNotHttpIsRefusedWithAProblem() throws Exception {
        HttpResponse<String> refused = register(port, Map.of("url", "file:///etc/hostname"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(refused.body()).get("detail").asString())
                .contains("only http and https");
    }

    private String sourceField(ConsumerRecord<String, String> record, String field) {
        if (record.value() == null) {
            return null;
        }
        JsonNode source = json.readTree(record.value()).get("source");
        return source == null || source.get(field) == null ? null : source.get(field).asString();
    }

    private JsonNode valueWithExternalId(
            List<ConsumerRecord<String, String>> records, String externalId) {
        for (ConsumerRecord<String, String> record : records) {
            JsonNode value = json.readTree(record.value());
            if (externalId.equals(value.get("externalId").asString())) {
                return value;
            }
        }
        throw new AssertionError("no record with externalId " + externalId + " among " + records);
    }
}

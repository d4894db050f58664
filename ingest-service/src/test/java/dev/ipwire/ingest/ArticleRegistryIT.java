package dev.ipwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.ipwire.contracts.KafkaTopics;
import dev.ipwire.stack.junit.LocalStackExtension;
import dev.ipwire.stack.junit.TestStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The article registry on the real local stack: near-duplicates on {@code POST}, the status walking
 * through received → enriched → indexed (or failed) as records appear on the later stages' topics
 * and search-service (a stub here) answers, and a second instance that learns everything from the
 * log.
 *
 * <p>Each test writes its own stories from random characters, so no other test's (or earlier run's)
 * article can look like them.
 */
@ExtendWith(LocalStackExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ArticleRegistryIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    /** search-service as a stub: article id → indexed revision. */
    private static final Map<String, Long> indexed = new ConcurrentHashMap<>();

    private static final HttpServer search = startSearchStub();

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final SplittableRandom random = new SplittableRandom();

    @LocalServerPort int port;

    private TestStack stack;

    @DynamicPropertySource
    static void searchService(DynamicPropertyRegistry registry) {
        registry.add("ipwire.ingest.search-base-url", ArticleRegistryIT::searchUrl);
    }

    private static String searchUrl() {
        return "http://127.0.0.1:" + search.getAddress().getPort();
    }

    private static HttpServer startSearchStub() {
        try {
            HttpServer server =
                    HttpServer.create(
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext(
                    "/api/v1/articles/",
                    exchange -> {
                        String id =
                                exchange.getRequestURI()
                                        .getPath()
                                        .substring("/api/v1/articles/".length());
                        Long revision = indexed.get(id);
                        byte[] body =
                                (revision == null
                                                ? "{\"status\":404,\"title\":\"Not Found\"}"
                                                : "{\"id\":\""
                                                        + id
                                                        + "\",\"revision\":"
                                                        + revision
                                                        + "}")
                                        .getBytes(StandardCharsets.UTF_8);
                        exchange.getResponseHeaders().set("Content-Type", "application/json");
                        exchange.sendResponseHeaders(revision == null ? 404 : 200, body.length);
                        exchange.getResponseBody().write(body);
                        exchange.close();
                    });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stopSearchStub() {
        search.stop(0);
    }

    @BeforeEach
    void stack(TestStack stack) {
        this.stack = stack;
    }

    // ---- stories -------------------------------------------------------------------------

    /** A story of random Chinese characters: five paragraphs of three sentences. */
    private record Story(String title, List<List<String>> paragraphs) {

        String asText() {
            StringBuilder text = new StringBuilder(title).append('\n');
            paragraphs.forEach(p -> text.append(String.join("", p)).append('\n'));
            return text.toString();
        }
    }

    private String han(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(0x4E00 + random.nextInt(0x9FA5 - 0x4E00));
        }
        return text.toString();
    }

    private Story story() {
        List<List<String>> paragraphs = new ArrayList<>();
        for (int p = 0; p < 5; p++) {
            List<String> sentences = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                sentences.add(
                        han(18 + random.nextInt(20)) + "，" + han(10 + random.nextInt(10)) + "。");
            }
            paragraphs.add(sentences);
        }
        return new Story("知识产权" + han(12), paragraphs);
    }

    /**
     * The story as another outlet republished it: HTML with front matter, its own dateline and
     * editor, another headline, the last sentence dropped and a few characters changed.
     */
    private String republished(Story story) {
        StringBuilder html =
                new StringBuilder("---\ntitle: \"")
                        .append(story.title().substring(0, 8))
                        .append(han(4))
                        .append("\"\nauthor: 转载网\n---\n<div class=\"article\">\n");
        for (int p = 0; p < story.paragraphs().size(); p++) {
            List<String> sentences = new ArrayList<>(story.paragraphs().get(p));
            if (p == story.paragraphs().size() - 1) {
                sentences.removeLast();
            }
            if (p == 1) {
                String edited = sentences.get(0);
                sentences.set(0, edited.substring(0, 5) + han(2) + edited.substring(7));
            }
            String text = String.join("", sentences);
            if (p == 0) {
                text = "转载网5月16日讯（记者 " + han(3) + "）" + text;
            }
            html.append("<p>　　").append(text).append("</p>\n");
        }
        return html.append("</div>\n<p>【责任编辑：").append(han(2)).append("】</p>\n").toString();
    }

    // ---- HTTP and Kafka helpers ----------------------------------------------------------

    private JsonNode post(int port, String content) throws Exception {
        HttpResponse<String> response =
                http.send(
                        HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + port + "/api/v1/articles"))
                                .timeout(WAIT)
                                .header("Content-Type", "application/json")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                json.writeValueAsString(Map.of("content", content)),
                                                StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(WAIT)
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private JsonNode status(int port, String id) throws Exception {
        HttpResponse<String> response = get(port, "/api/v1/articles/" + id + "/status");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    /** Polls the status (404 while unknown) until it satisfies {@code condition}; returns it. */
    private JsonNode awaitStatus(int port, String id, Predicate<JsonNode> condition)
            throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            HttpResponse<String> response = get(port, "/api/v1/articles/" + id + "/status");
            JsonNode status = response.statusCode() == 200 ? json.readTree(response.body()) : null;
            if (status != null && condition.test(status)) {
                return status;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("status of " + id + " stayed " + response.body());
            }
            Thread.sleep(200);
        }
    }

    private void ensureTopic(String topic) throws Exception {
        try (Admin admin =
                Admin.create(
                        Map.of(
                                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                                stack.kafkaBootstrapServers()))) {
            admin.createTopics(
                            List.of(
                                    new NewTopic(topic, 6, (short) 1)
                                            .configs(
                                                    Map.of(
                                                            TopicConfig.CLEANUP_POLICY_CONFIG,
                                                            TopicConfig.CLEANUP_POLICY_COMPACT))))
                    .all()
                    .get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    private void produce(String topic, String key, String value, Map<String, String> headers)
            throws Exception {
        ensureTopic(topic);
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            headers.forEach(
                    (name, text) ->
                            record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        }
    }

    /** Reads articles.raw from the beginning until the record of {@code id} at {@code revision}. */
    private JsonNode awaitRecord(String id, long revision) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "registry-it-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions =
                    consumer.partitionsFor(KafkaTopics.ARTICLES_RAW, WAIT).stream()
                            .map(info -> new TopicPartition(info.topic(), info.partition()))
                            .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    JsonNode value = json.readTree(record.value());
                    if (id.equals(record.key()) && value.get("revision").asLong() == revision) {
                        return value;
                    }
                }
            }
        }
        throw new AssertionError(
                "no record of " + id + " revision " + revision + " on articles.raw");
    }

    /** An {@code ArticleEnriched} for the raw record: the article plus a minimal enrichment. */
    private String enriched(JsonNode raw) {
        ObjectNode article = (ObjectNode) raw.deepCopy();
        article.putObject("entities").putArray("person");
        article.putArray("regions");
        article.putArray("topics");
        article.putNull("primaryTopic");
        article.putArray("keywords").add("知识产权");
        article.put("summary", raw.get("title").asString());
        article.putArray("amounts");
        article.putArray("giProducts");
        article.put("enrichedAt", "2026-03-02T08:15:31Z");
        article.put("nlpVersion", "registry-it");
        return json.writeValueAsString(article);
    }

    // ---- tests ---------------------------------------------------------------------------

    @Test
    void aRepublicationIsMarkedAsANearDuplicateOfTheFirstArticle() throws Exception {
        Story story = story();

        JsonNode first = post(port, story.asText());
        JsonNode second = post(port, republished(story));

        String firstId = first.get("id").asString();
        assertThat(first.get("duplicateOf").isNull()).isTrue();
        assertThat(second.get("id").asString()).isNotEqualTo(firstId);
        assertThat(second.get("duplicateOf").asString()).isEqualTo(firstId);
        JsonNode record = awaitRecord(second.get("id").asString(), second.get("revision").asLong());
        assertThat(record.get("nearDuplicateOf").asString()).isEqualTo(firstId);
        assertThat(status(port, second.get("id").asString()).get("nearDuplicateOf").asString())
                .isEqualTo(firstId);

        // An unrelated story is not a near-duplicate of either.
        assertThat(post(port, story().asText()).get("duplicateOf").isNull()).isTrue();
    }

    @Test
    void theStatusFollowsTheArticleThroughThePipeline() throws Exception {
        JsonNode accepted = post(port, story().asText());
        String id = accepted.get("id").asString();
        long revision = accepted.get("revision").asLong();

        JsonNode received = status(port, id);
        assertThat(received.get("state").asString()).isEqualTo("received");
        assertThat(received.get("revision").asLong()).isEqualTo(revision);

        produce(KafkaTopics.ARTICLES_ENRICHED, id, enriched(awaitRecord(id, revision)), Map.of());
        JsonNode enriched =
                awaitStatus(port, id, s -> s.get("state").asString().equals("enriched"));
        assertThat(enriched.get("enrichedRevision").asLong()).isEqualTo(revision);

        indexed.put(id, revision);
        JsonNode done = status(port, id);
        assertThat(done.get("state").asString()).isEqualTo("indexed");
        assertThat(done.get("indexedRevision").asLong()).isEqualTo(revision);
    }

    @Test
    void anArticleDeadLetteredByNlpFailsWithTheReason() throws Exception {
        JsonNode accepted = post(port, story().asText());
        String id = accepted.get("id").asString();
        JsonNode raw = awaitRecord(id, accepted.get("revision").asLong());

        produce(
                KafkaTopics.DLQ_NLP,
                id,
                json.writeValueAsString(raw),
                Map.of(
                        "x-exception-message", "文章没有可分析的中文正文",
                        "x-exception-fqcn", "dev.ipwire.nlp.enrichment.UnsupportedArticleException",
                        "x-original-topic", KafkaTopics.ARTICLES_RAW));

        JsonNode failed = awaitStatus(port, id, s -> s.get("state").asString().equals("failed"));
        assertThat(failed.get("reason").asString()).isEqualTo("文章没有可分析的中文正文");
        assertThat(failed.get("failedStage").asString()).isEqualTo("nlp");
    }

    @Test
    void unknownArticlesAre404() throws Exception {
        HttpResponse<String> response = get(port, "/api/v1/articles/" + "0".repeat(64) + "/status");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void aSecondInstanceLearnsEveryArticleFromTheLog() throws Exception {
        Story story = story();
        JsonNode first = post(port, story.asText());
        String firstId = first.get("id").asString();

        try (ConfigurableApplicationContext second =
                new SpringApplicationBuilder(IngestApplication.class)
                        // Arguments, not default properties: application.yaml sets server.port.
                        .run("--server.port=0", "--ipwire.ingest.search-base-url=" + searchUrl())) {
            int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
            long deadline = System.nanoTime() + WAIT.toNanos();
            HttpResponse<String> readiness = get(secondPort, "/actuator/health/readiness");
            while (readiness.statusCode() != 200 && System.nanoTime() < deadline) {
                Thread.sleep(200);
                readiness = get(secondPort, "/actuator/health/readiness");
            }
            assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);

            assertThat(status(secondPort, firstId).get("state").asString()).isEqualTo("received");
            JsonNode copy = post(secondPort, republished(story));
            assertThat(copy.get("duplicateOf").asString()).isEqualTo(firstId);

            // And the first instance learns the second's article from the log.
            JsonNode seen =
                    awaitStatus(
                            port,
                            copy.get("id").asString(),
                            s -> s.get("revision").asLong() == copy.get("revision").asLong());
            assertThat(seen.get("nearDuplicateOf").asString()).isEqualTo(firstId);
        }
    }
}

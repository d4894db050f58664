package dev.ipwire.nlp.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.contracts.GoldenSamples;
import dev.ipwire.contracts.KafkaTopics;
import dev.ipwire.stack.junit.LocalStackExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stream on a real Kafka broker: {@code articles.raw} in, {@code articles.enriched} out with
 * the same key, poison records to the dead-letter topic, and the stream keeps flowing.
 */
@ExtendWith(LocalStackExtension.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ipwire.security.admin-key=" + EnrichmentStreamIT.ADMIN_KEY)
class EnrichmentStreamIT {

    /** Generous: the machine has two cores and other builds may run beside this one. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort private int port;

    @Autowired private NlpVersion nlpVersion;

    private static KafkaProducer<String, byte[]> producer;
    private static KafkaConsumer<String, byte[]> consumer;

    /** Everything the consumer has seen so far, across polls and tests. */
    private static final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    /**
     * Runs after LocalStackExtension started the stack and before Spring starts (a per-class test
     * instance would start Spring first, still pointing at the default broker address).
     */
    @BeforeAll
    static void connect() {
        String bootstrapServers = System.getProperty("spring.kafka.bootstrap-servers");
        assertThat(bootstrapServers).as("set by LocalStackExtension").isNotBlank();
        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        // the 5 MB poison record; the system's record limit is 16 MiB
        producerProps.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
        producer =
                new KafkaProducer<>(
                        producerProps, new StringSerializer(), new ByteArraySerializer());

        Properties consumerProps = new Properties();
        consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, "nlp-it-" + UUID.randomUUID());
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // Never create the topics ourselves (the binder provisions them) and notice them soon.
        consumerProps.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        consumerProps.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "1000");
        consumerProps.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        consumer =
                new KafkaConsumer<>(
                        consumerProps, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(KafkaTopics.ARTICLES_ENRICHED, KafkaTopics.DLQ_NLP));
    }

    @AfterAll
    static void disconnect() {
        if (consumer != null) {
            consumer.close(Duration.ofSeconds(5));
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    @Test
    void anArticleIsEnrichedUnderTheSameKey() throws Exception {
        String id = "it-" + UUID.randomUUID();
        send(id, articleJson(id, 3));

        ConsumerRecord<String, byte[]> record = awaitRecord(KafkaTopics.ARTICLES_ENRICHED, id);

        JsonNode enriched = json.readTree(record.value());
        assertThat(enriched.get("id").asString()).isEqualTo(id);
        assertThat(enriched.get("revision").asLong()).isEqualTo(3);
        assertThat(enriched.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(enriched.get("paragraphs")).hasSize(3);
        assertThat(texts(enriched.at("/entities/person"), "text")).contains("陈永康");
        // 赣州 and 宁都县 stand only inside organization and product names: no places, but the
        // regions still say where the article is about.
        assertThat(texts(enriched.at("/entities/place"), "text")).doesNotContain("赣州");
        assertThat(texts(enriched.get("regions"), "name")).contains("江西省");
        assertThat(texts(enriched.get("topics"), "name")).contains("financing");
        assertThat(enriched.get("primaryTopic").asString()).isEqualTo("financing");
        JsonNode pledged = enriched.at("/amounts/0");
        assertThat(pledged.get("text").asString()).isEqualTo("3000万元");
        assertThat(pledged.get("yuan").isIntegralNumber()).as("yuan as a plain number").isTrue();
        assertThat(pledged.get("yuan").asLong()).isEqualTo(30_000_000L);
        assertThat(enriched.get("nlpVersion").asString()).isEqualTo(nlpVersion.value());
        assertThat(Instant.parse(enriched.get("enrichedAt").asString())).isNotNull();
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndTheStreamKeepsFlowing() throws Exception {
        String notJson = "it-not-json-" + UUID.randomUUID();
        String futureSchema = "it-schema-99-" + UUID.randomUUID();
        String huge = "it-5mb-paragraph-" + UUID.randomUUID();
        String good = "it-after-poison-" + UUID.randomUUID();

        send(notJson, "这不是JSON {".getBytes(StandardCharsets.UTF_8));
        ObjectNode schema99 = (ObjectNode) json.readTree(articleJson(futureSchema, 1));
        schema99.put("schemaVersion", 99);
        send(futureSchema, json.writeValueAsBytes(schema99));
        ObjectNode fiveMegabytes = (ObjectNode) json.readTree(articleJson(huge, 1));
        fiveMegabytes.putArray("paragraphs").add("专利".repeat(5 * 1024 * 1024 / 6 + 1));
        byte[] hugeValue = json.writeValueAsBytes(fiveMegabytes);
        assertThat(hugeValue.length).isGreaterThan(5 * 1024 * 1024);
        send(huge, hugeValue);
        send(good, articleJson(good, 1));

        ConsumerRecord<String, byte[]> deadNotJson = awaitRecord(KafkaTopics.DLQ_NLP, notJson);
        ConsumerRecord<String, byte[]> deadSchema99 =
                awaitRecord(KafkaTopics.DLQ_NLP, futureSchema);
        ConsumerRecord<String, byte[]> deadHuge = awaitRecord(KafkaTopics.DLQ_NLP, huge);
        ConsumerRecord<String, byte[]> enriched = awaitRecord(KafkaTopics.ARTICLES_ENRICHED, good);

        assertThat(new String(deadNotJson.value(), StandardCharsets.UTF_8)).isEqualTo("这不是JSON {");
        assertThat(header(deadNotJson, "x-exception-message"))
                .startsWith("the value is not valid JSON");
        assertThat(header(deadNotJson, "x-original-topic")).isEqualTo(KafkaTopics.ARTICLES_RAW);
        assertThat(header(deadNotJson, "x-ipwire-failure-kind")).isEqualTo("malformed");
        assertThat(deadNotJson.headers().lastHeader("x-original-offset").value()).hasSize(8);
        assertThat(
                        java.nio.ByteBuffer.wrap(
                                        deadSchema99
                                                .headers()
                                                .lastHeader("x-original-partition")
                                                .value())
                                .getInt())
                .as("a dead letter keeps its partition")
                .isEqualTo(deadSchema99.partition());
        assertThat(header(deadSchema99, "x-exception-message")).contains("schemaVersion 99");
        assertThat(header(deadSchema99, "x-exception-fqcn"))
                .isEqualTo(UnsupportedArticleException.class.getName());
        assertThat(json.readTree(deadSchema99.value()).get("id").asString())
                .isEqualTo(futureSchema);
        assertThat(header(deadHuge, "x-exception-message"))
                .contains("paragraph 0 has", "ipwire.nlp.limits.max-paragraph-length");
        assertThat(deadHuge.value()).isEqualTo(hugeValue);
        assertThat(json.readTree(enriched.value()).get("id").asString()).isEqualTo(good);
        assertThat(seen)
                .filteredOn(r -> r.topic().equals(KafkaTopics.ARTICLES_ENRICHED))
                .extracting(ConsumerRecord::key)
                .doesNotContain(notJson, futureSchema, huge);
    }

    @Test
    void deadLettersAreListedWithTheirReasonsAndReplayedToTheirTopicByTheAdminApi()
            throws Exception {
        String key = "it-replay-" + UUID.randomUUID();
        ObjectNode schema99 = (ObjectNode) json.readTree(articleJson(key, 1));
        schema99.put("schemaVersion", 99);
        send(key, json.writeValueAsBytes(schema99));
        ConsumerRecord<String, byte[]> dead = awaitRecord(KafkaTopics.DLQ_NLP, key);
        String id = dead.partition() + "-" + dead.offset();

        HttpResponse<String> listed = admin("GET", "/api/v1/admin/dlq?limit=500");
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        JsonNode page = json.readTree(listed.body());
        assertThat(page.get("topic").asString()).isEqualTo(KafkaTopics.DLQ_NLP);
        JsonNode entry = null;
        for (JsonNode record : page.get("records")) {
            if (id.equals(record.get("id").asString())) {
                entry = record;
            }
        }
        assertThat(entry).as("dead letter %s listed in %s", id, listed.body()).isNotNull();
        assertThat(entry.get("key").asString()).isEqualTo(key);
        assertThat(entry.get("originalTopic").asString()).isEqualTo(KafkaTopics.ARTICLES_RAW);
        assertThat(entry.get("kind").asString()).isEqualTo("malformed");
        assertThat(entry.get("reason").asString()).contains("schemaVersion 99");
        assertThat(entry.get("valuePreview").asString()).startsWith("{");

        HttpResponse<String> onePerPage = admin("GET", "/api/v1/admin/dlq?limit=1");
        assertThat(json.readTree(onePerPage.body()).get("records")).hasSize(1);
        assertThat(admin("GET", "/api/v1/admin/dlq?limit=0").statusCode()).isEqualTo(400);
        HttpResponse<String> badId = admin("POST", "/api/v1/admin/dlq/replay?id=three");
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(badId.body()).contains("partition-offset");

        HttpResponse<String> replayed = admin("POST", "/api/v1/admin/dlq/replay?id=" + id);
        assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(200);
        JsonNode report = json.readTree(replayed.body());
        assertThat(report.get("replayed").asInt()).isEqualTo(1);
        assertThat(report.get("failed").asInt()).isZero();

        // still schemaVersion 99: back in the dead-letter topic, saying which one it replays
        ConsumerRecord<String, byte[]> again =
                awaitRecord(
                        KafkaTopics.DLQ_NLP,
                        key,
                        r -> id.equals(header(r, "x-ipwire-replayed-from")));
        assertThat(again.value()).isEqualTo(dead.value());
        assertThat(header(again, "x-exception-message")).contains("schemaVersion 99");
    }

    /** Admin endpoints are always keyed. */
    static final String ADMIN_KEY = "it-admin-key-0123456789";

    private HttpResponse<String> admin(String method, String path) throws Exception {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("X-API-Key", ADMIN_KEY)
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .timeout(Duration.ofSeconds(60))
                        .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theBinderProvisionsCompactedTopicsAndADeadLetterTopicForEveryPartition() throws Exception {
        try (Admin admin =
                Admin.create(
                        Map.of(
                                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                                System.getProperty("spring.kafka.bootstrap-servers")))) {
            Map<String, TopicDescription> topics =
                    admin.describeTopics(
                                    List.of(
                                            KafkaTopics.ARTICLES_RAW,
                                            KafkaTopics.ARTICLES_ENRICHED,
                                            KafkaTopics.DLQ_NLP))
                            .allTopicNames()
                            .get(30, TimeUnit.SECONDS);
            List<ConfigResource> mainTopics =
                    List.of(
                            new ConfigResource(ConfigResource.Type.TOPIC, KafkaTopics.ARTICLES_RAW),
                            new ConfigResource(
                                    ConfigResource.Type.TOPIC, KafkaTopics.ARTICLES_ENRICHED));
            Map<ConfigResource, Config> configs =
                    admin.describeConfigs(mainTopics).all().get(30, TimeUnit.SECONDS);

            // min-partition-count: 6 (DESIGN.md: partitions are the ceiling for parallel instances)
            assertThat(topics.get(KafkaTopics.ARTICLES_RAW).partitions()).hasSize(6);
            assertThat(topics.get(KafkaTopics.ARTICLES_ENRICHED).partitions()).hasSize(6);
            // A dead letter keeps its original partition, so the DLQ needs at least as many.
            assertThat(topics.get(KafkaTopics.DLQ_NLP).partitions()).hasSizeGreaterThanOrEqualTo(6);
            for (ConfigResource topic : mainTopics) {
                assertThat(configs.get(topic).get("cleanup.policy").value())
                        .as("cleanup.policy of %s", topic.name())
                        .isEqualTo("compact");
            }
        }
    }

    @Test
    void isReady() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request =
                HttpRequest.newBuilder(
                                URI.create(
                                        "http://127.0.0.1:" + port + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(30))
                        .build();

        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("status").asString()).isEqualTo("UP");
    }

    private byte[] articleJson(String id, long revision) {
        ObjectNode node =
                (ObjectNode) json.readTree(GoldenSamples.read(GoldenSamples.ARTICLE_RECEIVED));
        node.put("id", id);
        node.put("revision", revision);
        return json.writeValueAsBytes(node);
    }

    private void send(String key, byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(KafkaTopics.ARTICLES_RAW, key, value))
                .get(30, TimeUnit.SECONDS);
    }

    /** Polls until a record with this key arrives on the topic (or fails after PATIENCE). */
    private ConsumerRecord<String, byte[]> awaitRecord(String topic, String key) {
        return awaitRecord(topic, key, r -> true);
    }

    private ConsumerRecord<String, byte[]> awaitRecord(
            String topic, String key, Predicate<ConsumerRecord<String, byte[]>> also) {
        Predicate<ConsumerRecord<String, byte[]>> wanted =
                r -> r.topic().equals(topic) && key.equals(r.key()) && also.test(r);
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            for (ConsumerRecord<String, byte[]> record : seen) {
                if (wanted.test(record)) {
                    return record;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(
                        "no record with key "
                                + key
                                + " on "
                                + topic
                                + " within "
                                + PATIENCE
                                + "; seen: "
                                + seen.stream().map(r -> r.topic() + "/" + r.key()).toList());
            }
            consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.get(field).asString()));
        return texts;
    }
}

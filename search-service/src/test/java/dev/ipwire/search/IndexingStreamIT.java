package dev.ipwire.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import dev.ipwire.contracts.ArticleEnriched;
import dev.ipwire.contracts.KafkaTopics;
import dev.ipwire.search.ApiClient.Response;
import dev.ipwire.stack.junit.LocalStackExtension;
import dev.ipwire.stack.junit.TestStack;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The stream path: records on {@code articles.enriched} become searchable articles, and records
 * that cannot be read go to the dead-letter topic without stopping the stream.
 */
@ExtendWith(LocalStackExtension.class)
@SpringBootTest(
        webEnvironment = RANDOM_PORT,
        properties = "ipwire.security.admin-key=" + ApiClient.TEST_ADMIN_KEY)
class IndexingStreamIT {

    /** Generous: two cores, a broker, a search node and possibly other test JVMs share them. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private static KafkaProducer<String, String> producer;
    private static String bootstrapServers;

    @LocalServerPort int port;

    private ApiClient api;

    @BeforeAll
    static void connect(TestStack stack) {
        bootstrapServers = stack.kafkaBootstrapServers();
        producer =
                new KafkaProducer<>(
                        Map.of(
                                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                bootstrapServers,
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

    @BeforeEach
    void client() {
        api = ApiClient.onPort(port);
    }

    private static void send(String key, String value) throws Exception {
        producer.send(new ProducerRecord<>(KafkaTopics.ARTICLES_ENRICHED, key, value))
                .get(30, TimeUnit.SECONDS);
    }

    private static ArticleEnriched uniqueArticle(String title) {
        String id = "stream-it-" + UUID.randomUUID();
        return TestArticles.article(id)
                .title(title)
                .paragraphs("山城县的云雾茶通过流水线进入索引，编辑随后就能检索到它。")
                .source("流水线测试报")
                .build();
    }

    private Response awaitArticle(String id) {
        AtomicReference<Response> found = new AtomicReference<>();
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(
                        () -> {
                            Response response = api.article(id);
                            assertThat(response.status()).as("%s", response).isEqualTo(200);
                            found.set(response);
                        });
        return found.get();
    }

    @Test
    void anEnrichedArticleOnTheTopicBecomesReadableBySearch() throws Exception {
        ArticleEnriched article = uniqueArticle("云雾茶经流水线入库");

        send(article.id(), TestArticles.JSON.writeValueAsString(article));

        Response stored = awaitArticle(article.id());
        assertThat(stored.json().path("title").asString()).isEqualTo("云雾茶经流水线入库");
        assertThat(stored.json().path("revision").asLong()).isEqualTo(article.revision());
        assertThat(stored.json().path("paragraphs").get(0).asString())
                .isEqualTo("山城县的云雾茶通过流水线进入索引，编辑随后就能检索到它。");
        assertThat(stored.json().path("entities").path("organization").size())
                .isEqualTo(article.entities().organization().size());
    }

    @Test
    void aRecordThatIsNotAnArticleGoesToTheDeadLetterTopicAndTheStreamGoesOn() throws Exception {
        String poisonKey = "stream-it-poison-" + UUID.randomUUID();
        String poison = "这不是JSON {{{ " + poisonKey;

        send(poisonKey, poison);
        ArticleEnriched after = uniqueArticle("毒记录之后的文章照常入库");
        send(after.id(), TestArticles.JSON.writeValueAsString(after));

        ConsumerRecord<byte[], byte[]> dead = awaitDeadLetter(poisonKey);
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo(poison);
        assertThat(header(dead, "x-exception-message")).isNotBlank();
        assertThat(header(dead, "x-original-topic")).isEqualTo(KafkaTopics.ARTICLES_ENRICHED);

        Response stored = awaitArticle(after.id());
        assertThat(stored.json().path("title").asString()).isEqualTo("毒记录之后的文章照常入库");
        assertThat(api.article(poisonKey).status()).isEqualTo(404);
    }

    @Test
    void aPollWithABadRecordInTheMiddleIndexesTheArticlesAroundItAndDeadLettersOnlyIt()
            throws Exception {
        // one partition, sent together: the consumer gets them in one poll, one bulk request
        List<ArticleEnriched> before = List.of(uniqueArticle("同批第一篇"), uniqueArticle("同批第二篇"));
        List<ArticleEnriched> after = List.of(uniqueArticle("同批第四篇"), uniqueArticle("同批第五篇"));
        String poisonKey = "stream-it-poison-" + UUID.randomUUID();
        List<java.util.concurrent.Future<?>> sent = new java.util.ArrayList<>();
        for (ArticleEnriched article : before) {
            sent.add(
                    sendToPartitionZero(
                            article.id(), TestArticles.JSON.writeValueAsString(article)));
        }
        sent.add(sendToPartitionZero(poisonKey, "[\"不是文章\"]"));
        for (ArticleEnriched article : after) {
            sent.add(
                    sendToPartitionZero(
                            article.id(), TestArticles.JSON.writeValueAsString(article)));
        }
        for (java.util.concurrent.Future<?> each : sent) {
            each.get(30, TimeUnit.SECONDS);
        }

        ConsumerRecord<byte[], byte[]> dead = awaitDeadLetter(poisonKey);
        assertThat(header(dead, "x-ipwire-failure-kind")).isEqualTo("malformed");
        for (ArticleEnriched article : before) {
            awaitArticle(article.id());
        }
        for (ArticleEnriched article : after) {
            awaitArticle(article.id());
        }
    }

    private static java.util.concurrent.Future<?> sendToPartitionZero(String key, String value) {
        return producer.send(new ProducerRecord<>(KafkaTopics.ARTICLES_ENRICHED, 0, key, value));
    }

    @Test
    void anUnsupportedSchemaVersionIsDeadLetteredWithItsReasonAndReplayableByTheAdminApi()
            throws Exception {
        ArticleEnriched article = uniqueArticle("未来版本的记录");
        tools.jackson.databind.node.ObjectNode future =
                (tools.jackson.databind.node.ObjectNode)
                        TestArticles.JSON.readTree(TestArticles.JSON.writeValueAsString(article));
        future.put("schemaVersion", 99);
        send(article.id(), TestArticles.JSON.writeValueAsString(future));
        ArticleEnriched after = uniqueArticle("未来版本之后的文章照常入库");
        send(after.id(), TestArticles.JSON.writeValueAsString(after));

        ConsumerRecord<byte[], byte[]> dead = awaitDeadLetter(article.id());
        assertThat(header(dead, "x-exception-message")).contains("schemaVersion 99");
        assertThat(header(dead, "x-ipwire-failure-kind")).isEqualTo("malformed");
        assertThat(header(dead, "x-original-topic")).isEqualTo(KafkaTopics.ARTICLES_ENRICHED);
        awaitArticle(after.id());
        assertThat(api.article(article.id()).status()).isEqualTo(404);

        String id = dead.partition() + "-" + dead.offset();
        Response listed =
                api.withKey(ApiClient.TEST_ADMIN_KEY).get("/api/v1/admin/dlq", "limit", "500");
        assertThat(listed.status()).as("%s", listed).isEqualTo(200);
        boolean found = false;
        for (var record : listed.json().path("records")) {
            if (id.equals(record.path("id").asString())) {
                found = true;
                assertThat(record.path("key").asString()).isEqualTo(article.id());
                assertThat(record.path("reason").asString()).contains("schemaVersion 99");
                assertThat(record.path("originalTopic").asString())
                        .isEqualTo(KafkaTopics.ARTICLES_ENRICHED);
            }
        }
        assertThat(found).as("%s listed in %s", id, listed).isTrue();

        java.net.http.HttpResponse<String> replayed =
                java.net.http.HttpClient.newHttpClient()
                        .send(
                                java.net.http.HttpRequest.newBuilder(
                                                java.net.URI.create(
                                                        "http://127.0.0.1:"
                                                                + port
                                                                + "/api/v1/admin/dlq/replay?id="
                                                                + id))
                                        .header("X-API-Key", ApiClient.TEST_ADMIN_KEY)
                                        .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                                        .build(),
                                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(200);
        assertThat(TestArticles.JSON.readTree(replayed.body()).path("replayed").asInt())
                .isEqualTo(1);
        ConsumerRecord<byte[], byte[]> again =
                awaitDeadLetter(article.id(), r -> id.equals(header(r, "x-ipwire-replayed-from")));
        assertThat(again.value()).isEqualTo(dead.value());
    }

    private static ConsumerRecord<byte[], byte[]> awaitDeadLetter(String key) {
        return awaitDeadLetter(key, r -> true);
    }

    private static ConsumerRecord<byte[], byte[]> awaitDeadLetter(
            String key, java.util.function.Predicate<ConsumerRecord<byte[], byte[]>> also) {
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(
                        Map.of(
                                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                bootstrapServers,
                                ConsumerConfig.GROUP_ID_CONFIG,
                                "stream-it-" + UUID.randomUUID(),
                                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                                "earliest",
                                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                                "false",
                                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                                ByteArrayDeserializer.class.getName(),
                                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                                ByteArrayDeserializer.class.getName()))) {
            consumer.subscribe(List.of(KafkaTopics.DLQ_SEARCH));
            AtomicReference<ConsumerRecord<byte[], byte[]>> found = new AtomicReference<>();
            await().atMost(PATIENCE)
                    .pollInSameThread()
                    .pollInterval(Duration.ofMillis(100))
                    .until(
                            () -> {
                                for (ConsumerRecord<byte[], byte[]> record :
                                        consumer.poll(Duration.ofMillis(500))) {
                                    if (record.key() != null
                                            && key.equals(
                                                    new String(
                                                            record.key(), StandardCharsets.UTF_8))
                                            && also.test(record)) {
                                        found.set(record);
                                    }
                                }
                                return found.get() != null;
                            });
            return found.get();
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

package dev.ipwire.search.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import dev.ipwire.contracts.ArticleEnriched;
import dev.ipwire.contracts.ArticleReceived;
import dev.ipwire.contracts.Enrichment;
import dev.ipwire.contracts.KafkaTopics;
import dev.ipwire.search.ApiClient;
import dev.ipwire.search.ApiClient.Response;
import dev.ipwire.search.TestArticles;
import dev.ipwire.search.indexing.ArticleIndexer;
import dev.ipwire.search.indexing.ArticleVersion;
import dev.ipwire.search.indexing.IndexArticle;
import dev.ipwire.stack.junit.LocalStackExtension;
import dev.ipwire.stack.junit.TestStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Replay on a real Kafka broker and Elasticsearch node: rebuilding the index from {@code
 * articles.enriched} while searches keep answering, the order of writes by revision then enrichment
 * generation, and re-enrichment republishing stale articles on {@code articles.raw}.
 */
@ExtendWith(LocalStackExtension.class)
@SpringBootTest(
        webEnvironment = RANDOM_PORT,
        properties = {
            "ipwire.replay.delete-grace=0s",
            "ipwire.replay.reenrich-wait=20s",
            "ipwire.security.admin-key=" + ApiClient.TEST_ADMIN_KEY
        })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplayIT {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    private static KafkaProducer<String, String> producer;
    private static String bootstrapServers;
    private static String elasticsearchUrl;

    @LocalServerPort int port;
    @Autowired IndexArticle index;
    @Autowired ArticleIndexer indexer;

    private ApiClient api;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void connect(TestStack stack) throws Exception {
        bootstrapServers = stack.kafkaBootstrapServers();
        elasticsearchUrl = stack.elasticsearchUrl();
        // ingest-service creates articles.raw (compacted); it does not run here
        try (Admin admin =
                Admin.create(
                        Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            if (!admin.listTopics()
                    .names()
                    .get(30, TimeUnit.SECONDS)
                    .contains(KafkaTopics.ARTICLES_RAW)) {
                admin.createTopics(
                                List.of(
                                        new NewTopic(KafkaTopics.ARTICLES_RAW, 6, (short) 1)
                                                .configs(
                                                        Map.of(
                                                                TopicConfig.CLEANUP_POLICY_CONFIG,
                                                                TopicConfig
                                                                        .CLEANUP_POLICY_COMPACT))))
                        .all()
                        .get(30, TimeUnit.SECONDS);
            }
        }
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

    private static void send(String topic, String key, Object value) throws Exception {
        producer.send(new ProducerRecord<>(topic, key, TestArticles.JSON.writeValueAsString(value)))
                .get(30, TimeUnit.SECONDS);
    }

    private static ArticleEnriched article(String outlet, int n) {
        return TestArticles.article("replay-it-" + RUN + "-" + outlet.hashCode() + "-" + n)
                .title("重建索引测试第" + n + "篇")
                .paragraphs("第" + n + "篇文章经由主题重建进入新索引。")
                .source(outlet)
                .build();
    }

    /** The same article and revision, enriched as {@code generation} by {@code nlpVersion}. */
    private static ArticleEnriched enrichedAs(
            ArticleEnriched article, int generation, String nlpVersion) {
        return ArticleEnriched.of(
                article.article().withEnrichmentGeneration(generation),
                new Enrichment(
                        article.entities(),
                        article.regions(),
                        article.topics(),
                        article.primaryTopic(),
                        article.keywords(),
                        article.summary(),
                        article.amounts(),
                        article.giProducts(),
                        article.enrichedAt(),
                        nlpVersion));
    }

    private long total(String outlet) {
        Response response = api.search("source", outlet, "size", "1");
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response.json().path("total").asLong();
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", "application/json")
                        .header("X-API-Key", ApiClient.TEST_ADMIN_KEY)
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private JsonNode awaitJob(String kind, String job) {
        AtomicBoolean done = new AtomicBoolean();
        List<JsonNode> last = new ArrayList<>(List.of(TestArticles.JSON.createObjectNode()));
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(300))
                .until(
                        () -> {
                            Response status =
                                    api.withKey(ApiClient.TEST_ADMIN_KEY)
                                            .get("/api/v1/admin/" + kind + "/" + job);
                            assertThat(status.status()).as("%s", status).isEqualTo(200);
                            last.set(0, status.json());
                            done.set(!"RUNNING".equals(status.json().path("state").asString()));
                            return done.get();
                        });
        return last.getFirst();
    }

    private String aliasTarget() throws Exception {
        HttpResponse<String> alias =
                http.send(
                        HttpRequest.newBuilder(URI.create(elasticsearchUrl + "/_alias/articles"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(alias.statusCode()).isEqualTo(200);
        List<String> names =
                new ArrayList<>(TestArticles.JSON.readTree(alias.body()).propertyNames());
        assertThat(names).hasSize(1);
        return names.getFirst();
    }

    private int esStatus(String path) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(elasticsearchUrl + path)).build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    @Test
    @Order(1)
    void anArticleIndexedButNotOnTheTopicStopsTheSwapUnlessForced() throws Exception {
        String outlet = "孤儿文章报-" + RUN;
        ArticleEnriched orphan = article(outlet, 0);
        index.accept(orphan); // written to the index only, never to articles.enriched
        String before = aliasTarget();

        HttpResponse<String> refused = post("/api/v1/admin/reindex", "{}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(202);
        JsonNode failed =
                awaitJob(
                        "reindex",
                        TestArticles.JSON.readTree(refused.body()).path("job").asString());

        assertThat(failed.path("state").asString()).as("%s", failed).isEqualTo("FAILED");
        assertThat(failed.path("swapped").asBoolean()).isFalse();
        assertThat(failed.path("problems").toString()).contains(orphan.id()).contains("force");
        assertThat(aliasTarget()).isEqualTo(before);
        assertThat(esStatus("/" + failed.path("to").asString()))
                .as("the unfinished index is deleted")
                .isEqualTo(404);

        HttpResponse<String> forced = post("/api/v1/admin/reindex", "{\"force\": true}");
        assertThat(forced.statusCode()).as(forced.body()).isEqualTo(202);
        JsonNode done =
                awaitJob(
                        "reindex",
                        TestArticles.JSON.readTree(forced.body()).path("job").asString());

        assertThat(done.path("state").asString()).as("%s", done).isEqualTo("SUCCEEDED");
        assertThat(aliasTarget()).isEqualTo(done.path("to").asString());
        assertThat(api.article(orphan.id()).status()).isEqualTo(404);
        assertThat(done.path("countAfter").asLong())
                .isEqualTo(done.path("countBefore").asLong() - done.path("dropped").asLong());
        assertThat(done.path("dropped").asLong()).isPositive();
    }

    @Test
    @Order(2)
    void reindexBuildsTheNextIndexFromTheTopicAndSwapsTheAliasWhileSearchesKeepAnswering()
            throws Exception {
        String outlet = "重建测试报-" + RUN;
        int articles = 40;
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < articles; n++) {
            ArticleEnriched article = article(outlet, n);
            ids.add(article.id());
            send(KafkaTopics.ARTICLES_ENRICHED, article.id(), article);
        }
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> total(outlet) == articles);
        String before = aliasTarget();
        int number = Integer.parseInt(before.substring("articles-v".length()));

        // editors keep searching throughout: every answer must be complete
        AtomicBoolean searching = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        Thread editor =
                Thread.ofPlatform()
                        .start(
                                () -> {
                                    int i = 0;
                                    while (searching.get()) {
                                        try {
                                            Response search =
                                                    api.search("source", outlet, "size", "100");
                                            if (search.status() != 200
                                                    || search.json().path("total").asLong()
                                                            != articles) {
                                                wrong.add("search: " + search);
                                            }
                                            String id = ids.get(i++ % ids.size());
                                            Response read = api.article(id);
                                            if (read.status() != 200) {
                                                wrong.add("article " + id + ": " + read);
                                            }
                                            searches.incrementAndGet();
                                        } catch (RuntimeException e) {
                                            wrong.add(e.toString());
                                        }
                                    }
                                });

        HttpResponse<String> started = post("/api/v1/admin/reindex", "{\"previous\": \"keep\"}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        JsonNode job = TestArticles.JSON.readTree(started.body());
        assertThat(started.headers().firstValue("Location").orElseThrow())
                .isEqualTo("/api/v1/admin/reindex/" + job.path("job").asString());
        // articles arriving while the index is rebuilt
        String liveOutlet = "重建期间来稿报-" + RUN;
        int live = 10;
        for (int n = 0; n < live; n++) {
            ArticleEnriched article = article(liveOutlet, n);
            send(KafkaTopics.ARTICLES_ENRICHED, article.id(), article);
        }
        JsonNode done = awaitJob("reindex", job.path("job").asString());
        // a few more searches on the new index
        int atSwap = searches.get();
        await().atMost(PATIENCE).until(() -> searches.get() > atSwap + 5);
        searching.set(false);
        editor.join(30_000);

        assertThat(done.path("state").asString()).as("%s", done).isEqualTo("SUCCEEDED");
        assertThat(done.path("from").asString()).isEqualTo(before);
        assertThat(done.path("to").asString()).isEqualTo("articles-v" + (number + 1));
        assertThat(done.path("swapped").asBoolean()).isTrue();
        assertThat(aliasTarget()).isEqualTo("articles-v" + (number + 1));
        assertThat(wrong).as("searches during the rebuild").isEmpty();
        assertThat(searches.get()).isPositive();
        assertThat(done.path("dropped").asLong()).isZero();
        assertThat(done.path("read").asLong()).isGreaterThanOrEqualTo(articles);
        // nothing lost: what arrived during the rebuild is searchable in the new index
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> total(liveOutlet) == live);
        long liveBeforeCount = done.path("countAfter").asLong() - done.path("countBefore").asLong();
        assertThat(liveBeforeCount).isBetween(0L, (long) live);
        assertThat(esStatus("/" + before)).as("the previous index is kept").isEqualTo(200);
        System.out.printf(
                "reindex %s -> %s: read %d, indexed %d, unchanged %d, skipped %d, failed %d,"
                        + " count %d -> %d, %d searches during it, none wrong%n",
                done.path("from").asString(),
                done.path("to").asString(),
                done.path("read").asLong(),
                done.path("indexed").asLong(),
                done.path("unchanged").asLong(),
                done.path("skipped").asLong(),
                done.path("failed").asLong(),
                done.path("countBefore").asLong(),
                done.path("countAfter").asLong(),
                searches.get());

        // a second rebuild deletes the one before the previous and keeps the previous
        HttpResponse<String> again = post("/api/v1/admin/reindex", "");
        JsonNode second =
                awaitJob(
                        "reindex", TestArticles.JSON.readTree(again.body()).path("job").asString());
        assertThat(second.path("state").asString()).as("%s", second).isEqualTo("SUCCEEDED");
        assertThat(second.path("countAfter").asLong())
                .isEqualTo(second.path("countBefore").asLong());
        assertThat(esStatus("/" + before)).isEqualTo(404);
        assertThat(esStatus("/articles-v" + (number + 1))).isEqualTo(200);
        assertThat(aliasTarget()).isEqualTo("articles-v" + (number + 2));
    }

    @Test
    void writesAreOrderedByRevisionThenEnrichmentGeneration() {
        ArticleEnriched first = enrichedAs(article("版本顺序报-" + RUN, 1), 0, "nlp-a");
        long revision = first.revision();

        assertThat(indexer.index(first)).isTrue();
        assertThat(indexer.index(enrichedAs(first, 1, "nlp-b")))
                .as("a re-enrichment of the same revision wins")
                .isTrue();
        assertThat(indexer.index(enrichedAs(first, 1, "nlp-b")))
                .as("the same enrichment again is a no-op")
                .isFalse();
        assertThat(indexer.index(enrichedAs(first, 0, "nlp-c")))
                .as("an older enrichment of the same revision loses")
                .isFalse();
        ArticleEnriched older =
                enrichedAs(
                        TestArticles.article(first.id()).revision(revision - 1).build(),
                        ArticleVersion.MAX_GENERATION,
                        "nlp-d");
        assertThat(indexer.index(older))
                .as("an older revision loses, however often it was re-enriched")
                .isFalse();

        JsonNode stored = api.article(first.id()).json();
        assertThat(stored.path("nlpVersion").asString()).isEqualTo("nlp-b");
        assertThat(stored.path("revision").asLong()).isEqualTo(revision);
        assertThat(stored.path("enrichmentGeneration").asInt()).isEqualTo(1);

        ArticleEnriched newer =
                enrichedAs(
                        TestArticles.article(first.id()).revision(revision + 1).build(),
                        0,
                        "nlp-e");
        assertThat(indexer.index(newer)).as("a newer revision wins").isTrue();
        assertThat(api.article(first.id()).json().path("nlpVersion").asString()).isEqualTo("nlp-e");
    }

    @Test
    @Order(3)
    void reenrichRepublishesStaleArticlesWithTheNextGenerationOfTheirRevision() throws Exception {
        String stale = "nlp-stale-" + RUN;
        String current = "nlp-current-" + RUN;
        String outlet = "重新标注报-" + RUN;
        List<ArticleEnriched> articles = new ArrayList<>();
        for (int n = 0; n < 3; n++) {
            ArticleEnriched article = enrichedAs(article(outlet, n), n == 2 ? 4 : 0, stale);
            articles.add(article);
            assertThat(indexer.index(article)).isTrue();
        }
        // the first two are on articles.raw (their latest revision); the third only in the index
        for (ArticleEnriched article : articles.subList(0, 2)) {
            send(KafkaTopics.ARTICLES_RAW, article.id(), article.article());
        }

        HttpResponse<String> counted =
                post(
                        "/api/v1/admin/reenrich",
                        "{\"nlpVersion\": \"" + current + "\", \"dryRun\": true}");
        assertThat(counted.statusCode()).as(counted.body()).isEqualTo(202);
        JsonNode dry =
                awaitJob(
                        "reenrich",
                        TestArticles.JSON.readTree(counted.body()).path("job").asString());
        assertThat(dry.path("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(dry.path("staleByVersion").path(stale).asLong()).isEqualTo(3);
        assertThat(dry.path("republished").asLong()).isZero();

        HttpResponse<String> started =
                post("/api/v1/admin/reenrich", "{\"nlpVersion\": \"" + current + "\"}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String job = TestArticles.JSON.readTree(started.body()).path("job").asString();
        HttpResponse<String> second =
                post("/api/v1/admin/reenrich", "{\"nlpVersion\": \"" + current + "\"}");
        assertThat(second.statusCode()).as("one at a time: %s", second.body()).isEqualTo(409);
        assertThat(second.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/problem+json");

        // this test plays nlp-service for its own articles: what comes back on articles.raw is
        // enriched again, by the current version
        Map<String, ArticleReceived> republished = new HashMap<>();
        try (KafkaConsumer<String, String> raw = rawReader()) {
            raw.subscribe(List.of(KafkaTopics.ARTICLES_RAW));
            await().atMost(PATIENCE)
                    .until(
                            () -> {
                                for (ConsumerRecord<String, String> record :
                                        raw.poll(Duration.ofMillis(500))) {
                                    ArticleReceived article =
                                            TestArticles.JSON.readValue(
                                                    record.value(), ArticleReceived.class);
                                    if (article.enrichmentGeneration() > 0
                                            && articles.stream()
                                                    .anyMatch(a -> a.id().equals(record.key()))) {
                                        republished.put(record.key(), article);
                                    }
                                }
                                return republished.size() == 3;
                            });
        }
        for (ArticleEnriched article : articles) {
            ArticleReceived again = republished.get(article.id());
            assertThat(again.revision()).isEqualTo(article.revision());
            assertThat(again.enrichmentGeneration())
                    .as("the next generation of %s", article.id())
                    .isEqualTo(article.enrichmentGeneration() + 1);
            assertThat(again.paragraphs()).isEqualTo(article.paragraphs());
            ArticleEnriched reenriched = enrichedAs(article, 0, current);
            send(
                    KafkaTopics.ARTICLES_ENRICHED,
                    article.id(),
                    ArticleEnriched.of(
                            again,
                            new Enrichment(
                                    reenriched.entities(),
                                    reenriched.regions(),
                                    reenriched.topics(),
                                    reenriched.primaryTopic(),
                                    reenriched.keywords(),
                                    reenriched.summary(),
                                    reenriched.amounts(),
                                    reenriched.giProducts(),
                                    reenriched.enrichedAt(),
                                    current)));
        }
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(
                        () -> {
                            for (ArticleEnriched article : articles) {
                                JsonNode stored = api.article(article.id()).json();
                                assertThat(stored.path("nlpVersion").asString()).isEqualTo(current);
                                assertThat(stored.path("revision").asLong())
                                        .isEqualTo(article.revision());
                            }
                        });
        JsonNode done = awaitJob("reenrich", job);
        assertThat(done.path("staleByVersion").path(stale).asLong()).isEqualTo(3);
        assertThat(done.path("fromRaw").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(done.path("fromIndex").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(done.path("reenriched").asLong()).isGreaterThanOrEqualTo(3);
    }

    private static KafkaConsumer<String, String> rawReader() {
        return new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "replay-it-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                        StringDeserializer.class.getName(),
                        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                        StringDeserializer.class.getName()));
    }

    @Test
    void badReplayRequestsGetProblemsThatSayWhatToFix() throws Exception {
        HttpResponse<String> noVersion = post("/api/v1/admin/reenrich", "{}");
        HttpResponse<String> badPrevious =
                post("/api/v1/admin/reindex", "{\"previous\": \"archive\"}");
        Response unknown =
                api.withKey(ApiClient.TEST_ADMIN_KEY).get("/api/v1/admin/reindex/no-such-job");
        Response withoutKey = api.get("/api/v1/admin/reindex/no-such-job");

        assertThat(noVersion.statusCode()).isEqualTo(400);
        assertThat(noVersion.body()).contains("nlpVersion is required");
        assertThat(badPrevious.statusCode()).isEqualTo(400);
        assertThat(badPrevious.body()).contains("keep").contains("delete");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(withoutKey.status()).isEqualTo(401);
    }
}

package dev.ipwire.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.stack.StackConfig;
import dev.ipwire.stack.StackLayout;
import dev.ipwire.stack.cli.IpwireSystem;
import dev.ipwire.stack.cli.ReplayCommand;
import dev.ipwire.stack.cli.Services;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ./ipwire reenrich} and {@code ./ipwire reindex} (the launcher's {@link ReplayCommand})
 * against the whole system: real Kafka, Elasticsearch, ingest-, nlp- and search-service processes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplaySystemIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String OUTLET = "重放系统测试报-" + RUN;
    private static final String STALE = "nlp-0.0.0+stale";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Written for this test: four short, different stories. */
    private static final List<String> STORIES =
            List.of(
                    "赣州脐橙地理标志保护再升级\n赣州市市场监管局表示，今年将对脐橙地理标志专用标志使用情况开展专项检查。",
                    "苏州发放首笔数据知识产权质押贷款\n苏州一家软件企业以数据知识产权登记证书质押，获得银行贷款500万元。",
                    "杭州法院审结一起商标侵权案\n杭州市中级人民法院判决被告赔偿原告经济损失及合理开支共计80万元。",
                    "成都设立专利导航服务中心\n成都市知识产权局与高校合作，为集成电路企业提供专利导航和预警服务。");

    private static final Http http = new Http();
    private static IpwireSystem system;
    private static String ingest;
    private static String search;
    private static String nlp;
    private static KafkaProducer<String, String> producer;
    private static final List<String> ids = new ArrayList<>();

    @BeforeAll
    static void startTheSystem() throws Exception {
        Path home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "replay-");
        StackConfig config = StackConfig.forTests(home);
        int ingestPort = StackConfig.freePort();
        int nlpPort = StackConfig.freePort();
        int searchPort = StackConfig.freePort();
        system =
                IpwireSystem.start(
                        config,
                        StackLayout.discover(),
                        (kafka, es) ->
                                Services.specs(kafka, es, ingestPort, nlpPort, searchPort).stream()
                                        .map(
                                                spec ->
                                                        spec.withArgument(
                                                                "--ipwire.security.admin-key="
                                                                        + ADMIN_KEY))
                                        .toList());
        ingest = system.url("ingest-service");
        search = system.url("search-service");
        nlp = system.url("nlp-service");
        producer =
                new KafkaProducer<>(
                        Map.of(
                                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                system.stack().kafkaBootstrapServers(),
                                ProducerConfig.ACKS_CONFIG,
                                "all",
                                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                                StringSerializer.class.getName(),
                                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                                StringSerializer.class.getName()));
        for (String story : STORIES) {
            Http.Response posted =
                    http.postJson(
                            ingest + "/api/v1/articles",
                            Map.of("content", story, "source", OUTLET));
            assertThat(posted.status()).as(posted.body()).isEqualTo(202);
            ids.add(posted.json().get("id").asString());
        }
        for (String id : ids) {
            awaitArticle(id, a -> a.path("nlpVersion").asString().startsWith("nlp-"));
        }
    }

    @AfterAll
    static void stop() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
        if (system != null) {
            system.close();
        }
    }

    interface Check {
        boolean test(JsonNode article);
    }

    private static JsonNode awaitArticle(String id, Check check) throws Exception {
        Instant deadline = Instant.now().plusSeconds(180);
        Http.Response last = null;
        while (Instant.now().isBefore(deadline)) {
            last = http.get(search + "/api/v1/articles/" + id);
            if (last.status() == 200 && check.test(last.json())) {
                return last.json();
            }
            Thread.sleep(300);
        }
        throw new AssertionError("article " + id + " never got there: " + last);
    }

    private static void publishEnriched(ObjectNode article) throws Exception {
        producer.send(
                        new ProducerRecord<>(
                                "articles.enriched",
                                article.path("id").asString(),
                                JSON.writeValueAsString(article)))
                .get(30, TimeUnit.SECONDS);
    }

    private static long total() throws Exception {
        Http.Response response =
                http.get(search + "/api/v1/search?size=1&source=" + Http.query(OUTLET));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("total").asLong();
    }

    private static String aliasTarget() throws Exception {
        Http.Response alias = http.get(system.stack().elasticsearchUrl() + "/_alias/articles");
        assertThat(alias.status()).isEqualTo(200);
        List<String> names = new ArrayList<>(alias.json().propertyNames());
        assertThat(names).hasSize(1);
        return names.getFirst();
    }

    @Test
    @Order(1)
    void reenrichBringsStaleArticlesToTheCurrentNlpVersionWithTheirRevisions() throws Exception {
        String current =
                http.get(nlp + "/actuator/info").json().path("nlp").path("version").asString();
        assertThat(current).startsWith("nlp-");
        // two ingested articles made stale: the same revision, enriched "later" by an old version
        List<ObjectNode> stale = new ArrayList<>();
        for (String id : ids.subList(0, 2)) {
            ObjectNode article = (ObjectNode) http.get(search + "/api/v1/articles/" + id).json();
            assertThat(article.path("nlpVersion").asString()).isEqualTo(current);
            article.put("nlpVersion", STALE).put("enrichmentGeneration", 1);
            stale.add(article);
        }
        // and one that only the enriched topic and the index know (never on articles.raw)
        ObjectNode orphan = stale.getFirst().deepCopy();
        orphan.put("id", "replay-system-" + RUN).put("title", "只在索引里的旧文章" + RUN);
        orphan.put("enrichmentGeneration", 0);
        stale.add(orphan);
        for (ObjectNode article : stale) {
            publishEnriched(article);
        }
        for (ObjectNode article : stale) {
            awaitArticle(
                    article.path("id").asString(),
                    a -> STALE.equals(a.path("nlpVersion").asString()));
        }

        ByteArrayOutputStream dryOut = new ByteArrayOutputStream();
        int dry = command(dryOut).reenrich(List.of("--dry-run"));
        String dryText = dryOut.toString(StandardCharsets.UTF_8);
        assertThat(dry).as(dryText).isZero();
        assertThat(dryText)
                .contains("SUCCEEDED: 3 stale articles")
                .contains("3 enriched by " + STALE);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = command(out).reenrich(List.of());
        String text = out.toString(StandardCharsets.UTF_8);
        System.out.println(text);

        assertThat(code).as(text).isZero();
        assertThat(text)
                .contains("Current nlpVersion: " + current)
                .contains("republished 3 (from articles.raw 2, from the index 1, not found 0)")
                .contains("re-enriched 3, remaining 0");
        for (ObjectNode before : stale) {
            JsonNode after =
                    http.get(search + "/api/v1/articles/" + before.path("id").asString()).json();
            assertThat(after.path("nlpVersion").asString()).isEqualTo(current);
            assertThat(after.path("revision").asLong()).isEqualTo(before.path("revision").asLong());
            assertThat(after.path("enrichmentGeneration").asInt())
                    .isEqualTo(before.path("enrichmentGeneration").asInt() + 1);
        }
        ByteArrayOutputStream againOut = new ByteArrayOutputStream();
        assertThat(command(againOut).reenrich(List.of("--dry-run"))).isZero();
        assertThat(againOut.toString(StandardCharsets.UTF_8))
                .contains("SUCCEEDED: 0 stale articles");
    }

    @Test
    @Order(2)
    void reindexSwapsToTheNextIndexWhileSearchesKeepAnsweringCompletely() throws Exception {
        long expected = total();
        assertThat(expected).isGreaterThanOrEqualTo(STORIES.size());
        String before = aliasTarget();

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
                                            long seen = total();
                                            if (seen != expected) {
                                                wrong.add("total " + seen + " not " + expected);
                                            }
                                            String id = ids.get(i++ % ids.size());
                                            int status =
                                                    http.get(search + "/api/v1/articles/" + id)
                                                            .status();
                                            if (status != 200) {
                                                wrong.add("article " + id + ": " + status);
                                            }
                                            searches.incrementAndGet();
                                        } catch (Exception | AssertionError e) {
                                            wrong.add(e.toString());
                                        }
                                    }
                                });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = command(out).reindex(List.of());
        int atEnd = searches.get();
        Instant deadline = Instant.now().plusSeconds(60);
        while (searches.get() < atEnd + 5 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        searching.set(false);
        editor.join(30_000);
        String text = out.toString(StandardCharsets.UTF_8);
        System.out.println(
                text + "\n" + searches.get() + " searches during the rebuild, wrong: " + wrong);

        String next =
                "articles-v" + (Integer.parseInt(before.substring("articles-v".length())) + 1);
        assertThat(code).as(text).isZero();
        assertThat(text).contains("SUCCEEDED: " + before + " → " + next + " (alias swapped)");
        assertThat(aliasTarget()).isEqualTo(next);
        assertThat(wrong).isEmpty();
        assertThat(total()).isEqualTo(expected);
        assertThat(text).containsPattern("documents before (\\d+), after \\1");
        for (String id : ids) {
            assertThat(http.get(search + "/api/v1/articles/" + id).status()).isEqualTo(200);
        }
    }

    /** Admin endpoints are always keyed; the services here are started with this key. */
    private static final String ADMIN_KEY = "system-it-admin-key-0123456789";

    private static ReplayCommand command(ByteArrayOutputStream out) {
        return new ReplayCommand(
                search,
                nlp,
                ADMIN_KEY,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                Duration.ofMinutes(10));
    }
}

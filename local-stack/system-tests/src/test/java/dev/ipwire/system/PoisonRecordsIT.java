package dev.ipwire.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.stack.StackConfig;
import dev.ipwire.stack.StackLayout;
import dev.ipwire.stack.cli.IpwireSystem;
import dev.ipwire.stack.cli.Services;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fault test (d) on the whole system: poison records written straight to the topics (invalid JSON,
 * {@code schemaVersion} 99, a 5 MB paragraph on {@code articles.raw}; invalid JSON and {@code
 * schemaVersion} 99 on {@code articles.enriched}), interleaved with good articles. The poison lands
 * in each stage's dead-letter topic with its reason, every good article is indexed, and the stream
 * keeps flowing. Prints the counts.
 */
class PoisonRecordsIT {

    private static final String RAW = "articles.raw";
    private static final String ENRICHED = "articles.enriched";
    private static final String DLQ_NLP = "error.articles.raw.nlp";
    private static final String DLQ_SEARCH = "error.articles.enriched.search";

    /** Generous: two cores shared with other builds. */
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Http http = new Http();
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    private static IpwireSystem system;
    private static String ingest;
    private static String search;
    private static String bootstrapServers;

    @BeforeAll
    static void startTheSystem() throws Exception {
        Path home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "system-");
        StackConfig config = StackConfig.forTests(home);
        int ingestPort = StackConfig.freePort();
        int nlpPort = StackConfig.freePort();
        int searchPort = StackConfig.freePort();
        system =
                IpwireSystem.start(
                        config,
                        StackLayout.discover(),
                        (kafka, es) -> Services.specs(kafka, es, ingestPort, nlpPort, searchPort));
        ingest = system.url("ingest-service");
        search = system.url("search-service");
        bootstrapServers = system.stack().kafkaBootstrapServers();
    }

    @AfterAll
    static void stopTheSystem() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void poisonGoesToTheDeadLetterTopicsWithReasonsAndEveryGoodArticleIsIndexed() throws Exception {
        // the pipeline flows end to end before the test starts (topics made, consumers assigned)
        Http.Response warmUp =
                http.postJson(
                        ingest + "/api/v1/articles",
                        Map.of("content", "毒记录测试开始" + RUN + "\n商标质押融资试点启动，首批企业获得贷款。"));
        assertThat(warmUp.status()).as(warmUp.body()).isEqualTo(202);
        awaitIndexed(List.of(warmUp.json().get("id").asString()), Duration.ofMinutes(3));

        Instant started = Instant.now();
        List<String> good = new ArrayList<>();
        Map<String, String> poisonRaw = new LinkedHashMap<>();
        Map<String, String> poisonEnriched = new LinkedHashMap<>();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (int i = 0; i < 36; i++) {
                if (i % 6 == 2) {
                    int kind = (i / 6) % 3;
                    String key = "poison-" + RUN + "-" + i;
                    switch (kind) {
                        case 0 -> {
                            send(
                                    producer,
                                    RAW,
                                    key,
                                    "{\"schemaVersion\": 1, 这不是JSON"
                                            .getBytes(StandardCharsets.UTF_8));
                            poisonRaw.put(key, "invalid JSON");
                        }
                        case 1 -> {
                            ObjectNode article = article(key, i);
                            article.put("schemaVersion", 99);
                            send(producer, RAW, key, JSON.writeValueAsBytes(article));
                            poisonRaw.put(key, "schemaVersion 99");
                        }
                        default -> {
                            ObjectNode article = article(key, i);
                            article.putArray("paragraphs")
                                    .add("商标".repeat(5 * 1024 * 1024 / 6 + 1));
                            byte[] value = JSON.writeValueAsBytes(article);
                            assertThat(value.length).isGreaterThan(5 * 1024 * 1024);
                            send(producer, RAW, key, value);
                            poisonRaw.put(key, "5 MB paragraph");
                        }
                    }
                } else if (i % 12 == 5) {
                    String key = "poison-enriched-" + RUN + "-" + i;
                    if (poisonEnriched.isEmpty()) {
                        send(producer, ENRICHED, key, "[不是文章".getBytes(StandardCharsets.UTF_8));
                        poisonEnriched.put(key, "invalid JSON");
                    } else {
                        ObjectNode enriched = article(key, i);
                        enriched.put("schemaVersion", 99);
                        send(producer, ENRICHED, key, JSON.writeValueAsBytes(enriched));
                        poisonEnriched.put(key, "schemaVersion 99");
                    }
                } else {
                    String id = "good-" + RUN + "-" + i;
                    send(producer, RAW, id, JSON.writeValueAsBytes(article(id, i)));
                    good.add(id);
                }
            }
        }

        Map<String, ConsumerRecord<String, byte[]>> deadRaw =
                awaitDeadLetters(DLQ_NLP, poisonRaw.keySet());
        Map<String, ConsumerRecord<String, byte[]>> deadEnriched =
                awaitDeadLetters(DLQ_SEARCH, poisonEnriched.keySet());
        int indexed = awaitIndexed(good, PATIENCE);
        Duration took = Duration.between(started, Instant.now());

        System.out.printf(
                "poison test (d): sent %d records (%d good articles and %d poison to %s, %d poison"
                        + " to %s); dead-lettered %d in %s and %d in %s; indexed %d of %d good in"
                        + " %d s%n",
                good.size() + poisonRaw.size() + poisonEnriched.size(),
                good.size(),
                poisonRaw.size(),
                RAW,
                poisonEnriched.size(),
                ENRICHED,
                deadRaw.size(),
                DLQ_NLP,
                deadEnriched.size(),
                DLQ_SEARCH,
                indexed,
                good.size(),
                took.toSeconds());
        deadRaw.forEach(
                (key, record) ->
                        System.out.printf(
                                "  %s (%s) → %s: %s%n",
                                key,
                                poisonRaw.get(key),
                                DLQ_NLP,
                                header(record, "x-exception-message")));
        deadEnriched.forEach(
                (key, record) ->
                        System.out.printf(
                                "  %s (%s) → %s: %s%n",
                                key,
                                poisonEnriched.get(key),
                                DLQ_SEARCH,
                                header(record, "x-exception-message")));

        assertThat(deadRaw.keySet()).containsExactlyInAnyOrderElementsOf(poisonRaw.keySet());
        assertThat(deadEnriched.keySet())
                .containsExactlyInAnyOrderElementsOf(poisonEnriched.keySet());
        for (var entry : deadRaw.entrySet()) {
            ConsumerRecord<String, byte[]> dead = entry.getValue();
            assertThat(header(dead, "x-original-topic")).isEqualTo(RAW);
            assertThat(header(dead, "x-ipwire-failure-kind")).isEqualTo("malformed");
            String reason = header(dead, "x-exception-message");
            switch (poisonRaw.get(entry.getKey())) {
                case "invalid JSON" -> assertThat(reason).startsWith("the value is not valid JSON");
                case "schemaVersion 99" -> assertThat(reason).contains("schemaVersion 99");
                default -> assertThat(reason).contains("paragraph 0 has", "max-paragraph-length");
            }
        }
        for (ConsumerRecord<String, byte[]> dead : deadEnriched.values()) {
            assertThat(header(dead, "x-original-topic")).isEqualTo(ENRICHED);
            assertThat(header(dead, "x-ipwire-failure-kind")).isEqualTo("malformed");
            assertThat(header(dead, "x-exception-message")).isNotBlank();
        }
        assertThat(indexed).as("good articles indexed").isEqualTo(good.size());
        for (String key : poisonRaw.keySet()) {
            assertThat(http.get(search + "/api/v1/articles/" + key).status()).isEqualTo(404);
        }
        // no good article went to a dead-letter topic
        assertThat(readAll(DLQ_NLP).keySet()).doesNotContainAnyElementsOf(good);
    }

    private static ObjectNode article(String id, int i) {
        ObjectNode article = JSON.createObjectNode();
        article.put("schemaVersion", 1);
        article.put("id", id);
        article.put("revision", 1);
        article.put("receivedAt", Instant.now().toString());
        ObjectNode source = article.putObject("source");
        source.put("name", "毒记录测试报");
        source.putNull("url");
        source.putNull("feed");
        article.putNull("externalId");
        article.put("format", "text");
        article.put("title", "第" + i + "家企业以专利质押获得贷款");
        article.put("publishedAt", "2026-03-02");
        article.putNull("author");
        article.put("language", "zh-Hans");
        article.putArray("paragraphs")
                .add("本报讯 第" + i + "家科技企业以三项发明专利作质押，从银行获得贷款" + (100 + i) + "万元。")
                .add("市知识产权局表示，将继续推进知识产权质押融资工作。");
        article.put("contentHash", "sha256:" + id);
        article.putNull("nearDuplicateOf");
        article.putArray("tags");
        article.putNull("parts");
        return article;
    }

    private static KafkaProducer<String, byte[]> producer() {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        // the 5 MB paragraph; the topics take 16 MiB records (the system's limit)
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    private static void send(
            KafkaProducer<String, byte[]> producer, String topic, String key, byte[] value)
            throws Exception {
        producer.send(new ProducerRecord<>(topic, key, value)).get(60, TimeUnit.SECONDS);
    }

    /** Waits until each id answers 200 on the search API; returns how many did. */
    private static int awaitIndexed(List<String> ids, Duration timeout) throws Exception {
        Set<String> missing = new LinkedHashSet<>(ids);
        Instant deadline = Instant.now().plus(timeout);
        while (!missing.isEmpty() && Instant.now().isBefore(deadline)) {
            for (String id : List.copyOf(missing)) {
                if (http.get(search + "/api/v1/articles/" + id).status() == 200) {
                    missing.remove(id);
                }
            }
            if (!missing.isEmpty()) {
                Thread.sleep(500);
            }
        }
        return ids.size() - missing.size();
    }

    private static Map<String, ConsumerRecord<String, byte[]>> awaitDeadLetters(
            String topic, Set<String> keys) {
        Map<String, ConsumerRecord<String, byte[]>> found = new LinkedHashMap<>();
        Instant deadline = Instant.now().plus(PATIENCE);
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            while (found.size() < keys.size() && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    if (keys.contains(record.key())) {
                        found.putIfAbsent(record.key(), record);
                    }
                }
            }
        }
        return found;
    }

    private static Map<String, ConsumerRecord<String, byte[]>> readAll(String topic) {
        Map<String, ConsumerRecord<String, byte[]>> all = new LinkedHashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            int emptyPolls = 0;
            while (emptyPolls < 5) {
                var records = consumer.poll(Duration.ofSeconds(1));
                emptyPolls = records.isEmpty() ? emptyPolls + 1 : 0;
                records.forEach(record -> all.put(record.key(), record));
            }
        }
        return all;
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "poison-it-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        config.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 1000);
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

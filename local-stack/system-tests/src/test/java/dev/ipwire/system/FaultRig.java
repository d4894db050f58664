package dev.ipwire.system;

import dev.ipwire.stack.StackConfig;
import dev.ipwire.stack.StackLayout;
import dev.ipwire.stack.cli.IpwireSystem;
import dev.ipwire.stack.cli.Services;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;

/**
 * What every fault test needs: the whole system on free ports (its own data folder, so the index
 * holds only this test's articles), a client that posts articles and remembers the answers, and
 * direct looks into Kafka and Elasticsearch to count what arrived where.
 */
final class FaultRig implements AutoCloseable {

    static final String RAW = "articles.raw";
    static final String ENRICHED = "articles.enriched";
    static final String SEARCH_DLQ = "error.articles.enriched.search";
    static final String NLP_DLQ = "error.articles.raw.nlp";

    /** How long a node or service may take to become ready (also after a restart). */
    static final Duration STARTUP = Duration.ofSeconds(480);

    /**
     * The answer to one post.
     *
     * @param status HTTP status, or -1 when no answer came (connection refused, timeout)
     * @param id the accepted article's id (202 only)
     * @param revision the accepted revision (202 only)
     * @param retryAfter the Retry-After header, or null
     * @param millis how long the answer took
     * @param failure what went wrong when there was no answer
     */
    record Posted(
            int status, String id, long revision, String retryAfter, long millis, String failure) {}

    final Http http = new Http();
    final IpwireSystem system;
    final String ingest;
    final String search;
    final String elasticsearch;
    private final List<Long> processIds = new ArrayList<>();

    private FaultRig(IpwireSystem system) {
        this.system = system;
        this.ingest = system.url("ingest-service");
        this.search = system.url("search-service");
        this.elasticsearch = system.stack().elasticsearchUrl();
        processIds.add(system.stack().kafka().pid());
        processIds.add(system.stack().elasticsearch().pid());
        system.services().processes().forEach(p -> processIds.add(p.pid()));
    }

    static FaultRig start(String name) throws Exception {
        Path home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), name + "-");
        StackConfig ports = StackConfig.forTests(home);
        // Generous start-up deadlines: these tests run long, often beside other builds.
        StackConfig config =
                new StackConfig(
                        home,
                        ports.kafkaPort(),
                        ports.kafkaControllerPort(),
                        ports.elasticsearchPort(),
                        ports.elasticsearchTransportPort(),
                        ports.kafkaHeap(),
                        ports.elasticsearchHeap(),
                        STARTUP);
        int ingestPort = StackConfig.freePort();
        int nlpPort = StackConfig.freePort();
        int searchPort = StackConfig.freePort();
        return new FaultRig(
                IpwireSystem.start(
                        config,
                        StackLayout.discover(),
                        (kafka, es) -> Services.specs(kafka, es, ingestPort, nlpPort, searchPort),
                        STARTUP));
    }

    /** Remembers a process started later (a second instance, a restarted node) for the check. */
    void track(long pid) {
        processIds.add(pid);
    }

    /** Posts the article as plain JSON; never throws, a missing answer is status -1. */
    Posted post(String content) {
        long started = System.nanoTime();
        try {
            Http.Response response =
                    http.postJson(ingest + "/api/v1/articles", Map.of("content", content));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            String retryAfter = response.headers().get("retry-after");
            if (response.status() == 202) {
                return new Posted(
                        202,
                        response.json().get("id").asString(),
                        response.json().get("revision").asLong(),
                        retryAfter,
                        millis,
                        null);
            }
            return new Posted(response.status(), null, 0, retryAfter, millis, response.body());
        } catch (Exception e) {
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            return new Posted(-1, null, 0, null, millis, e.toString());
        }
    }

    /** Every article document in the index: id → revisions found (more than one is a duplicate). */
    Map<String, List<Long>> indexedRevisions() throws Exception {
        http.post(elasticsearch + "/articles/_refresh", "application/json", "");
        Http.Response response =
                http.postJson(
                        elasticsearch + "/articles/_search",
                        Map.of(
                                "size", 10_000,
                                "_source", List.of("revision"),
                                "query", Map.of("match_all", Map.of())));
        if (response.status() != 200) {
            throw new IllegalStateException(
                    "searching the index failed: " + response.status() + " " + response.body());
        }
        Map<String, List<Long>> revisions = new HashMap<>();
        for (JsonNode hit : response.json().at("/hits/hits")) {
            revisions
                    .computeIfAbsent(hit.get("_id").asString(), id -> new ArrayList<>())
                    .add(hit.at("/_source/revision").asLong());
        }
        return revisions;
    }

    /** Ids whose indexed revision is the accepted one; 0 when Elasticsearch does not answer. */
    int indexedOf(Map<String, Long> accepted) {
        try {
            Map<String, List<Long>> indexed = indexedRevisions();
            return (int)
                    accepted.entrySet().stream()
                            .filter(
                                    e ->
                                            indexed.getOrDefault(e.getKey(), List.of())
                                                    .contains(e.getValue()))
                            .count();
        } catch (Exception e) {
            return 0;
        }
    }

    /** Waits until every accepted article is indexed at its accepted revision, or the deadline. */
    void awaitIndexed(Map<String, Long> accepted, Duration timeout) throws InterruptedException {
        await(() -> indexedOf(accepted) == accepted.size(), timeout);
    }

    /** A readiness probe answers 200. */
    boolean ready(String baseUrl) {
        try {
            return http.get(baseUrl + "/actuator/health/readiness").status() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    /** Records on a topic (end minus start offsets, all partitions); 0 when it does not exist. */
    long recordCount(String topic) throws Exception {
        try (Admin admin = admin()) {
            TopicDescription description;
            try {
                description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                    return 0;
                }
                throw e;
            }
            List<TopicPartition> partitions =
                    description.partitions().stream()
                            .map(p -> new TopicPartition(topic, p.partition()))
                            .toList();
            long end = sum(admin, partitions, OffsetSpec.latest());
            long start = sum(admin, partitions, OffsetSpec.earliest());
            return end - start;
        }
    }

    int partitionCount(String topic) throws Exception {
        try (Admin admin = admin()) {
            return admin.describeTopics(List.of(topic))
                    .allTopicNames()
                    .get()
                    .get(topic)
                    .partitions()
                    .size();
        }
    }

    /** Members of a consumer group that hold at least one partition. */
    int membersWithPartitions(String group) {
        try (Admin admin = admin()) {
            ConsumerGroupDescription description =
                    admin.describeConsumerGroups(List.of(group))
                            .describedGroups()
                            .get(group)
                            .get(10, TimeUnit.SECONDS);
            int members = 0;
            for (MemberDescription member : description.members()) {
                if (!member.assignment().topicPartitions().isEmpty()) {
                    members++;
                }
            }
            return members;
        } catch (Exception e) {
            return 0;
        }
    }

    /** How many records each key has on the topic, read from the beginning to the current end. */
    Map<String, Integer> recordsPerKey(String topic) throws Exception {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, system.stack().kafkaBootstrapServers());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        Map<String, Integer> counts = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions =
                    consumer.partitionsFor(topic).stream()
                            .map(p -> new TopicPartition(topic, p.partition()))
                            .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plusSeconds(120);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("could not read " + topic + " to its end");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    counts.merge(record.key(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** Polls {@code condition} every 500 ms until it holds or the timeout passes. */
    static boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(500);
        }
        return condition.getAsBoolean();
    }

    /** Counts per status, e.g. {@code {202=180, 503=20}}. */
    static Map<Integer, Long> byStatus(List<Posted> posted) {
        return snapshot(posted).stream()
                .collect(Collectors.groupingBy(Posted::status, Collectors.counting()));
    }

    static Map<String, Long> accepted(List<Posted> posted) {
        Map<String, Long> accepted = new HashMap<>();
        for (Posted p : snapshot(posted)) {
            if (p.status() == 202) {
                accepted.merge(p.id(), p.revision(), Math::max);
            }
        }
        return accepted;
    }

    /** A copy of a list other threads add to (a synchronized list). */
    static List<Posted> snapshot(List<Posted> posted) {
        synchronized (posted) {
            return new ArrayList<>(posted);
        }
    }

    /** Processes that were part of the test and are still alive. */
    List<Long> survivors() {
        return processIds.stream()
                .filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                .toList();
    }

    private Admin admin() {
        Properties props = new Properties();
        props.put(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, system.stack().kafkaBootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        return Admin.create(props);
    }

    private static long sum(Admin admin, List<TopicPartition> partitions, OffsetSpec spec)
            throws Exception {
        Map<TopicPartition, OffsetSpec> request =
                partitions.stream().collect(Collectors.toMap(p -> p, p -> spec));
        return admin.listOffsets(request).all().get().values().stream()
                .mapToLong(info -> info.offset())
                .sum();
    }

    static Set<String> difference(Set<String> a, Set<String> b) {
        return a.stream().filter(x -> !b.contains(x)).collect(Collectors.toSet());
    }

    @Override
    public void close() {
        system.close();
    }
}

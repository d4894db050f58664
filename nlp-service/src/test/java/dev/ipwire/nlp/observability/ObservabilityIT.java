package dev.ipwire.nlp.observability;

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
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Observability of the stream on a real broker: the trace id header travels from articles.raw to
 * articles.enriched, log lines about the article name its trace and id, the Prometheus endpoint
 * counts enriched and dead-lettered records, times enrichment and shows consumer lag, and readiness
 * (not liveness) checks Kafka.
 */
@ExtendWith({LocalStackExtension.class, OutputCaptureExtension.class})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ObservabilityIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String TRACE_HEADER = "ipwire-trace-id";

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort private int port;

    private static KafkaProducer<String, byte[]> producer;
    private static KafkaConsumer<String, byte[]> consumer;
    private static final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    @BeforeAll
    static void connect() {
        String bootstrapServers = System.getProperty("spring.kafka.bootstrap-servers");
        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producer =
                new KafkaProducer<>(
                        producerProps, new StringSerializer(), new ByteArraySerializer());
        Properties consumerProps = new Properties();
        consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, "nlp-obs-it-" + UUID.randomUUID());
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerProps.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        consumerProps.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "1000");
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
    void theTraceIdTravelsToTheEnrichedRecordAndIntoEveryLogLineAboutTheArticle(
            CapturedOutput output) throws Exception {
        String id = "obs-" + UUID.randomUUID();
        String traceId = UUID.randomUUID().toString().replace("-", "");
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(KafkaTopics.ARTICLES_RAW, id, articleJson(id));
        record.headers().add(TRACE_HEADER, traceId.getBytes(StandardCharsets.UTF_8));
        producer.send(record).get(30, TimeUnit.SECONDS);

        ConsumerRecord<String, byte[]> enriched = awaitRecord(KafkaTopics.ARTICLES_ENRICHED, id);

        assertThat(header(enriched, TRACE_HEADER)).isEqualTo(traceId);
        List<String> aboutTheArticle =
                output.getAll()
                        .lines()
                        .filter(line -> line.contains("enriched article " + id))
                        .toList();
        assertThat(aboutTheArticle)
                .isNotEmpty()
                .allMatch(line -> line.contains("[trace=" + traceId + " article=" + id + "]"));
    }

    @Test
    void prometheusCountsEnrichedAndDeadLetteredRecordsTimesEnrichmentAndShowsLag()
            throws Exception {
        String good = "obs-good-" + UUID.randomUUID();
        String poison = "obs-poison-" + UUID.randomUUID();
        producer.send(new ProducerRecord<>(KafkaTopics.ARTICLES_RAW, good, articleJson(good)))
                .get(30, TimeUnit.SECONDS);
        producer.send(
                        new ProducerRecord<>(
                                KafkaTopics.ARTICLES_RAW,
                                poison,
                                "{not json".getBytes(StandardCharsets.UTF_8)))
                .get(30, TimeUnit.SECONDS);
        awaitRecord(KafkaTopics.ARTICLES_ENRICHED, good);
        awaitRecord(KafkaTopics.DLQ_NLP, poison);

        // The counters are bumped on the acknowledgement, which the consumer above may beat.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String metrics = get("/actuator/prometheus").body();
        while (value(metrics, "ipwire_articles_dlq_total\\{[^}]*stage=\"nlp\"[^}]*\\}") < 1
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            metrics = get("/actuator/prometheus").body();
        }

        assertThat(value(metrics, "ipwire_articles_enriched_total(?:\\{[^}]*\\})?"))
                .isGreaterThanOrEqualTo(1);
        assertThat(value(metrics, "ipwire_articles_dlq_total\\{[^}]*stage=\"nlp\"[^}]*\\}"))
                .isGreaterThanOrEqualTo(1);
        assertThat(value(metrics, "ipwire_nlp_enrich_seconds_count(?:\\{[^}]*\\})?"))
                .isGreaterThanOrEqualTo(1);
        assertThat(metrics).containsPattern("(?m)^kafka_consumer_fetch_manager_records_lag_max\\{");
    }

    @Test
    void readinessChecksKafkaAndLivenessDoesNot() throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        HttpResponse<String> liveness = get("/actuator/health/liveness");

        assertThat(readiness.statusCode()).isEqualTo(200);
        JsonNode ready = json.readTree(readiness.body());
        assertThat(ready.at("/components/kafka/status").asString()).isEqualTo("UP");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).doesNotContain("kafka").doesNotContain("binders");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The largest sample of the series matching {@code series}, or -1 when there is none. */
    private static double value(String metrics, String series) {
        Matcher matcher = Pattern.compile("(?m)^" + series + " ([0-9.eE+-]+)$").matcher(metrics);
        double max = -1;
        while (matcher.find()) {
            max = Math.max(max, Double.parseDouble(matcher.group(1)));
        }
        return max;
    }

    private byte[] articleJson(String id) {
        ObjectNode node =
                (ObjectNode) json.readTree(GoldenSamples.read(GoldenSamples.ARTICLE_RECEIVED));
        node.put("id", id);
        node.put("revision", 1);
        return json.writeValueAsBytes(node);
    }

    private ConsumerRecord<String, byte[]> awaitRecord(String topic, String key) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            synchronized (seen) {
                for (ConsumerRecord<String, byte[]> record : seen) {
                    if (record.topic().equals(topic) && key.equals(record.key())) {
                        return record;
                    }
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("no record with key " + key + " on " + topic);
                }
                consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
            }
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

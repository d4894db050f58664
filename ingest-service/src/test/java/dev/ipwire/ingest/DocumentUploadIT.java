package dev.ipwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.ingest.documents.TestDocuments;
import dev.ipwire.stack.junit.LocalStackExtension;
import dev.ipwire.stack.junit.TestStack;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Documents uploaded over real HTTP reach {@code articles.raw} on a real broker. Same application
 * configuration as {@link ArticleIngestIT}, so both share one application context.
 */
@ExtendWith(LocalStackExtension.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ipwire.ingest.search-base-url=http://search.example:8083",
            "ipwire.ingest.max-content-size=64KB"
        })
class DocumentUploadIT {

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

    private HttpResponse<String> upload(String fileName, String contentType, byte[] file)
            throws Exception {
        String boundary = "----ipwire" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(
                ("--"
                                + boundary
                                + "\r\nContent-Disposition: form-data; name=\"source\"\r\n\r\n"
                                + "示例科技报\r\n--"
                                + boundary
                                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                                + fileName
                                + "\"\r\nContent-Type: "
                                + contentType
                                + "\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/articles"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void uploadedDocxIsPublishedWithItsParagraphs() throws Exception {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String title = "高价值专利培育中心揭牌" + mark;
        List<String> paragraphs =
                List.of("本报讯近日，市高价值专利培育中心正式揭牌运行。", "中心将围绕新能源汽车和生物医药产业提供专利挖掘服务，编号" + mark + "。");
        byte[] docx = TestDocuments.docx(title, paragraphs, null);

        HttpResponse<String> response =
                upload(
                        "专利中心.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        docx);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode accepted = json.readTree(response.body());
        assertThat(accepted.get("title").asString()).isEqualTo(title);
        JsonNode record =
                awaitRecord(accepted.get("id").asString(), accepted.get("revision").asLong());
        assertThat(record.get("title").asString()).isEqualTo(title);
        assertThat(strings(record.get("paragraphs"))).containsExactlyElementsOf(paragraphs);
        assertThat(record.get("format").asString()).isEqualTo("docx");
        assertThat(record.get("source").get("name").asString()).isEqualTo("示例科技报");
    }

    @Test
    void encryptedDocxIsRefusedWithProblemJsonOverRealHttp() throws Exception {
        byte[] docx =
                TestDocuments.encryptedDocx(TestDocuments.docx("标题", List.of("正文。"), null), "pw");

        HttpResponse<String> response = upload("locked.docx", "application/octet-stream", docx);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("detail").asString()).contains("password");
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
                    if (id.equals(record.key())) {
                        JsonNode value = json.readTree(record.value());
                        if (value.get("revision").asLong() == revision) {
                            return value;
                        }
                    }
                }
            }
        }
        throw new AssertionError(
                "no record with key " + id + " and revision " + revision + " on " + TOPIC);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }
}

package dev.ipwire.ingest.dropfolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ipwire.ingest.TopicRecords;
import dev.ipwire.stack.junit.LocalStackExtension;
import dev.ipwire.stack.junit.TestStack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The drop folder of the running service against a real Kafka broker: a text file becomes a record
 * on {@code articles.raw} and moves to {@code processed/}; an empty file and a file without text
 * move to {@code failed/} beside their reasons.
 */
@ExtendWith(LocalStackExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class DropFolderIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir static Path folder;

    private final JsonMapper json = JsonMapper.builder().build();

    private TestStack stack;

    @DynamicPropertySource
    static void dropFolder(DynamicPropertyRegistry registry) {
        registry.add("ipwire.ingest.drop-folder.path", () -> folder.toString());
        registry.add("ipwire.ingest.drop-folder.poll-interval", () -> "300ms");
        registry.add("ipwire.ingest.drop-folder.source", () -> "投递目录测试社");
    }

    @BeforeEach
    void stack(TestStack stack) {
        this.stack = stack;
    }

    /** Writes the file under a hidden name, then renames it, as a careful producer would. */
    private static void drop(String name, byte[] content) throws IOException {
        Path hidden = Files.write(folder.resolve("." + name), content);
        Files.move(hidden, folder.resolve(name));
    }

    @Test
    void aDroppedTextFileIsPublishedAndMovedToProcessed() throws IOException {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String title = "投递目录收到专利申请指南 " + mark;
        String name = "指南-" + mark + ".txt";
        drop(
                name,
                (title + "\n\n　　指南介绍了发明专利申请文件的撰写要求，编号 " + mark + "。\n")
                        .getBytes(StandardCharsets.UTF_8));

        await().atMost(WAIT).until(() -> Files.exists(folder.resolve("processed").resolve(name)));
        assertThat(Files.exists(folder.resolve(name))).isFalse();

        List<ConsumerRecord<String, String>> records =
                TopicRecords.await(
                        stack.kafkaBootstrapServers(),
                        "articles.raw",
                        record ->
                                record.value() != null
                                        && title.equals(
                                                json.readTree(record.value())
                                                        .get("title")
                                                        .asString()),
                        1,
                        WAIT);
        assertThat(records).hasSize(1);
        JsonNode article = json.readTree(records.getFirst().value());
        assertThat(article.get("source").get("feed").asString())
                .isEqualTo("drop-folder:" + folder.toAbsolutePath().normalize());
        assertThat(article.get("source").get("name").asString()).isEqualTo("投递目录测试社");
        assertThat(article.get("paragraphs").get(0).asString()).contains(mark);
    }

    @Test
    void anEmptyFileAndAFileWithoutTextGoToFailedWithTheirReasons() throws IOException {
        drop("empty.txt", new byte[0]);
        drop(
                "script-only.html",
                "<html><head><script>track();</script></head><body></body></html>"
                        .getBytes(StandardCharsets.UTF_8));
        Path failed = folder.resolve("failed");

        await().atMost(WAIT)
                .until(
                        () ->
                                Files.exists(failed.resolve("empty.txt.reason.txt"))
                                        && Files.exists(
                                                failed.resolve("script-only.html.reason.txt")));

        assertThat(failed.resolve("empty.txt")).exists();
        assertThat(failed.resolve("script-only.html")).exists();
        assertThat(Files.readString(failed.resolve("empty.txt.reason.txt"))).contains("empty");
        assertThat(Files.readString(failed.resolve("script-only.html.reason.txt")))
                .contains("no text");
        assertThat(folder.resolve("empty.txt")).doesNotExist();
        assertThat(folder.resolve("processed").resolve("script-only.html")).doesNotExist();
    }
}

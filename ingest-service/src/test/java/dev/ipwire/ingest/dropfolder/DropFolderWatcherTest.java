package dev.ipwire.ingest.dropfolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dev.ipwire.ingest.documents.DocumentReader;
import dev.ipwire.ingest.documents.ReadDocument;
import dev.ipwire.ingest.documents.UnreadableDocumentException;
import dev.ipwire.ingest.intake.AcceptedArticle;
import dev.ipwire.ingest.intake.ArticleIntake;
import dev.ipwire.ingest.intake.IntakeResult;
import dev.ipwire.ingest.intake.InvalidSubmissionException;
import dev.ipwire.ingest.intake.Submission;
import dev.ipwire.ingest.publishing.BrokerUnavailableException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

/**
 * The drop folder on a real temporary folder; the intake is a mock and the document reader a
 * stand-in that reads UTF-8 and refuses {@code .bin} files, as a real reader refuses what it cannot
 * read.
 */
class DropFolderWatcherTest {

    private static final Instant NOW = Instant.parse("2024-08-16T02:00:00Z");
    private static final Duration INTERVAL = Duration.ofSeconds(10);
    private static final String ARTICLE = "专利转化专项计划实施\n计划支持高校院所专利向中小企业转移转化。\n";

    @TempDir Path folder;

    private final ArticleIntake intake = mock(ArticleIntake.class);

    private final DocumentReader reader =
            (bytes, fileName, contentType) -> {
                if (fileName.endsWith(".bin")) {
                    throw new UnreadableDocumentException(
                            UnreadableDocumentException.Reason.NOT_TEXT,
                            "\"" + fileName + "\" is not text in UTF-8, GBK or GB18030");
                }
                return new ReadDocument(new String(bytes, StandardCharsets.UTF_8), "text");
            };

    private DropFolderWatcher watcher;

    @BeforeEach
    void watcher() {
        given(intake.accept(any()))
                .willReturn(
                        new IntakeResult(
                                null, List.of(new AcceptedArticle("id-1", 1, "专利转化专项计划实施", null))));
        watcher = watcher("示例报社", 1024 * 1024);
    }

    private DropFolderWatcher watcher(String source, long maxBytes) {
        return new DropFolderWatcher(
                new DropFolderProperties(folder, INTERVAL, source),
                intake,
                reader,
                maxBytes,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** A file written a while ago: complete at the first look. */
    private Path settled(String name, String content) throws IOException {
        return settled(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path settled(String name, byte[] content) throws IOException {
        Path file = Files.write(folder.resolve(name), content);
        Files.setLastModifiedTime(file, FileTime.from(NOW.minus(Duration.ofMinutes(1))));
        return file;
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anAcceptedFileIsSubmittedAndMovedToProcessed() throws IOException {
        settled("专利转化.txt", ARTICLE);

        DropFolderWatcher.Scan scan = watcher.scan();

        assertThat(scan.processed()).containsExactly("专利转化.txt");
        ArgumentCaptor<Submission> submission = ArgumentCaptor.forClass(Submission.class);
        verify(intake).accept(submission.capture());
        assertThat(submission.getValue().content()).isEqualTo(ARTICLE);
        assertThat(submission.getValue().format()).isEqualTo("text");
        assertThat(submission.getValue().fileName()).isEqualTo("专利转化.txt");
        assertThat(submission.getValue().source()).isEqualTo("示例报社");
        assertThat(submission.getValue().feed())
                .isEqualTo("drop-folder:" + folder.toAbsolutePath().normalize());
        assertThat(submission.getValue().externalId()).isNull();
        assertThat(names(folder)).containsExactly("failed", "processed");
        assertThat(names(folder.resolve("processed"))).containsExactly("专利转化.txt");
        assertThat(Files.readString(folder.resolve("processed/专利转化.txt"))).isEqualTo(ARTICLE);
    }

    @Test
    void aFreshFileWaitsUntilItIsUnchangedAtTheNextLook() throws IOException {
        Path file = Files.writeString(folder.resolve("growing.txt"), "专利转化专项计划");
        Files.setLastModifiedTime(file, FileTime.from(NOW));

        DropFolderWatcher.Scan first = watcher.scan();
        Files.writeString(file, ARTICLE);
        Files.setLastModifiedTime(file, FileTime.from(NOW));
        DropFolderWatcher.Scan second = watcher.scan();
        DropFolderWatcher.Scan third = watcher.scan();

        assertThat(first.waiting()).containsExactly("growing.txt");
        assertThat(second.waiting())
                .as("it grew since the first look")
                .containsExactly("growing.txt");
        assertThat(third.processed()).containsExactly("growing.txt");
        verify(intake, times(1)).accept(any());
    }

    @Test
    void aRefusedFileGoesToFailedWithItsReason() throws IOException {
        given(intake.accept(any()))
                .willThrow(new InvalidSubmissionException("the document contains no text"));
        settled("空白.html", "<html><body><script>x()</script></body></html>");

        DropFolderWatcher.Scan scan = watcher.scan();

        assertThat(scan.failed()).containsExactly("空白.html");
        assertThat(names(folder.resolve("failed")))
                .containsExactly("空白.html", "空白.html.reason.txt");
        String reason = Files.readString(folder.resolve("failed/空白.html.reason.txt"));
        assertThat(reason)
                .startsWith("the document contains no text")
                .contains("Invalid article")
                .contains("空白.html");
        assertThat(names(folder.resolve("processed"))).isEmpty();
    }

    @Test
    void anEmptyFileIsRefusedWithoutBeingSubmitted() throws IOException {
        settled("empty.txt", new byte[0]);

        watcher.scan();

        verify(intake, never()).accept(any());
        assertThat(Files.readString(folder.resolve("failed/empty.txt.reason.txt")))
                .startsWith("the file is empty");
    }

    @Test
    void anUnreadableDocumentIsRefusedWithTheReadersReason() throws IOException {
        settled("garbage.bin", new byte[] {0, 1, 2, (byte) 0xff});

        watcher.scan();

        verify(intake, never()).accept(any());
        assertThat(Files.readString(folder.resolve("failed/garbage.bin.reason.txt")))
                .startsWith("\"garbage.bin\" is not text")
                .contains("Unreadable document (not text)");
    }

    @Test
    void aFileOverTheSizeLimitIsRefused() throws IOException {
        settled("big.txt", ARTICLE.repeat(20));

        watcher("示例报社", 100).scan();

        verify(intake, never()).accept(any());
        assertThat(Files.readString(folder.resolve("failed/big.txt.reason.txt")))
                .contains("the most accepted is 100");
    }

    @Test
    void whenTheEventLogIsDownFilesStayForTheNextLook() throws IOException {
        given(intake.accept(any()))
                .willThrow(new BrokerUnavailableException("no broker", null))
                .willReturn(
                        new IntakeResult(null, List.of(new AcceptedArticle("id", 1, "t", null))));
        settled("a.txt", ARTICLE);
        settled("b.txt", ARTICLE + "第二篇。\n");

        DropFolderWatcher.Scan down = watcher.scan();

        assertThat(down.waiting()).containsExactlyInAnyOrder("a.txt", "b.txt");
        assertThat(names(folder)).containsExactly("a.txt", "b.txt", "failed", "processed");
        verify(intake, times(1)).accept(any());

        DropFolderWatcher.Scan up = watcher.scan();

        assertThat(up.processed()).containsExactlyInAnyOrder("a.txt", "b.txt");
        assertThat(names(folder.resolve("processed"))).containsExactly("a.txt", "b.txt");
    }

    @Test
    void aNameAlreadyInProcessedGetsATimestamp() throws IOException {
        settled("周报.txt", ARTICLE);
        watcher.scan();
        settled("周报.txt", ARTICLE + "更新。\n");

        watcher.scan();

        assertThat(names(folder.resolve("processed")))
                .hasSize(2)
                .contains("周报.txt")
                .anySatisfy(name -> assertThat(name).matches("周报\\.20240816-020000-000\\.txt"));
    }

    @Test
    void aNameAlreadyInFailedGetsATimestampAndItsOwnReason() throws IOException {
        settled("x.bin", new byte[] {1});
        watcher.scan();
        settled("x.bin", new byte[] {2});

        watcher.scan();

        assertThat(names(folder.resolve("failed")))
                .containsExactly(
                        "x.20240816-020000-000.bin",
                        "x.20240816-020000-000.bin.reason.txt",
                        "x.bin",
                        "x.bin.reason.txt");
    }

    @Test
    void subfoldersHiddenAndPartialFilesAreLeftAlone() throws IOException {
        Files.createDirectories(folder.resolve("processed"));
        Files.createDirectories(folder.resolve("failed"));
        Files.createDirectories(folder.resolve("inbox"));
        settled("processed/old.txt", ARTICLE);
        settled("failed/bad.txt", ARTICLE);
        settled("inbox/nested.txt", ARTICLE);
        settled(".hidden.txt", ARTICLE);
        settled("upload.txt.part", ARTICLE);
        settled("copy.tmp", ARTICLE);

        DropFolderWatcher.Scan scan = watcher.scan();

        assertThat(scan.processed()).isEmpty();
        assertThat(scan.failed()).isEmpty();
        verify(intake, never()).accept(any());
        assertThat(names(folder.resolve("processed"))).containsExactly("old.txt");
        assertThat(names(folder.resolve("failed"))).containsExactly("bad.txt");
    }

    @Test
    void theFolderAndItsSubfoldersAreCreatedWhenMissing() throws IOException {
        Path missing = folder.resolve("not/yet");
        DropFolderWatcher fresh =
                new DropFolderWatcher(
                        new DropFolderProperties(missing, INTERVAL, null),
                        intake,
                        reader,
                        1024,
                        Clock.fixed(NOW, ZoneOffset.UTC));

        fresh.scan();

        assertThat(names(missing)).containsExactly("failed", "processed");
    }

    @Test
    void anUnsetOrBlankPathDisablesTheDropFolder() {
        assertThat(new DropFolderProperties(null, INTERVAL, null).enabled()).isFalse();
        assertThat(new DropFolderProperties(Path.of(""), INTERVAL, " ").enabled()).isFalse();
        assertThat(new DropFolderProperties(Path.of(""), INTERVAL, " ").source()).isNull();
    }
}

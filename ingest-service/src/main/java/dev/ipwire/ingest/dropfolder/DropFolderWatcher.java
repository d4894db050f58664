package dev.ipwire.ingest.dropfolder;

import dev.ipwire.ingest.IngestProperties;
import dev.ipwire.ingest.documents.DocumentReader;
import dev.ipwire.ingest.documents.ReadDocument;
import dev.ipwire.ingest.documents.UnreadableDocumentException;
import dev.ipwire.ingest.intake.ArticleIntake;
import dev.ipwire.ingest.intake.IntakeResult;
import dev.ipwire.ingest.intake.InvalidSubmissionException;
import dev.ipwire.ingest.intake.Submission;
import dev.ipwire.ingest.publishing.ArticleTooLargeException;
import dev.ipwire.ingest.publishing.BrokerUnavailableException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Watches the drop folder ({@link DropFolderProperties}) by looking at it every poll interval
 * (file-system notifications are unreliable on network and container file systems; a look is
 * cheap).
 *
 * <p>A file is taken once it is complete: its size and modification time are the same as at the
 * previous look, or it was last modified longer ago than the interval. It is read through the
 * {@link DocumentReader} (so every supported type works), submitted with {@code feed =
 * "drop-folder:<folder>"} and its file name, then
 *
 * <ul>
 *   <li>moved to {@code processed/} once accepted (a name already there gets a timestamp);
 *   <li>moved to {@code failed/} beside {@code <file name>.reason.txt} when it is refused: empty,
 *       too large, unreadable, or no article in it;
 *   <li>left in place when the event log is unavailable, to be tried again at the next look.
 * </ul>
 *
 * <p>Only files directly in the folder are taken; hidden files ({@code .name}) and names that mark
 * a file still being written ({@code *.tmp}, {@code *.part}, {@code *.crdownload}, {@code ~$name})
 * are left alone, as are the {@code processed/} and {@code failed/} subfolders.
 */
@Component
public class DropFolderWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DropFolderWatcher.class);

    /** Subfolder of accepted files. */
    public static final String PROCESSED = "processed";

    /** Subfolder of refused files and their reasons. */
    public static final String FAILED = "failed";

    /** Suffix of the file that says why a file was refused. */
    public static final String REASON_SUFFIX = ".reason.txt";

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT)
                    .withZone(ZoneOffset.UTC);

    private final DropFolderProperties properties;
    private final ArticleIntake intake;
    private final DocumentReader reader;
    private final long maxBytes;
    private final Clock clock;

    /** Size and modification time of each file not taken yet, as seen at the previous look. */
    private final Map<Path, Snapshot> previous = new HashMap<>();

    /** Files accepted but not movable, left alone while they stay unchanged. */
    private final Map<Path, Snapshot> stuck = new HashMap<>();

    private ScheduledExecutorService scheduler;
    private volatile boolean running;

    @Autowired
    public DropFolderWatcher(
            DropFolderProperties properties,
            ArticleIntake intake,
            DocumentReader reader,
            IngestProperties ingest) {
        this(properties, intake, reader, ingest.maxContentSize().toBytes(), Clock.systemUTC());
    }

    DropFolderWatcher(
            DropFolderProperties properties,
            ArticleIntake intake,
            DocumentReader reader,
            long maxBytes,
            Clock clock) {
        this.properties = properties;
        this.intake = intake;
        this.reader = reader;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /**
     * What one look at the folder did.
     *
     * @param processed files accepted and moved to {@code processed/}
     * @param failed files refused and moved to {@code failed/}
     * @param waiting files not complete yet, or left for the event log to come back
     */
    public record Scan(List<String> processed, List<String> failed, List<String> waiting) {}

    private record Snapshot(long size, Instant modified) {}

    private enum Outcome {
        PROCESSED,
        FAILED,
        RETRY,
        GONE
    }

    /** Looks at the folder once and handles every complete file. */
    public synchronized Scan scan() {
        Scan scan = new Scan(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        Path folder = folder();
        try {
            Files.createDirectories(folder.resolve(PROCESSED));
            Files.createDirectories(folder.resolve(FAILED));
        } catch (IOException e) {
            log.warn("drop folder {} is not usable: {}", folder, e.toString());
            return scan;
        }
        List<Candidate> candidates = candidates(folder);
        previous.keySet().retainAll(candidates.stream().map(Candidate::path).toList());
        stuck.keySet().retainAll(candidates.stream().map(Candidate::path).toList());
        Instant settled = Instant.now(clock).minus(properties.pollInterval());
        boolean brokerDown = false;
        for (Candidate candidate : candidates) {
            Path file = candidate.path();
            String name = file.getFileName().toString();
            Snapshot now = candidate.snapshot();
            if (now.equals(stuck.get(file))) {
                continue;
            }
            boolean complete = now.equals(previous.get(file)) || now.modified().isBefore(settled);
            if (!complete || brokerDown) {
                previous.put(file, now);
                scan.waiting().add(name);
                continue;
            }
            switch (handle(folder, file, now)) {
                case PROCESSED -> scan.processed().add(name);
                case FAILED -> scan.failed().add(name);
                case GONE -> previous.remove(file);
                case RETRY -> {
                    brokerDown = true;
                    previous.put(file, now);
                    scan.waiting().add(name);
                }
            }
        }
        return scan;
    }

    private record Candidate(Path path, Snapshot snapshot) {}

    /** Regular files directly in the folder, oldest first, minus those to leave alone. */
    private List<Candidate> candidates(Path folder) {
        List<Candidate> candidates = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path path : (Iterable<Path>) entries::iterator) {
                if (ignored(path.getFileName().toString())) {
                    continue;
                }
                try {
                    BasicFileAttributes attributes =
                            Files.readAttributes(path, BasicFileAttributes.class);
                    if (attributes.isRegularFile()) {
                        candidates.add(
                                new Candidate(
                                        path,
                                        new Snapshot(
                                                attributes.size(),
                                                attributes.lastModifiedTime().toInstant())));
                    }
                } catch (IOException e) {
                    // gone since the listing, or unreadable attributes: next look
                }
            }
        } catch (IOException e) {
            log.warn("drop folder {} could not be listed: {}", folder, e.toString());
        }
        candidates.sort(
                Comparator.comparing((Candidate c) -> c.snapshot().modified())
                        .thenComparing(c -> c.path().getFileName().toString()));
        return candidates;
    }

    static boolean ignored(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.startsWith(".")
                || name.startsWith("~$")
                || lower.endsWith(".tmp")
                || lower.endsWith(".part")
                || lower.endsWith(".partial")
                || lower.endsWith(".crdownload")
                || lower.endsWith(".swp")
                || lower.endsWith(REASON_SUFFIX);
    }

    private Outcome handle(Path folder, Path file, Snapshot snapshot) {
        String name = file.getFileName().toString();
        if (snapshot.size() == 0) {
            return fail(folder, file, "Invalid article", "the file is empty");
        }
        if (snapshot.size() > maxBytes) {
            return fail(
                    folder,
                    file,
                    "Content too large",
                    "the file has "
                            + snapshot.size()
                            + " bytes; the most accepted is "
                            + maxBytes
                            + " (ipwire.ingest.max-content-size)");
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            ReadDocument document = reader.read(bytes, name, contentType(file));
            Submission submission =
                    new Submission(
                            document.content(),
                            document.format(),
                            properties.source(),
                            null,
                            null,
                            null,
                            name,
                            "drop-folder:" + folder);
            IntakeResult result = intake.accept(submission);
            log.info(
                    "drop folder: {} accepted as {}",
                    name,
                    result.isCompilation()
                            ? result.articles().size() + " articles of " + result.parentId()
                            : result.articles().getFirst().id());
            try {
                move(file, folder.resolve(PROCESSED));
            } catch (IOException e) {
                log.error(
                        "drop folder: {} was accepted but could not be moved to {}/ ({}); it is"
                                + " left in place and not taken again while it is unchanged",
                        name,
                        PROCESSED,
                        e.toString());
                stuck.put(file, snapshot);
            }
            return Outcome.PROCESSED;
        } catch (NoSuchFileException e) {
            return Outcome.GONE;
        } catch (IOException e) {
            return fail(folder, file, "Unreadable file", "the file could not be read: " + e);
        } catch (InvalidSubmissionException e) {
            return fail(folder, file, "Invalid article", e.getMessage());
        } catch (UnreadableDocumentException e) {
            return fail(
                    folder,
                    file,
                    "Unreadable document ("
                            + e.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                            + ")",
                    e.getMessage());
        } catch (ArticleTooLargeException e) {
            return fail(
                    folder, file, "Article too large", e.getMessage() + ": split it or shorten it");
        } catch (BrokerUnavailableException e) {
            log.warn(
                    "drop folder: {} not accepted, the event log is unavailable ({}); it stays in"
                            + " place and is tried again at the next look",
                    name,
                    e.getMessage());
            return Outcome.RETRY;
        } catch (RuntimeException e) {
            log.error("drop folder: {} failed unexpectedly", name, e);
            return fail(folder, file, "Internal error", "the file could not be processed: " + e);
        }
    }

    /** Moves a refused file to {@code failed/} and writes its reason beside it. */
    private Outcome fail(Path folder, Path file, String title, String detail) {
        String name = file.getFileName().toString();
        log.warn("drop folder: {} refused ({}): {}", name, title, detail);
        Path moved;
        try {
            moved = move(file, folder.resolve(FAILED));
        } catch (IOException e) {
            log.error("drop folder: {} could not be moved to {}/: {}", name, FAILED, e.toString());
            stuck.put(file, new Snapshot(sizeOf(file), modifiedOf(file)));
            return Outcome.FAILED;
        }
        String reason =
                detail
                        + "\n\nfile: "
                        + name
                        + "\nproblem: "
                        + title
                        + "\nrefused at: "
                        + Instant.now(clock)
                        + "\n";
        try {
            Files.writeString(
                    moved.resolveSibling(moved.getFileName() + REASON_SUFFIX),
                    reason,
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            log.error(
                    "drop folder: the reason for {} could not be written: {}", name, e.toString());
        }
        return Outcome.FAILED;
    }

    /** Moves {@code file} into {@code target}, adding a timestamp when the name is taken. */
    private Path move(Path file, Path target) throws IOException {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        String stamp = STAMP.format(Instant.now(clock));
        for (int attempt = 0; ; attempt++) {
            String candidate =
                    switch (attempt) {
                        case 0 -> name;
                        case 1 -> stem + "." + stamp + extension;
                        default -> stem + "." + stamp + "-" + attempt + extension;
                    };
            Path destination = target.resolve(candidate);
            if (Files.exists(destination)
                    || Files.exists(target.resolve(candidate + REASON_SUFFIX))) {
                continue;
            }
            try {
                try {
                    return Files.move(file, destination, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    return Files.move(file, destination);
                }
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    private Path folder() {
        return properties.path().toAbsolutePath().normalize();
    }

    private static String contentType(Path file) {
        try {
            return Files.probeContentType(file);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static Instant modifiedOf(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    @Override
    public void start() {
        running = true;
        if (!properties.enabled()) {
            return;
        }
        scheduler =
                Executors.newSingleThreadScheduledExecutor(
                        Thread.ofPlatform().name("drop-folder").daemon().factory());
        long interval = properties.pollInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::scanSafely, 0, interval, TimeUnit.MILLISECONDS);
        log.info("watching the drop folder {} every {}", folder(), properties.pollInterval());
    }

    /** An exception escaping a periodic task would cancel it for good: catch everything. */
    private void scanSafely() {
        try {
            Scan scan = scan();
            if (!scan.processed().isEmpty() || !scan.failed().isEmpty()) {
                log.info(
                        "drop folder: {} accepted, {} refused, {} waiting",
                        scan.processed().size(),
                        scan.failed().size(),
                        scan.waiting().size());
            }
        } catch (Throwable e) {
            log.error("drop folder: look at {} failed", folder(), e);
        }
    }

    @Override
    public void stop() {
        running = false;
        if (scheduler != null) {
            scheduler.shutdownNow();
            try {
                scheduler.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}

package dev.ipwire.search.replay;

import dev.ipwire.search.indexing.ArticleBulkWriter;
import dev.ipwire.search.indexing.IndexGenerations;
import dev.ipwire.search.indexing.StaleEnrichments;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts replay jobs in the background and answers for their status: at most one rebuild and one
 * re-enrichment at a time on this instance. Jobs and their status live in this instance's memory
 * (the last {@code jobs-kept} finished ones); a second instance asked to rebuild at the same time
 * fails to create the same next index and says so.
 */
@Service
public class ReplayJobs implements DisposableBean {

    private final IndexGenerations generations;
    private final ArticleBulkWriter writer;
    private final StaleEnrichments staleEnrichments;
    private final TopicReader reader;
    private final Republisher republisher;
    private final JsonMapper json;
    private final ReplayProperties properties;
    private final Map<String, ReplayJob> jobs = new LinkedHashMap<>();
    private final ExecutorService executor =
            Executors.newThreadPerTaskExecutor(
                    Thread.ofPlatform().name("replay-", 1).daemon(true).factory());

    ReplayJobs(
            IndexGenerations generations,
            ArticleBulkWriter writer,
            StaleEnrichments staleEnrichments,
            TopicReader reader,
            Republisher republisher,
            JsonMapper json,
            ReplayProperties properties) {
        this.generations = generations;
        this.writer = writer;
        this.staleEnrichments = staleEnrichments;
        this.reader = reader;
        this.republisher = republisher;
        this.json = json;
        this.properties = properties;
    }

    /**
     * Starts rebuilding the index.
     *
     * @param previous {@code keep} (or null) or {@code delete}: the replaced index after the swap
     * @param force swap even when articles of the old index are not on the topic (they are dropped)
     * @throws InvalidReplayRequestException when {@code previous} is neither
     * @throws ReplayJobRunningException when a rebuild is running
     * @throws IOException when Elasticsearch cannot be reached (nothing is started)
     */
    public synchronized ReindexStatus reindex(String previous, boolean force) throws IOException {
        ReindexJob.Previous keep;
        try {
            keep =
                    previous == null || previous.isBlank()
                            ? ReindexJob.Previous.KEEP
                            : ReindexJob.Previous.valueOf(
                                    previous.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidReplayRequestException(
                    "previous must be keep (keep the replaced index, the default) or delete, not '"
                            + previous
                            + "'");
        }
        refuseWhileRunning(ReindexJob.class, "reindex");
        generations.inUse();
        ReindexJob job =
                new ReindexJob(
                        "reindex-" + UUID.randomUUID(),
                        keep,
                        force,
                        generations,
                        writer,
                        reader,
                        json,
                        properties);
        start(job);
        return job.status();
    }

    /**
     * Starts re-enriching every indexed article whose nlpVersion is not {@code nlpVersion}.
     *
     * @throws InvalidReplayRequestException when {@code nlpVersion} is missing
     * @throws ReplayJobRunningException when a re-enrichment is running
     * @throws IOException when Elasticsearch cannot be reached (nothing is started)
     */
    public synchronized ReenrichStatus reenrich(String nlpVersion, boolean dryRun)
            throws IOException {
        if (nlpVersion == null || nlpVersion.isBlank()) {
            throw new InvalidReplayRequestException(
                    "nlpVersion is required: the current version of nlp-service (GET"
                            + " /actuator/info on nlp-service shows it as nlp.version); articles"
                            + " enriched by any other are re-enriched");
        }
        if (nlpVersion.length() > 1000) {
            throw new InvalidReplayRequestException("nlpVersion is longer than 1000 characters");
        }
        refuseWhileRunning(ReenrichJob.class, "reenrich");
        generations.inUse();
        ReenrichJob job =
                new ReenrichJob(
                        "reenrich-" + UUID.randomUUID(),
                        nlpVersion.strip(),
                        dryRun,
                        staleEnrichments,
                        reader,
                        republisher,
                        json,
                        properties);
        start(job);
        return job.status();
    }

    /**
     * @throws ReplayJobNotFoundException when no such rebuild is known here
     */
    public synchronized ReindexStatus reindexStatus(String id) {
        if (jobs.get(id) instanceof ReindexJob job) {
            return job.status();
        }
        throw new ReplayJobNotFoundException("reindex", id);
    }

    /**
     * @throws ReplayJobNotFoundException when no such re-enrichment is known here
     */
    public synchronized ReenrichStatus reenrichStatus(String id) {
        if (jobs.get(id) instanceof ReenrichJob job) {
            return job.status();
        }
        throw new ReplayJobNotFoundException("reenrich", id);
    }

    private void refuseWhileRunning(Class<? extends ReplayJob> kind, String name) {
        for (ReplayJob job : jobs.values()) {
            if (kind.isInstance(job) && job.running()) {
                throw new ReplayJobRunningException(
                        "a "
                                + name
                                + " job is running ("
                                + job.id()
                                + ", "
                                + job.phase()
                                + "); wait for it: GET /api/v1/admin/"
                                + name
                                + "/"
                                + job.id());
            }
        }
    }

    private void start(ReplayJob job) {
        List<String> finished = new ArrayList<>();
        jobs.values().stream().filter(j -> !j.running()).forEach(j -> finished.add(j.id()));
        for (int i = 0; i < finished.size() - properties.jobsKept() + 1; i++) {
            jobs.remove(finished.get(i));
        }
        jobs.put(job.id(), job);
        executor.execute(job);
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(30, TimeUnit.SECONDS);
    }
}

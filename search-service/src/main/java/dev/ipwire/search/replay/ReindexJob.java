package dev.ipwire.search.replay;

import dev.ipwire.contracts.ArticleEnriched;
import dev.ipwire.contracts.KafkaTopics;
import dev.ipwire.search.indexing.ArticleBulkWriter;
import dev.ipwire.search.indexing.IndexGenerations;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rebuilds the index from {@code articles.enriched} (compacted: the latest record of every article)
 * into {@code articles-v{N+1}} and swaps the alias over, while search keeps answering from {@code
 * articles-vN} and the live consumer keeps writing through the alias.
 *
 * <p>Nothing the live consumer writes meanwhile is lost: the rebuild reads up to the end offsets
 * captured at its start, then, in rounds, up to the end offsets captured again, until a round finds
 * nothing new; the alias is swapped; then a last round reads up to the end offsets captured
 * <em>after</em> the swap. A record produced before that capture is read by the rebuild; one
 * produced after it can only be consumed after the swap, so the live consumer writes it through the
 * alias into the new index. Both write with the same external versions, so whichever comes second
 * is a no-op or the newer version, never an older one. The only window: a record that the live
 * consumer wrote into the old index between the last pre-swap round and the swap is missing from
 * searches until the last round (seconds).
 *
 * <p>Before the swap every article id of the old index must be in the new one (an article indexed
 * but no longer on the topic would otherwise disappear); when some are not, the job fails and
 * leaves the alias as it was, unless {@code force}.
 */
final class ReindexJob extends ReplayJob {

    /** What to do with the replaced index after the swap. */
    enum Previous {
        /** Keep it (the default): the alias can be moved back by hand; older ones are deleted. */
        KEEP,
        /** Delete it too, after {@code delete-grace}. */
        DELETE
    }

    private static final Logger log = LoggerFactory.getLogger(ReindexJob.class);

    private final IndexGenerations generations;
    private final ArticleBulkWriter writer;
    private final TopicReader reader;
    private final JsonMapper json;
    private final ReplayProperties properties;
    private final Previous previous;
    private final boolean force;

    private final AtomicLong read = new AtomicLong();
    private final AtomicLong indexed = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile long dropped;
    private volatile String from;
    private volatile String to;
    private volatile Long countBefore;
    private volatile Long countAfter;
    private volatile boolean swapped;
    private final List<String> deleted = new ArrayList<>();

    ReindexJob(
            String id,
            Previous previous,
            boolean force,
            IndexGenerations generations,
            ArticleBulkWriter writer,
            TopicReader reader,
            JsonMapper json,
            ReplayProperties properties) {
        super(id);
        this.previous = previous;
        this.force = force;
        this.generations = generations;
        this.writer = writer;
        this.reader = reader;
        this.json = json;
        this.properties = properties;
    }

    @Override
    String kind() {
        return "reindex";
    }

    @Override
    State work() throws Exception {
        phase("PREPARING");
        from = generations.inUse();
        generations.refresh(from);
        countBefore = generations.count(from);
        to = generations.createNext();

        phase("COPYING");
        Map<TopicPartition, Long> position =
                reader.read(
                        Map.of(),
                        reader.endOffsets(KafkaTopics.ARTICLES_ENRICHED),
                        properties.batchSize(),
                        this::write);

        phase("CATCHING_UP");
        position = catchUp(position);
        generations.refresh(to);

        phase("VERIFYING");
        // Articles Elasticsearch refused for good were refused to the live consumer too (and are
        // in its dead-letter topic); what counts is that nothing the old index holds is missing.
        Set<String> missing = new HashSet<>(generations.ids(from));
        missing.removeAll(generations.ids(to));
        if (!missing.isEmpty()) {
            // articles that arrived after the last round: one more round, then ask again
            position = catchUp(position);
            generations.refresh(to);
            missing = generations.missing(to, missing);
        }
        if (!missing.isEmpty()) {
            String some = missing.stream().sorted().limit(5).toList().toString();
            if (!force) {
                problem(
                        missing.size()
                                + " articles of "
                                + from
                                + " are not on "
                                + KafkaTopics.ARTICLES_ENRICHED
                                + " (e.g. "
                                + some
                                + "); the alias stays on "
                                + from
                                + ". Re-send them, or rebuild with force=true to drop them.");
                return State.FAILED;
            }
            dropped = missing.size();
            problem(
                    missing.size()
                            + " articles of "
                            + from
                            + " are not on the topic and are dropped (force): "
                            + some);
        }

        phase("SWAPPING");
        generations.swap(from, to);
        swapped = true;

        phase("FINAL_CATCH_UP");
        reader.read(
                position,
                reader.endOffsets(KafkaTopics.ARTICLES_ENRICHED),
                properties.batchSize(),
                this::write);
        generations.refresh(to);
        countAfter = generations.count(to);

        phase("CLEANING_UP");
        List<String> obsolete = new ArrayList<>(generations.all());
        obsolete.remove(to);
        if (previous == Previous.KEEP) {
            obsolete.remove(from);
        }
        if (!obsolete.isEmpty()) {
            Thread.sleep(properties.deleteGrace().toMillis());
        }
        for (String name : obsolete) {
            generations.delete(name);
            synchronized (deleted) {
                deleted.add(name);
            }
        }
        return State.SUCCEEDED;
    }

    /** Reads what arrived since {@code position}, in rounds, until a round finds nothing. */
    private Map<TopicPartition, Long> catchUp(Map<TopicPartition, Long> position) throws Exception {
        for (int round = 0; round < properties.catchUpRounds(); round++) {
            Map<TopicPartition, Long> ends = reader.endOffsets(KafkaTopics.ARTICLES_ENRICHED);
            if (ends.equals(position)) {
                break;
            }
            long before = read.get();
            position = reader.read(position, ends, properties.batchSize(), this::write);
            log.info("reindex {}: caught up {} records", id(), read.get() - before);
        }
        return position;
    }

    private void write(List<ConsumerRecord<String, byte[]>> records) throws Exception {
        List<ArticleEnriched> articles = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            read.incrementAndGet();
            ArticleEnriched article = decode(record);
            if (article != null) {
                articles.add(article);
            }
        }
        List<ArticleEnriched> pending = articles;
        long wait = 1_000;
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            ArticleBulkWriter.Outcome outcome = writeWithRetries(pending);
            indexed.addAndGet(outcome.written());
            unchanged.addAndGet(outcome.unchanged());
            Set<String> retry = new HashSet<>();
            for (ArticleBulkWriter.Failure failure : outcome.failures()) {
                if (failure.transient_() && attempt < properties.bulkAttempts()) {
                    retry.add(failure.id());
                } else {
                    failed.incrementAndGet();
                    problem("refused by " + to + ": " + failure);
                }
            }
            pending = pending.stream().filter(a -> retry.contains(a.id())).toList();
            if (!pending.isEmpty()) {
                log.warn(
                        "reindex {}: {} articles refused for now by {} (attempt {} of {});"
                                + " retrying in {} ms",
                        id(),
                        pending.size(),
                        to,
                        attempt,
                        properties.bulkAttempts(),
                        wait);
                Thread.sleep(wait);
                wait *= 2;
            }
        }
    }

    private ArticleBulkWriter.Outcome writeWithRetries(List<ArticleEnriched> articles)
            throws IOException, InterruptedException {
        long wait = 1_000;
        for (int attempt = 1; ; attempt++) {
            try {
                return writer.write(to, articles);
            } catch (IOException e) {
                if (attempt >= properties.bulkAttempts()) {
                    throw new IOException(
                            "writing "
                                    + articles.size()
                                    + " articles to "
                                    + to
                                    + " failed "
                                    + attempt
                                    + " times: "
                                    + e.getMessage(),
                            e);
                }
                log.warn(
                        "reindex {}: bulk write of {} articles to {} failed (attempt {} of {}: {});"
                                + " retrying in {} ms",
                        id(),
                        articles.size(),
                        to,
                        attempt,
                        properties.bulkAttempts(),
                        e.getMessage(),
                        wait);
                Thread.sleep(wait);
                wait *= 2;
            }
        }
    }

    /** The article in a record, or null (counted as skipped) for what is not one. */
    private ArticleEnriched decode(ConsumerRecord<String, byte[]> record) {
        String where = record.topic() + "-" + record.partition() + "@" + record.offset();
        if (record.value() == null) {
            skipped.incrementAndGet();
            return null;
        }
        try {
            ArticleEnriched article = json.readValue(record.value(), ArticleEnriched.class);
            if (article.schemaVersion() != 1 || article.id() == null || article.id().isBlank()) {
                skipped.incrementAndGet();
                log.warn(
                        "reindex {}: skipping {}: schemaVersion {} / id {} is not an article this"
                                + " service indexes",
                        id(),
                        where,
                        article.schemaVersion(),
                        article.id());
                return null;
            }
            return article;
        } catch (JacksonException | IllegalArgumentException e) {
            // the live consumer sent it to the dead-letter topic already
            skipped.incrementAndGet();
            log.warn("reindex {}: skipping unreadable record {}: {}", id(), where, e.getMessage());
            return null;
        }
    }

    @Override
    void failed() {
        String built = to;
        if (built != null && !swapped) {
            try {
                generations.delete(built);
            } catch (IOException | RuntimeException e) {
                problem("could not delete the unfinished " + built + ": " + e.getMessage());
            }
        }
    }

    ReindexStatus status() {
        List<String> gone;
        synchronized (deleted) {
            gone = List.copyOf(deleted);
        }
        return new ReindexStatus(
                id(),
                state().name(),
                phase(),
                from,
                to,
                swapped,
                previous.name().toLowerCase(java.util.Locale.ROOT),
                read.get(),
                indexed.get(),
                unchanged.get(),
                skipped.get(),
                failed.get(),
                dropped,
                countBefore,
                countAfter,
                gone,
                problems(),
                startedAt(),
                finishedAt());
    }
}

package dev.ipwire.search.replay;

import dev.ipwire.contracts.ArticleEnriched;
import dev.ipwire.contracts.ArticleReceived;
import dev.ipwire.contracts.KafkaTopics;
import dev.ipwire.search.indexing.ArticleVersion;
import dev.ipwire.search.indexing.StaleEnrichments;
import dev.ipwire.search.indexing.StaleEnrichments.Stale;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Re-runs NLP for the indexed articles whose {@code nlpVersion} is not the current one: finds them
 * in the index, takes each one's latest revision from {@code articles.raw} (compacted: the latest
 * record per article id), and republishes it there with the next enrichment generation, so the
 * normal pipeline (nlp-service, then this service's consumer) enriches and indexes it again. The
 * re-enrichment outranks the stale one in the index although its revision is the same ({@link
 * ArticleVersion}); a newer revision still outranks both.
 *
 * <p>An article the raw topic does not hold (or holds only in an older revision than the index) is
 * republished from the article stored in the index. The job then waits, up to {@code
 * reenrich-wait}, until the republished articles are indexed with the current version.
 */
final class ReenrichJob extends ReplayJob {

    private final String current;
    private final boolean dryRun;
    private final StaleEnrichments staleEnrichments;
    private final TopicReader reader;
    private final Republisher republisher;
    private final JsonMapper json;
    private final ReplayProperties properties;

    private volatile long stale;
    private volatile Map<String, Long> staleByVersion = Map.of();
    private final AtomicLong fromRaw = new AtomicLong();
    private final AtomicLong fromIndex = new AtomicLong();
    private final AtomicLong notFound = new AtomicLong();
    private final AtomicLong republished = new AtomicLong();
    private volatile long reenriched;
    private volatile long remaining;

    ReenrichJob(
            String id,
            String current,
            boolean dryRun,
            StaleEnrichments staleEnrichments,
            TopicReader reader,
            Republisher republisher,
            JsonMapper json,
            ReplayProperties properties) {
        super(id);
        this.current = current;
        this.dryRun = dryRun;
        this.staleEnrichments = staleEnrichments;
        this.reader = reader;
        this.republisher = republisher;
        this.json = json;
        this.properties = properties;
    }

    @Override
    String kind() {
        return "reenrich";
    }

    @Override
    State work() throws Exception {
        phase("FINDING_STALE");
        List<Stale> found = staleEnrichments.find(current);
        Map<String, Long> byVersion = new TreeMap<>();
        found.forEach(s -> byVersion.merge(String.valueOf(s.nlpVersion()), 1L, Long::sum));
        staleByVersion = byVersion;
        stale = found.size();
        remaining = found.size();
        if (dryRun || found.isEmpty()) {
            return State.SUCCEEDED;
        }

        phase("READING_RAW");
        Map<String, Stale> byId = new HashMap<>();
        found.forEach(s -> byId.put(s.id(), s));
        Map<String, ArticleReceived> latest = new HashMap<>();
        Map<org.apache.kafka.common.TopicPartition, Long> rawEnds =
                reader.endOffsets(KafkaTopics.ARTICLES_RAW);
        if (rawEnds.isEmpty()) {
            problem(
                    KafkaTopics.ARTICLES_RAW
                            + " does not exist: start ingest-service once (it creates the topic,"
                            + " compacted); nothing was republished");
            return State.FAILED;
        }
        reader.read(
                Map.of(),
                rawEnds,
                properties.batchSize(),
                records -> {
                    for (ConsumerRecord<String, byte[]> record : records) {
                        if (record.key() != null
                                && byId.containsKey(record.key())
                                && record.value() != null) {
                            ArticleReceived article = decode(record);
                            // later records of a revision win: compaction keeps the last one too
                            if (article != null
                                    && article.id().equals(record.key())
                                    && (!latest.containsKey(article.id())
                                            || latest.get(article.id()).revision()
                                                    <= article.revision())) {
                                latest.put(article.id(), article);
                            }
                        }
                    }
                });

        phase("REPUBLISHING");
        List<String> needStored = new ArrayList<>();
        List<ArticleReceived> toSend = new ArrayList<>();
        for (Stale s : found) {
            ArticleReceived raw = latest.get(s.id());
            if (raw != null && raw.revision() >= s.version().revision()) {
                int generation =
                        raw.revision() == s.version().revision()
                                ? Math.max(s.version().generation(), raw.enrichmentGeneration()) + 1
                                : raw.enrichmentGeneration() + 1;
                if (fits(s.id(), raw.revision(), generation)) {
                    toSend.add(raw.withEnrichmentGeneration(generation));
                    fromRaw.incrementAndGet();
                }
            } else {
                needStored.add(s.id());
            }
        }
        Map<String, ArticleEnriched> stored = staleEnrichments.stored(needStored);
        for (String id : needStored) {
            ArticleEnriched article = stored.get(id);
            if (article == null) {
                notFound.incrementAndGet();
                problem(
                        "article "
                                + id
                                + " is neither on "
                                + KafkaTopics.ARTICLES_RAW
                                + " nor stored in the index");
                continue;
            }
            int generation = byId.get(id).version().nextGeneration().generation();
            if (fits(id, article.revision(), generation)) {
                toSend.add(article.article().withEnrichmentGeneration(generation));
                fromIndex.incrementAndGet();
            }
        }
        Set<String> sent = new HashSet<>();
        for (int from = 0; from < toSend.size(); from += properties.batchSize()) {
            List<ArticleReceived> batch =
                    toSend.subList(from, Math.min(toSend.size(), from + properties.batchSize()));
            republisher.publish(batch);
            batch.forEach(a -> sent.add(a.id()));
            republished.addAndGet(batch.size());
        }

        phase("WAITING_FOR_PIPELINE");
        Instant deadline = Instant.now().plus(properties.reenrichWait());
        while (true) {
            reenriched = staleEnrichments.countCurrent(sent, current);
            remaining = stale - reenriched;
            if (reenriched >= sent.size() || Instant.now().isAfter(deadline)) {
                break;
            }
            Thread.sleep(properties.reenrichPoll().toMillis());
        }
        if (remaining > 0) {
            problem(
                    remaining
                            + " articles are not enriched by "
                            + current
                            + " yet (nlp-service down or behind, or running another version?);"
                            + " those republished are on their way and will still be indexed");
            return State.INCOMPLETE;
        }
        return State.SUCCEEDED;
    }

    private boolean fits(String id, long revision, int generation) {
        if (generation > ArticleVersion.MAX_GENERATION) {
            notFound.incrementAndGet();
            problem("article " + id + " revision " + revision + " was re-enriched too often");
            return false;
        }
        return true;
    }

    private ArticleReceived decode(ConsumerRecord<String, byte[]> record) {
        try {
            ArticleReceived article = json.readValue(record.value(), ArticleReceived.class);
            return article.id() == null ? null : article;
        } catch (JacksonException | IllegalArgumentException e) {
            return null;
        }
    }

    ReenrichStatus status() {
        return new ReenrichStatus(
                id(),
                state().name(),
                phase(),
                current,
                dryRun,
                stale,
                staleByVersion,
                fromRaw.get(),
                fromIndex.get(),
                notFound.get(),
                republished.get(),
                reenriched,
                remaining,
                problems(),
                startedAt(),
                finishedAt());
    }
}

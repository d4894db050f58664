package dev.ipwire.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.stack.StackConfig;
import dev.ipwire.stack.process.ManagedProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Fault (a): two nlp-service instances share the consumer group {@code nlp}; one is killed with
 * SIGKILL while articles stream through. The survivor takes over the dead one's partitions after
 * the session timeout and re-enriches what had not been committed (at-least-once, so duplicates on
 * {@code articles.enriched} are allowed), and the index still holds every accepted article exactly
 * once at its accepted revision.
 */
class NlpInstanceKillFaultIT {

    static final int ARTICLES = 200;

    /** Kill once this many articles were enriched: well into the stream, far from its end. */
    static final int KILL_AFTER_ENRICHED = 40;

    @Test
    void everyArticleIsIndexedExactlyOnceWhenAnNlpInstanceIsKilledMidStream() throws Exception {
        try (FaultRig rig = FaultRig.start("fault-a")) {
            ManagedProcess second =
                    rig.system.startInstance(
                            "nlp-service", "nlp-service-2", StackConfig.freePort());
            rig.track(second.pid());
            int partitions = rig.partitionCount(FaultRig.RAW);
            assertThat(partitions).as("partitions of articles.raw").isGreaterThanOrEqualTo(2);
            assertThat(
                            FaultRig.await(
                                    () -> rig.membersWithPartitions("nlp") == 2,
                                    Duration.ofSeconds(180)))
                    .as("both nlp instances hold partitions of articles.raw")
                    .isTrue();

            List<FaultRig.Posted> posted = Collections.synchronizedList(new ArrayList<>());
            ExecutorService clients = Executors.newFixedThreadPool(4);
            List<Future<?>> posts = new ArrayList<>();
            for (int n = 0; n < ARTICLES; n++) {
                String content = FaultArticles.article("FA", n);
                posts.add(clients.submit(() -> posted.add(rig.post(content))));
            }

            boolean midStream =
                    FaultRig.await(
                            () -> enriched(rig) >= KILL_AFTER_ENRICHED, Duration.ofSeconds(300));
            long enrichedAtKill = enriched(rig);
            second.kill();
            long killedAt = System.nanoTime();
            for (Future<?> post : posts) {
                post.get();
            }
            clients.shutdown();

            assertThat(midStream).as("enrichment started before the kill").isTrue();
            assertThat(enrichedAtKill).as("killed mid-stream, not after it").isLessThan(ARTICLES);
            assertThat(second.isAlive()).isFalse();
            assertThat(second.exitCode()).as("killed by SIGKILL").isEqualTo(137);

            Map<String, Long> accepted = FaultRig.accepted(posted);
            assertThat(FaultRig.byStatus(posted))
                    .as("answers")
                    .isEqualTo(Map.of(202, (long) ARTICLES));
            rig.awaitIndexed(accepted, Duration.ofSeconds(420));
            long recoverySeconds = Duration.ofNanos(System.nanoTime() - killedAt).toSeconds();

            Map<String, List<Long>> indexed = rig.indexedRevisions();
            Set<String> missing = FaultRig.difference(accepted.keySet(), indexed.keySet());
            Set<String> extra = FaultRig.difference(indexed.keySet(), accepted.keySet());
            long twice = indexed.values().stream().filter(r -> r.size() > 1).count();
            long wrongRevision =
                    accepted.entrySet().stream()
                            .filter(e -> !List.of(e.getValue()).equals(indexed.get(e.getKey())))
                            .count();
            Map<String, Integer> enrichedPerId = rig.recordsPerKey(FaultRig.ENRICHED);
            long enrichedRecords =
                    accepted.keySet().stream()
                            .mapToLong(id -> enrichedPerId.getOrDefault(id, 0))
                            .sum();
            long duplicatesDelivered =
                    accepted.keySet().stream()
                            .mapToLong(id -> Math.max(0, enrichedPerId.getOrDefault(id, 0) - 1))
                            .sum();
            long nlpDlq = rig.recordCount(FaultRig.NLP_DLQ);

            System.out.printf(
                    "FAULT a partitions=%d accepted=%d indexed=%d enrichedAtKill=%d"
                            + " enrichedRecords=%d duplicatesDelivered=%d missing=%d extra=%d"
                            + " indexedTwice=%d wrongRevision=%d nlpDlq=%d recoverySeconds=%d%n",
                    partitions,
                    accepted.size(),
                    indexed.size(),
                    enrichedAtKill,
                    enrichedRecords,
                    duplicatesDelivered,
                    missing.size(),
                    extra.size(),
                    twice,
                    wrongRevision,
                    nlpDlq,
                    recoverySeconds);

            assertThat(accepted).hasSize(ARTICLES);
            assertThat(missing).as("accepted but not indexed").isEmpty();
            assertThat(extra).as("indexed but never accepted").isEmpty();
            assertThat(twice).as("ids indexed more than once").isZero();
            assertThat(wrongRevision).as("ids indexed at another revision").isZero();
            assertThat(indexed).hasSize(ARTICLES);
            assertThat(nlpDlq).as("records in " + FaultRig.NLP_DLQ).isZero();
            assertThat(rig.system.services().process("nlp-service").isAlive())
                    .as("the surviving nlp-service")
                    .isTrue();
            rig.close();
            assertThat(rig.survivors()).as("processes left after the test").isEmpty();
        }
    }

    /** Records on articles.enriched so far (this test's system holds only its own articles). */
    private static long enriched(FaultRig rig) {
        try {
            return rig.recordCount(FaultRig.ENRICHED);
        } catch (Exception e) {
            return 0;
        }
    }
}

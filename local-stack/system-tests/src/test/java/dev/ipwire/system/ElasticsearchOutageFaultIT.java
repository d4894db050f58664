package dev.ipwire.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.stack.nodes.StackNode;
import dev.ipwire.stack.process.ManagedProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Fault (b): Elasticsearch is stopped for 60 s while articles keep arriving, then started again on
 * the same data folder and port. search-service must wait it out (its process alive, readiness down
 * while Elasticsearch is away and up again after), send nothing to its DLQ, and index every
 * accepted article once Elasticsearch is back.
 */
class ElasticsearchOutageFaultIT {

    static final Duration OUTAGE = Duration.ofSeconds(60);
    static final int MAX_ARTICLES = 300;

    @Test
    void everyArticleIsIndexedAfterElasticsearchReturnsAndNothingGoesToTheDlq() throws Exception {
        try (FaultRig rig = FaultRig.start("fault-b")) {
            ManagedProcess searchService = rig.system.services().process("search-service");
            StackNode elasticsearch = rig.system.stack().elasticsearch();
            List<FaultRig.Posted> posted = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean keepPosting = new AtomicBoolean(true);
            AtomicInteger postedDuringOutage = new AtomicInteger();
            AtomicBoolean outage = new AtomicBoolean(false);
            Thread client =
                    Thread.ofPlatform()
                            .name("fault-b-client")
                            .start(
                                    () -> {
                                        for (int n = 0;
                                                n < MAX_ARTICLES && keepPosting.get();
                                                n++) {
                                            FaultRig.Posted answer =
                                                    rig.post(FaultArticles.article("FB", n));
                                            posted.add(answer);
                                            if (outage.get() && answer.status() == 202) {
                                                postedDuringOutage.incrementAndGet();
                                            }
                                            sleep(300);
                                        }
                                    });

            // Stop Elasticsearch once indexing is under way.
            assertThat(
                            FaultRig.await(
                                    () -> rig.indexedOf(FaultRig.accepted(posted)) >= 15,
                                    Duration.ofSeconds(300)))
                    .as("indexing under way before the outage")
                    .isTrue();
            int indexedBeforeOutage = rig.indexedOf(FaultRig.accepted(posted));
            elasticsearch.close();
            outage.set(true);
            long stoppedAt = System.nanoTime();
            boolean readinessDown =
                    FaultRig.await(() -> !rig.ready(rig.search), Duration.ofSeconds(45));
            boolean aliveThroughout = true;
            while (System.nanoTime() - stoppedAt < OUTAGE.toNanos()) {
                aliveThroughout &= searchService.isAlive();
                Thread.sleep(1000);
            }
            elasticsearch.start();
            rig.track(elasticsearch.pid());
            outage.set(false);
            elasticsearch.awaitReady(FaultRig.STARTUP);
            long downSeconds = Duration.ofNanos(System.nanoTime() - stoppedAt).toSeconds();

            // A few more articles after it is back, then stop the client.
            int postedBeforeReturn = posted.size();
            FaultRig.await(() -> posted.size() >= postedBeforeReturn + 10, Duration.ofSeconds(120));
            keepPosting.set(false);
            client.join(Duration.ofSeconds(120).toMillis());
            assertThat(client.isAlive()).isFalse();

            Map<String, Long> accepted = FaultRig.accepted(posted);
            // Done when every accepted article is either indexed or dead-lettered (then it never
            // will be indexed by itself), so that the counts below are final.
            FaultRig.await(
                    () -> rig.indexedOf(accepted) + dlq(rig) >= accepted.size(),
                    Duration.ofSeconds(420));
            boolean readyAgain =
                    FaultRig.await(() -> rig.ready(rig.search), Duration.ofSeconds(180));
            Map<String, List<Long>> indexed = rig.indexedRevisions();
            long missing =
                    accepted.entrySet().stream()
                            .filter(e -> !List.of(e.getValue()).equals(indexed.get(e.getKey())))
                            .count();
            long extra = indexed.keySet().stream().filter(id -> !accepted.containsKey(id)).count();
            long dlq = rig.recordCount(FaultRig.SEARCH_DLQ);
            boolean alive = searchService.isAlive();

            System.out.printf(
                    "FAULT b posted=%d answers=%s accepted=%d indexed=%d indexedBeforeOutage=%d"
                            + " acceptedDuringOutage=%d esDownSeconds=%d missing=%d extra=%d dlq=%d"
                            + " searchServiceAlive=%s readinessDownDuringOutage=%s readyAgain=%s%n",
                    posted.size(),
                    FaultRig.byStatus(posted),
                    accepted.size(),
                    indexed.size(),
                    indexedBeforeOutage,
                    postedDuringOutage.get(),
                    downSeconds,
                    missing,
                    extra,
                    dlq,
                    alive && aliveThroughout,
                    readinessDown,
                    readyAgain);

            assertThat(FaultRig.byStatus(posted)).as("answers").containsOnlyKeys(202);
            assertThat(postedDuringOutage.get())
                    .as("articles accepted during the outage")
                    .isPositive();
            assertThat(missing).as("accepted articles not indexed at their revision").isZero();
            assertThat(extra).as("indexed but never accepted").isZero();
            assertThat(dlq).as("records in " + FaultRig.SEARCH_DLQ).isZero();
            assertThat(alive && aliveThroughout).as("search-service process alive").isTrue();
            assertThat(readinessDown)
                    .as("search-service readiness down without Elasticsearch")
                    .isTrue();
            assertThat(readyAgain).as("search-service readiness up again").isTrue();
            rig.close();
            assertThat(rig.survivors()).as("processes left after the test").isEmpty();
        }
    }

    private static long dlq(FaultRig rig) {
        try {
            return rig.recordCount(FaultRig.SEARCH_DLQ);
        } catch (Exception e) {
            return 0;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

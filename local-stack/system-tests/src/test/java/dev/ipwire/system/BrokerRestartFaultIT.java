package dev.ipwire.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.stack.nodes.StackNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Fault (c): the Kafka broker is stopped and started again on the same data folder and port while
 * clients keep posting. Every answer must be a 202 (the broker acknowledged the article) or a 503
 * with Retry-After (it did not; the client should send it again), nothing else; and every article
 * that got a 202 must be searchable afterwards.
 */
class BrokerRestartFaultIT {

    static final int CLIENTS = 4;
    static final Duration DOWNTIME = Duration.ofSeconds(20);

    @Test
    void everyAcceptedArticleIsSearchableAndTheOthersGot503() throws Exception {
        try (FaultRig rig = FaultRig.start("fault-c")) {
            StackNode kafka = rig.system.stack().kafka();
            List<FaultRig.Posted> posted = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean keepPosting = new AtomicBoolean(true);
            AtomicInteger next = new AtomicInteger();
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                clients.add(
                        Thread.ofPlatform()
                                .name("fault-c-client-" + c)
                                .start(
                                        () -> {
                                            while (keepPosting.get()) {
                                                int n = next.getAndIncrement();
                                                posted.add(
                                                        rig.post(FaultArticles.article("FC", n)));
                                                sleep(500);
                                            }
                                        }));
            }

            assertThat(
                            FaultRig.await(
                                    () -> FaultRig.accepted(posted).size() >= 40,
                                    Duration.ofSeconds(300)))
                    .as("articles accepted before the restart")
                    .isTrue();
            int postedBeforeStop = posted.size();
            kafka.close();
            long stoppedAt = System.nanoTime();
            Thread.sleep(DOWNTIME.toMillis());
            kafka.start();
            rig.track(kafka.pid());
            kafka.awaitReady(FaultRig.STARTUP);
            long downSeconds = Duration.ofNanos(System.nanoTime() - stoppedAt).toSeconds();
            int postedBeforeRestart = posted.size();

            // Keep posting until the broker takes articles again, then a little longer.
            boolean acceptingAgain =
                    FaultRig.await(
                            () -> acceptedSince(posted, postedBeforeRestart) >= 20,
                            Duration.ofSeconds(240));
            keepPosting.set(false);
            for (Thread client : clients) {
                client.join(Duration.ofSeconds(120).toMillis());
                assertThat(client.isAlive()).isFalse();
            }

            List<FaultRig.Posted> answers = FaultRig.snapshot(posted);
            Map<Integer, Long> byStatus = FaultRig.byStatus(answers);
            Map<String, Long> accepted = FaultRig.accepted(answers);
            List<FaultRig.Posted> refused =
                    answers.stream().filter(p -> p.status() == 503).toList();
            List<FaultRig.Posted> others =
                    answers.stream().filter(p -> p.status() != 202 && p.status() != 503).toList();
            long refusedWithoutRetryAfter =
                    refused.stream().filter(p -> p.retryAfter() == null).count();
            long slowestRefusalMillis =
                    refused.stream().mapToLong(FaultRig.Posted::millis).max().orElse(0);

            FaultRig.await(
                    () -> rig.indexedOf(accepted) == accepted.size(), Duration.ofSeconds(420));
            Map<String, List<Long>> indexed = rig.indexedRevisions();
            long notIndexed =
                    accepted.entrySet().stream()
                            .filter(e -> !List.of(e.getValue()).equals(indexed.get(e.getKey())))
                            .count();
            long notFoundBySearchService = 0;
            for (String id : accepted.keySet()) {
                if (rig.http.get(rig.search + "/api/v1/articles/" + id).status() != 200) {
                    notFoundBySearchService++;
                }
            }
            // A 503 means "not accepted, send it again"; the broker may still have taken it.
            long refusedButIndexed =
                    indexed.keySet().stream().filter(id -> !accepted.containsKey(id)).count();

            System.out.printf(
                    "FAULT c posted=%d accepted202=%d refused503=%d others=%d"
                            + " postedBeforeStop=%d brokerDownSeconds=%d notIndexed=%d"
                            + " notFoundBySearchService=%d refused503WithoutRetryAfter=%d"
                            + " slowest503Millis=%d refusedButIndexed=%d acceptingAgain=%s%n",
                    answers.size(),
                    byStatus.getOrDefault(202, 0L),
                    refused.size(),
                    others.size(),
                    postedBeforeStop,
                    downSeconds,
                    notIndexed,
                    notFoundBySearchService,
                    refusedWithoutRetryAfter,
                    slowestRefusalMillis,
                    refusedButIndexed,
                    acceptingAgain);

            assertThat(others).as("answers other than 202 and 503").isEmpty();
            assertThat(refused).as("503s while the broker was down").isNotEmpty();
            assertThat(refusedWithoutRetryAfter).as("503s without Retry-After").isZero();
            assertThat(acceptingAgain).as("202s again after the restart").isTrue();
            assertThat(notIndexed).as("accepted articles not indexed at their revision").isZero();
            assertThat(notFoundBySearchService)
                    .as("accepted articles search-service cannot find")
                    .isZero();
            rig.close();
            assertThat(rig.survivors()).as("processes left after the test").isEmpty();
        }
    }

    private static long acceptedSince(List<FaultRig.Posted> posted, int from) {
        synchronized (posted) {
            return posted.subList(from, posted.size()).stream()
                    .filter(p -> p.status() == 202)
                    .count();
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

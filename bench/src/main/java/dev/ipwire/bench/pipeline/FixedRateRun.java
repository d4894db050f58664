package dev.ipwire.bench.pipeline;

import dev.ipwire.bench.articles.GeneratedArticle;
import dev.ipwire.bench.measure.Percentiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Phase 2 at a fixed rate: one article at a time, on a schedule, each timed from the start of its
 * POST until the search API lists it. The run's articles share an outlet of their own and carry
 * consecutive publication dates, so one search (that outlet, newest first) polled every {@link
 * #POLL_MILLIS} ms shows every article as soon as it is searchable; that poll is the only search
 * load of the phase, and its period bounds the error of each figure.
 */
public final class FixedRateRun {

    static final long POLL_MILLIS = 50;

    /**
     * @param posted articles posted
     * @param seen articles the search API listed before the deadline
     * @param achievedRate posts per second actually reached
     * @param latencyMillis POST start → listed by the search API, per article seen
     */
    public record Result(int posted, int seen, double achievedRate, List<Double> latencyMillis) {

        public Percentiles percentiles() {
            return Percentiles.of(latencyMillis);
        }
    }

    private FixedRateRun() {}

    public static Result run(
            PipelineClient client, List<GeneratedArticle> articles, double perSecond, String outlet)
            throws Exception {
        int count = articles.size();
        long[] postedAt = new long[count];
        Map<String, Integer> indexOfId = new ConcurrentHashMap<>();
        Map<Integer, Long> seenAt = new ConcurrentHashMap<>();
        AtomicBoolean polling = new AtomicBoolean(true);
        LocalDate firstDate = LocalDate.of(1990, 1, 1);

        Thread poller =
                Thread.ofPlatform()
                        .name("bench-searchable-poller")
                        .start(
                                () -> {
                                    while (polling.get()) {
                                        try {
                                            long now = System.nanoTime();
                                            for (String id : client.newestOf(outlet, 100)) {
                                                Integer index = indexOfId.get(id);
                                                if (index != null) {
                                                    seenAt.putIfAbsent(index, now);
                                                }
                                            }
                                            Thread.sleep(POLL_MILLIS);
                                        } catch (InterruptedException e) {
                                            return;
                                        } catch (Exception e) {
                                            // the next poll tries again; a search that keeps
                                            // failing shows as articles never seen
                                        }
                                    }
                                });

        long start = System.nanoTime();
        long lastPost = start;
        try (ExecutorService posters = Executors.newFixedThreadPool(4)) {
            List<Future<?>> posts = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                long due = start + (long) (i * 1e9 / perSecond);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                int index = i;
                Map<String, Object> item =
                        client.submission(articles.get(i), outlet, firstDate.plusDays(i));
                posts.add(
                        posters.submit(
                                () -> {
                                    postedAt[index] = System.nanoTime();
                                    indexOfId.put(client.post(item), index);
                                    return null;
                                }));
                lastPost = System.nanoTime();
            }
            for (Future<?> post : posts) {
                post.get();
            }
        }
        double achievedRate = (count - 1) / ((lastPost - start) / 1e9);
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (seenAt.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(POLL_MILLIS);
        }
        polling.set(false);
        poller.join();
        List<Double> latencies = new ArrayList<>();
        seenAt.forEach((index, at) -> latencies.add((at - postedAt[index]) / 1e6));
        return new Result(count, seenAt.size(), achievedRate, latencies);
    }
}

package dev.ipwire.bench.search;

import dev.ipwire.bench.measure.Percentiles;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Closed-loop search load: {@code clients} threads, each sending its next query as soon as the last
 * one answered, for a fixed time; every latency is kept (no sampling, no coordinated-omission
 * correction needed in a closed loop whose figure is the latency a waiting client sees).
 */
public final class SearchLoad {

    /** One request: the query's position in the list → HTTP status. */
    @FunctionalInterface
    public interface Request {
        int send(int query) throws Exception;
    }

    /**
     * @param requests requests answered
     * @param errors answers other than 200, and failures
     * @param seconds length of the round
     * @param latencyMillis every answered request's latency
     */
    public record Round(int requests, int errors, double seconds, List<Double> latencyMillis) {

        public double requestsPerSecond() {
            return requests / seconds;
        }

        public Percentiles percentiles() {
            return Percentiles.of(latencyMillis);
        }
    }

    private SearchLoad() {}

    public static Round run(Request request, int queries, int clients, double seconds, long seed)
            throws Exception {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        AtomicInteger errors = new AtomicInteger();
        long started = System.nanoTime();
        List<Double> all = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<List<Double>>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                SplittableRandom random = new SplittableRandom(seed + c);
                workers.add(
                        pool.submit(
                                () -> {
                                    List<Double> latencies = new ArrayList<>();
                                    while (System.nanoTime() < end) {
                                        int query = random.nextInt(queries);
                                        long sent = System.nanoTime();
                                        try {
                                            if (request.send(query) != 200) {
                                                errors.incrementAndGet();
                                                continue;
                                            }
                                        } catch (Exception e) {
                                            errors.incrementAndGet();
                                            continue;
                                        }
                                        latencies.add((System.nanoTime() - sent) / 1e6);
                                    }
                                    return latencies;
                                }));
            }
            for (Future<List<Double>> worker : workers) {
                all.addAll(worker.get());
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        return new Round(all.size(), errors.get(), elapsed, all);
    }
}

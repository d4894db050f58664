package dev.ipwire.bench.pipeline;

import dev.ipwire.bench.articles.GeneratedArticle;
import dev.ipwire.bench.measure.ProcessMeter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Phase 2 at full speed: a backlog posted in batches by a few concurrent clients, timed from the
 * first post until Elasticsearch finds every article (searchable, i.e. after its refresh).
 */
public final class FullSpeedRun {

    /** Articles per batch request and batches in flight: enough to keep ingest-service busy. */
    static final int BATCH_SIZE = 50;

    static final int POSTERS = 4;

    /**
     * @param articles articles posted
     * @param seconds first post → last article searchable
     * @param ids accepted ids
     * @param cpuSeconds CPU each process used during the run
     * @param jvmSeconds of that, what each process's JIT compiler and GC threads used
     */
    public record Result(
            int articles,
            double seconds,
            List<String> ids,
            Map<String, Double> cpuSeconds,
            Map<String, Map<String, Double>> jvmSeconds) {

        public double articlesPerSecond() {
            return articles / seconds;
        }
    }

    private FullSpeedRun() {}

    public static Result run(
            PipelineClient client, ProcessMeter meter, List<GeneratedArticle> articles)
            throws Exception {
        long before = client.indexedCount();
        Map<String, Double> cpuBefore = meter.cpuSeconds();
        Map<String, Map<String, Double>> jvmBefore = meter.jvmThreadSeconds();
        long started = System.nanoTime();
        List<String> ids = new ArrayList<>();
        try (ExecutorService posters = Executors.newFixedThreadPool(POSTERS)) {
            List<Future<List<String>>> batches = new ArrayList<>();
            for (int from = 0; from < articles.size(); from += BATCH_SIZE) {
                List<Map<String, Object>> items =
                        articles
                                .subList(from, Math.min(articles.size(), from + BATCH_SIZE))
                                .stream()
                                .map(a -> client.submission(a, null, null))
                                .toList();
                batches.add(posters.submit(() -> client.postBatch(items)));
            }
            for (Future<List<String>> batch : batches) {
                ids.addAll(batch.get());
            }
        }
        long expected = before + ids.size();
        long deadline = System.nanoTime() + (long) ((120 + articles.size() / 5.0) * 1e9);
        while (client.indexedCount() < expected) {
            if (System.nanoTime() > deadline) {
                throw new IOException(
                        "not every article became searchable: "
                                + (client.indexedCount() - before)
                                + " of "
                                + ids.size());
            }
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(
                articles.size(),
                seconds,
                ids,
                ProcessMeter.difference(cpuBefore, meter.cpuSeconds()),
                ProcessMeter.jvmDifference(jvmBefore, meter.jvmThreadSeconds()));
    }
}

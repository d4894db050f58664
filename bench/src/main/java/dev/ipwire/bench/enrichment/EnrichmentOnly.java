package dev.ipwire.bench.enrichment;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import dev.ipwire.bench.articles.GeneratedArticle;
import dev.ipwire.bench.measure.Percentiles;
import dev.ipwire.nlp.enrichment.Enricher;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Phase 1: the articles through nlp-service's enrichment in this JVM, one thread (as one consumer
 * thread of one nlp-service instance runs it), and through bare HanLP (segmentation with its
 * person, place and organization recognizers: the floor) on the same text.
 */
public final class EnrichmentOnly {

    /**
     * @param articlesPerSecond median over the passes, wall time of the one thread
     * @param cpuMillisPerArticle CPU time of the thread per article (median pass)
     * @param floorArticlesPerSecond bare HanLP, median over the passes
     * @param floorCpuMillisPerArticle bare HanLP CPU per article
     * @param passes measured passes of each
     */
    public record Result(
            double articlesPerSecond,
            double cpuMillisPerArticle,
            double floorArticlesPerSecond,
            double floorCpuMillisPerArticle,
            int passes) {

        /** Enrichment per CPU-second as a share of bare HanLP's (the issue's ≥ 0.6). */
        public double shareOfFloor() {
            return floorCpuMillisPerArticle / cpuMillisPerArticle;
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private EnrichmentOnly() {}

    public static Result measure(List<GeneratedArticle> articles, int passes) {
        Enricher enricher = Enricher.createDefault();
        Segment hanlp =
                HanLP.newSegment()
                        .enableNameRecognize(true)
                        .enablePlaceRecognize(true)
                        .enableOrganizationRecognize(true)
                        .enableOffset(true);
        Runnable enrichAll =
                () -> articles.forEach(a -> enricher.enrich(a.title(), a.paragraphs()));
        Runnable segmentAll =
                () ->
                        articles.forEach(
                                a ->
                                        hanlp.seg(
                                                a.title()
                                                        + "\n"
                                                        + String.join("\n", a.paragraphs())));
        // warm-up: the JIT compiles the hot paths of both before anything counts
        for (int i = 0; i < 2; i++) {
            enrichAll.run();
            segmentAll.run();
        }
        List<double[]> enrichment = new ArrayList<>();
        List<double[]> floor = new ArrayList<>();
        for (int i = 0; i < passes; i++) {
            // interleaved, so drift of the machine affects both alike
            enrichment.add(timed(enrichAll, articles.size()));
            floor.add(timed(segmentAll, articles.size()));
        }
        return new Result(
                median(enrichment, 0),
                median(enrichment, 1),
                median(floor, 0),
                median(floor, 1),
                passes);
    }

    /** {articles per second, CPU milliseconds per article} of one pass. */
    private static double[] timed(Runnable pass, int articles) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        pass.run();
        double seconds = (System.nanoTime() - wall) / 1e9;
        double cpuMillis = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
        return new double[] {articles / seconds, cpuMillis / articles};
    }

    private static double median(List<double[]> runs, int field) {
        return Percentiles.of(runs.stream().map(r -> r[field]).toList()).median();
    }
}

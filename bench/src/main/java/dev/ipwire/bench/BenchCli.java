package dev.ipwire.bench;

import dev.ipwire.bench.articles.ArticleGenerator;
import dev.ipwire.bench.articles.GeneratedArticle;
import dev.ipwire.bench.enrichment.EnrichmentOnly;
import dev.ipwire.bench.measure.PeakMemory;
import dev.ipwire.bench.measure.Percentiles;
import dev.ipwire.bench.measure.ProcessMeter;
import dev.ipwire.bench.pipeline.BenchSystem;
import dev.ipwire.bench.pipeline.FixedRateRun;
import dev.ipwire.bench.pipeline.FullSpeedRun;
import dev.ipwire.bench.pipeline.PipelineClient;
import dev.ipwire.bench.pipeline.TopicAudit;
import dev.ipwire.bench.search.SearchLoad;
import dev.ipwire.bench.search.SearchQueries;
import dev.ipwire.bench.search.SideBySide;
import dev.ipwire.stack.StackLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.common.TopicPartition;

/**
 * {@code ./ipwire bench}: generated articles (1) through enrichment alone in this JVM and (2)
 * through the whole pipeline on a local stack of the run's own, at full speed and at a fixed rate;
 * then one against two nlp-service instances, and search load on the API and on Elasticsearch
 * alone. Prints medians and ratios; the last line is the {@code BENCH} summary.
 */
public final class BenchCli {

    private final BenchOptions options;
    private final BenchReport report = new BenchReport();
    private final Map<String, List<Map<String, Object>>> runFigures = new LinkedHashMap<>();

    private BenchCli(BenchOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        boolean help = List.of(args).contains("--help") || List.of(args).contains("-h");
        if (args.length > 0 && args[0].equals("side-by-side")) {
            if (help) {
                System.out.print(SideBySide.USAGE);
                return;
            }
            SideBySide.main(List.of(args).subList(1, args.length));
            return;
        }
        if (help) {
            System.out.print(BenchOptions.USAGE);
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        new BenchCli(options).run();
        // Kafka and HTTP client threads must not keep the JVM alive once the report is out.
        System.exit(0);
    }

    private void run() throws Exception {
        Path home =
                StackLayout.discover()
                        .projectRoot()
                        .resolve(".ipwire/bench")
                        .resolve(
                                LocalDateTime.now()
                                        .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.createDirectories(home);
        say("bench folder " + home + " (logs, report.json)");
        report.put("options", options);
        report.put("machine", BenchReport.machine());

        List<GeneratedArticle> sample =
                new ArticleGenerator(options.seed()).generate(options.articles());
        report.put("articleCharacters", characters(sample));

        int passes = Math.max(3, options.runs());
        say(
                "phase 1: enrichment alone, in this JVM, one thread, %d articles × %d passes …"
                        .formatted(sample.size(), passes));
        EnrichmentOnly.Result alone = EnrichmentOnly.measure(sample, passes);
        report.put("enrichmentOnly", alone);
        say(
                "  enrichment %.0f articles/s (%.2f ms CPU each); bare HanLP %.0f articles/s (%.2f ms CPU);"
                                .formatted(
                                        alone.articlesPerSecond(),
                                        alone.cpuMillisPerArticle(),
                                        alone.floorArticlesPerSecond(),
                                        alone.floorCpuMillisPerArticle())
                        + " enrichment per CPU-second = %.2f × bare HanLP"
                                .formatted(alone.shareOfFloor()));
        System.gc();

        say("phase 2: starting the pipeline (Kafka, Elasticsearch, three services) …");
        try (BenchSystem system = BenchSystem.start(home, options.readyTimeout());
                TopicAudit audit = new TopicAudit(system.kafkaBootstrapServers())) {
            PipelineClient client =
                    new PipelineClient(
                            system.ingestUrl(),
                            system.searchUrl(),
                            system.elasticsearchUrl(),
                            system.adminKey());
            Thread.sleep(10_000);
            report.put("idleResidentMiB", system.meter().residentMiB());

            int warmUp = warmUp(client, system, options.seed() + 1000);
            report.put("warmUpArticles", warmUp);

            Map<String, Object> loadedMemory = new LinkedHashMap<>();
            List<FullSpeedRun.Result> single;
            FixedRateRun.Result fixed;
            try (PeakMemory memory = PeakMemory.sample(system.meter())) {
                single = fullSpeedRuns(client, system, audit, "one nlp-service", 1);
                say(
                        "phase 2b: %.0f articles/s for %d s, each timed until the search API lists it …"
                                .formatted(options.rate(), options.rateSeconds()));
                List<GeneratedArticle> timed =
                        new ArticleGenerator(options.seed() + 2000)
                                .generate((int) (options.rate() * options.rateSeconds()));
                fixed =
                        FixedRateRun.run(
                                client, timed, options.rate(), "基准时效通讯-" + home.getFileName());
                Percentiles latency = fixed.percentiles();
                say(
                        "  %d posted at %.1f/s, %d listed; POST → searchable p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms"
                                .formatted(
                                        fixed.posted(),
                                        fixed.achievedRate(),
                                        fixed.seen(),
                                        latency.median(),
                                        latency.at(95),
                                        latency.at(99),
                                        latency.max()));
                report.put(
                        "fixedRate",
                        Map.of(
                                "posted",
                                fixed.posted(),
                                "seen",
                                fixed.seen(),
                                "achievedRate",
                                fixed.achievedRate(),
                                "p50Millis",
                                latency.median(),
                                "p95Millis",
                                latency.at(95),
                                "p99Millis",
                                latency.at(99),
                                "maxMillis",
                                latency.max()));
                loadedMemory.put("pipeline", memory.peaks());
            }

            if (options.scaling()) {
                say("scaling: starting a second nlp-service in the same consumer group …");
                system.startAnotherNlpInstance();
                awaitBalanced(audit, 2);
                report.put("nlpAssignment", audit.assignment("nlp"));
                warmUp(client, system, options.seed() + 3000);
                // Alternating, both JVMs warm: the second instance's consumer is stopped and
                // started (its binding), so drift of the machine touches both configurations alike.
                List<FullSpeedRun.Result> two = new ArrayList<>();
                List<FullSpeedRun.Result> one = new ArrayList<>();
                for (int run = 0; run < options.runs(); run++) {
                    two.add(fullSpeedRun(client, system, audit, "two nlp-service", 101 + run, run));
                    system.secondNlpInstanceConsumes(false);
                    awaitBalanced(audit, 1);
                    one.add(
                            fullSpeedRun(
                                    client,
                                    system,
                                    audit,
                                    "one nlp-service, alternating",
                                    201 + run,
                                    run));
                    system.secondNlpInstanceConsumes(true);
                    awaitBalanced(audit, 2);
                }
                double ratio = medianRate(two) / medianRate(one);
                say("  two instances / one (alternating runs) = %.2f".formatted(ratio));
                report.put("scalingRatio", ratio);
            }

            double searchP99 = Double.NaN;
            double searchVsEs = Double.NaN;
            if (options.searchArticles() > 0) {
                try (PeakMemory memory = PeakMemory.sample(system.meter())) {
                    fill(client, system, options.searchArticles());
                    double[] ratioAndP99 = searchLoad(client, system.meter());
                    searchVsEs = ratioAndP99[0];
                    searchP99 = ratioAndP99[1];
                    loadedMemory.put("search", memory.peaks());
                }
            }
            report.put("loadedResidentMiB", loadedMemory);
            report.put("residentAtEndMiB", system.meter().residentMiB());

            double e2e = medianRate(single);
            Percentiles latency = fixed.percentiles();
            String line =
                    "BENCH e2e_articles_per_s=%.1f nlp_only_articles_per_s=%.1f ratio=%.2f p50_ms=%.0f p95_ms=%.0f p99_ms=%.0f search_p99_ms=%s search_vs_es=%s"
                            .formatted(
                                    e2e,
                                    alone.articlesPerSecond(),
                                    e2e / alone.articlesPerSecond(),
                                    latency.median(),
                                    latency.at(95),
                                    latency.at(99),
                                    Double.isNaN(searchP99) ? "n/a" : "%.1f".formatted(searchP99),
                                    Double.isNaN(searchVsEs)
                                            ? "n/a"
                                            : "%.2f".formatted(searchVsEs));
            report.put("bench", line);
            report.write(home.resolve("report.json"));
            if (!options.keepData()) {
                deleteData(home);
            }
            say("report " + home.resolve("report.json"));
            System.out.println(line);
        }
    }

    private List<FullSpeedRun.Result> fullSpeedRuns(
            PipelineClient client,
            BenchSystem system,
            TopicAudit audit,
            String label,
            long seedOffset)
            throws Exception {
        List<FullSpeedRun.Result> runs = new ArrayList<>();
        for (int run = 0; run < options.runs(); run++) {
            runs.add(fullSpeedRun(client, system, audit, label, seedOffset + run, run));
        }
        return runs;
    }

    /** One full-speed run of fresh articles, audited: none lost, none duplicated, all indexed. */
    private FullSpeedRun.Result fullSpeedRun(
            PipelineClient client,
            BenchSystem system,
            TopicAudit audit,
            String label,
            long seedOffset,
            int run)
            throws Exception {
        say(
                "phase 2a (%s): %d articles at full speed, run %d of %d …"
                        .formatted(label, options.articles(), run + 1, options.runs()));
        Map<TopicPartition, Long> enrichedBefore = audit.endOffsets("articles.enriched");
        List<GeneratedArticle> articles =
                new ArticleGenerator(options.seed() + seedOffset).generate(options.articles());
        FullSpeedRun.Result result = FullSpeedRun.run(client, system.meter(), articles);
        Map<String, Integer> perKey = audit.recordsPerKey(enrichedBefore, result.ids());
        long lost = perKey.values().stream().filter(n -> n == 0).count();
        long duplicated = perKey.values().stream().mapToLong(n -> Math.max(0, n - 1)).sum();
        int indexed = client.indexedOf(result.ids()).size();
        PerArticle perArticle = PerArticle.of(result);
        say(
                "  %.1f articles/s (%.1f s); enriched records per article: %d lost, %d duplicated; %d of %d indexed; CPU %.1f s = %.2f cores busy; ms CPU per article %s, of which JIT compiler and GC threads %s"
                        .formatted(
                                result.articlesPerSecond(),
                                result.seconds(),
                                lost,
                                duplicated,
                                indexed,
                                result.ids().size(),
                                perArticle.cpuSeconds(),
                                perArticle.cpuSeconds() / result.seconds(),
                                BenchReport.rounded(perArticle.cpuMillis()),
                                perArticle.jvmThreadsShown()));
        runFigures
                .computeIfAbsent("fullSpeed " + label, l -> new ArrayList<>())
                .add(
                        Map.of(
                                "articlesPerSecond",
                                result.articlesPerSecond(),
                                "seconds",
                                result.seconds(),
                                "lost",
                                lost,
                                "duplicated",
                                duplicated,
                                "indexed",
                                indexed,
                                "cpuMillisPerArticle",
                                perArticle.cpuMillis(),
                                "jvmThreadMillisPerArticle",
                                perArticle.jvmThreadMillis(),
                                "coresBusy",
                                perArticle.cpuSeconds() / result.seconds()));
        report.put("fullSpeed " + label, runFigures.get("fullSpeed " + label));
        return result;
    }

    /** Waits until the nlp group has this many members holding the 6 partitions evenly. */
    private void awaitBalanced(TopicAudit audit, int instances) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            Map<String, List<Integer>> assignment = audit.assignment("nlp");
            if (assignment.size() == instances
                    && assignment.values().stream().allMatch(p -> p.size() == 6 / instances)) {
                say("  partitions of articles.raw per instance: " + assignment.values());
                return;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException(
                "the nlp consumer group did not settle on " + instances + " instance(s)");
    }

    /** Chunks of warm-up articles at full speed, ended by the first with the JIT settled. */
    static final int MAX_WARM_UP_CHUNKS = 10;

    /**
     * The JIT compiler threads' share of all CPU under which the JVMs count as warm. Measured in
     * the fill of one run (docs/BENCHMARKS.md): 27 % of all CPU with 5,300 articles through, 18 %
     * at 7,300, 12 % at 9,300, then 10 % falling to 2 % over the next 25,000.
     */
    static final double SETTLED_JIT_SHARE = 0.15;

    /**
     * Warms every JVM of the stack (not counted): chunks of up to 1000 articles until the JIT
     * compiler threads use less than {@link #SETTLED_JIT_SHARE} of a chunk's CPU, at most {@link
     * #MAX_WARM_UP_CHUNKS} chunks. Enrichment alone counts after two warm-up passes in one JVM;
     * here five JVMs compile on the same two cores, and a fixed 1000 or 2000 articles left a third
     * of the counted runs' CPU to the JIT. Returns the articles sent.
     */
    private int warmUp(PipelineClient client, BenchSystem system, long seed) throws Exception {
        int chunkSize = Math.min(1000, options.articles());
        int warmed = 0;
        for (int chunk = 0; chunk < MAX_WARM_UP_CHUNKS; chunk++) {
            FullSpeedRun.Result result =
                    FullSpeedRun.run(
                            client,
                            system.meter(),
                            new ArticleGenerator(seed + chunk).generate(chunkSize));
            warmed += result.articles();
            double jitShare = PerArticle.of(result).jitShare();
            say(
                    "  warm-up (not counted): %d articles, %.1f articles/s, %.0f %% of all CPU in JIT compiler threads"
                            .formatted(warmed, result.articlesPerSecond(), 100 * jitShare));
            if (jitShare < SETTLED_JIT_SHARE) {
                break;
            }
        }
        return warmed;
    }

    /**
     * Fills the index for the search load through the pipeline, in chunks of up to 2000, each
     * reported like a full-speed run: long after the warm-up and with a growing registry and index,
     * these are the pipeline's warm figures.
     */
    private void fill(PipelineClient client, BenchSystem system, int target) throws Exception {
        long seed = options.seed() + 10_000;
        List<Map<String, Object>> chunks = new ArrayList<>();
        long indexed;
        while ((indexed = client.indexedCount()) < target) {
            int chunk = (int) Math.min(2000, target - indexed);
            say("search load: filling the index, %d of %d articles …".formatted(indexed, target));
            FullSpeedRun.Result result =
                    FullSpeedRun.run(
                            client, system.meter(), new ArticleGenerator(seed++).generate(chunk));
            PerArticle perArticle = PerArticle.of(result);
            say(
                    "  %.1f articles/s; ms CPU per article %s (all %.1f), of which JIT compiler and GC threads %s"
                            .formatted(
                                    result.articlesPerSecond(),
                                    BenchReport.rounded(perArticle.cpuMillis()),
                                    perArticle.cpuSeconds() * 1000 / result.articles(),
                                    perArticle.jvmThreadsShown()));
            chunks.add(
                    Map.of(
                            "indexedBefore",
                            indexed,
                            "articles",
                            result.articles(),
                            "articlesPerSecond",
                            result.articlesPerSecond(),
                            "cpuMillisPerArticle",
                            perArticle.cpuMillis(),
                            "jvmThreadMillisPerArticle",
                            perArticle.jvmThreadMillis()));
        }
        report.put("searchFill", chunks);
    }

    /**
     * A run's CPU per article, per process and per JVM thread kind.
     *
     * @param cpuSeconds all processes together, the whole run
     * @param jvmThreadsShown {@code jvmThreadMillis} rounded for the console
     */
    private record PerArticle(
            double cpuSeconds,
            Map<String, Double> cpuMillis,
            Map<String, Map<String, Double>> jvmThreadMillis,
            Map<String, String> jvmThreadsShown) {

        static PerArticle of(FullSpeedRun.Result result) {
            Map<String, Double> cpuMillis = new LinkedHashMap<>();
            result.cpuSeconds()
                    .forEach((name, s) -> cpuMillis.put(name, s * 1000 / result.articles()));
            Map<String, Map<String, Double>> jvmMillis = new LinkedHashMap<>();
            Map<String, String> shown = new LinkedHashMap<>();
            result.jvmSeconds()
                    .forEach(
                            (name, kinds) -> {
                                Map<String, Double> perArticle = new LinkedHashMap<>();
                                kinds.forEach(
                                        (kind, s) ->
                                                perArticle.put(kind, s * 1000 / result.articles()));
                                jvmMillis.put(name, perArticle);
                                shown.put(name, BenchReport.rounded(perArticle));
                            });
            double cpuSeconds =
                    result.cpuSeconds().values().stream().mapToDouble(Double::doubleValue).sum();
            return new PerArticle(cpuSeconds, cpuMillis, jvmMillis, shown);
        }

        /** What the JIT compiler threads of all JVMs used, as a share of all CPU. */
        double jitShare() {
            double all = cpuMillis.values().stream().mapToDouble(Double::doubleValue).sum();
            double jit =
                    jvmThreadMillis.values().stream()
                            .mapToDouble(kinds -> kinds.getOrDefault("jit", 0.0))
                            .sum();
            return all == 0 ? 0 : jit / all;
        }
    }

    /** Returns {API p99 / Elasticsearch p99 (medians over the rounds), API p99 (median)}. */
    private double[] searchLoad(PipelineClient client, ProcessMeter meter) throws Exception {
        List<String> queries = SearchQueries.load();
        List<PipelineClient.ElasticsearchSearch> direct = new ArrayList<>();
        for (String q : queries) {
            direct.add(client.elasticsearchSearchOf(q));
        }
        // "elasticsearch" is exactly what the API sends (the request cache included);
        // "uncached" is the same body with the request cache off: what a query costs the first
        // time, or after a refresh that changed the index.
        Map<String, SearchLoad.Request> targets = new LinkedHashMap<>();
        targets.put("api", i -> client.searchApi(queries.get(i)));
        targets.put("elasticsearch", i -> client.searchElasticsearch(direct.get(i)));
        targets.put("uncached", i -> client.searchElasticsearch(direct.get(i).uncached()));
        say(
                "search load: %d clients, %d queries, warm-up …"
                        .formatted(options.clients(), queries.size()));
        // A whole round each: after 10 s the API's first measured round still ran JIT-compiled
        // code only in part (search-service's CPU per request 2.9 ms against 1.9 ms in the second).
        for (SearchLoad.Request warmUp : targets.values()) {
            SearchLoad.run(warmUp, queries.size(), options.clients(), options.searchSeconds(), 1);
        }
        Map<String, List<Double>> p99s = new LinkedHashMap<>();
        List<Map<String, Object>> rounds = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (String target : targets.keySet()) {
                Map<String, Double> cpuBefore = meter.cpuSeconds();
                SearchLoad.Round r =
                        SearchLoad.run(
                                targets.get(target),
                                queries.size(),
                                options.clients(),
                                options.searchSeconds(),
                                100 + round);
                Map<String, Double> cpuPerRequest = new LinkedHashMap<>();
                ProcessMeter.difference(cpuBefore, meter.cpuSeconds())
                        .forEach(
                                (name, seconds) ->
                                        cpuPerRequest.put(
                                                name, seconds * 1000 / Math.max(1, r.requests())));
                Percentiles p = r.percentiles();
                say(
                        "  %-13s round %d: %.0f requests/s, p50 %.1f ms, p99 %.1f ms, errors %d; ms CPU per request %s"
                                .formatted(
                                        target,
                                        round + 1,
                                        r.requestsPerSecond(),
                                        p.median(),
                                        p.at(99),
                                        r.errors(),
                                        BenchReport.rounded(cpuPerRequest)));
                p99s.computeIfAbsent(target, t -> new ArrayList<>()).add(p.at(99));
                rounds.add(
                        Map.of(
                                "target",
                                target,
                                "requestsPerSecond",
                                r.requestsPerSecond(),
                                "p50Millis",
                                p.median(),
                                "p99Millis",
                                p.at(99),
                                "errors",
                                r.errors(),
                                "cpuMillisPerRequest",
                                cpuPerRequest));
            }
        }
        report.put("searchLoad", rounds);
        double api99 = Percentiles.of(p99s.get("api")).median();
        double es99 = Percentiles.of(p99s.get("elasticsearch")).median();
        double uncached99 = Percentiles.of(p99s.get("uncached")).median();
        say(
                "  search p99: API %.1f ms, Elasticsearch alone %.1f ms, ratio %.2f; Elasticsearch without its request cache %.1f ms"
                        .formatted(api99, es99, api99 / es99, uncached99));
        return new double[] {api99 / es99, api99};
    }

    private static double medianRate(List<FullSpeedRun.Result> runs) {
        return Percentiles.of(runs.stream().map(FullSpeedRun.Result::articlesPerSecond).toList())
                .median();
    }

    private static Map<String, Object> characters(List<GeneratedArticle> articles) {
        Percentiles p =
                Percentiles.of(articles.stream().map(GeneratedArticle::characters).toList());
        return Map.of("median", p.median(), "p10", p.at(10), "p90", p.at(90), "max", p.max());
    }

    private static void deleteData(Path home) throws Exception {
        Path data = home.resolve("data");
        if (Files.isDirectory(data)) {
            try (Stream<Path> walk = Files.walk(data)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}

package dev.ipwire.nlp.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import dev.ipwire.nlp.enrichment.Enricher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Enrichment against its floor: bare HanLP segmentation with its person, place and organization
 * recognizers on the same text. Both run on one thread, so operations per second are operations per
 * CPU-second of the benchmark thread; the target is enrichment ≥ 60 % of the floor.
 *
 * <p>Run with {@code nlp-service/tools/benchmark.sh}; {@code -p documents=<folder>} points it at
 * other plain-text articles (first line the title, the rest paragraphs; markup is stripped), {@code
 * -p documents=<file>.jsonl} at articles as ingest-service parsed them (title, paragraphs), such as
 * the dev corpus the quality scenario writes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx1g", "-Dfile.encoding=UTF-8"})
@Threads(1)
public class EnrichmentBenchmark {

    /** A folder of articles; the default is the project's own samples. */
    @Param("docs/samples")
    public String documents;

    private record Article(String title, List<String> paragraphs, String text) {}

    private List<Article> articles;
    private Enricher enricher;
    private Segment hanlp;

    @Setup
    public void load() throws IOException {
        articles = new ArrayList<>();
        if (documents.endsWith(".jsonl")) {
            readParsed(Path.of(documents));
        } else {
            readFolder(Path.of(documents));
        }
        if (articles.isEmpty()) {
            throw new IllegalStateException(
                    "no articles in " + Path.of(documents).toAbsolutePath());
        }
        enricher = Enricher.createDefault();
        hanlp =
                HanLP.newSegment()
                        .enableNameRecognize(true)
                        .enablePlaceRecognize(true)
                        .enableOrganizationRecognize(true)
                        .enableOffset(true);
    }

    /** Articles as ingest-service parsed them: one JSON object per line, title and paragraphs. */
    private void readParsed(Path file) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            String title = node.path("title").asString("");
            List<String> paragraphs = new ArrayList<>();
            node.path("paragraphs").forEach(p -> paragraphs.add(p.asString()));
            articles.add(
                    new Article(title, paragraphs, title + "\n" + String.join("\n", paragraphs)));
        }
    }

    private void readFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file :
                    files.filter(f -> f.toString().matches(".*\\.(txt|md|html?)$"))
                            .sorted()
                            .toList()) {
                articles.add(read(file));
            }
        }
    }

    @Benchmark
    public void enrichment(Blackhole sink) {
        for (Article article : articles) {
            sink.consume(enricher.enrich(article.title(), article.paragraphs()));
        }
    }

    @Benchmark
    public void bareHanlpWithRecognizers(Blackhole sink) {
        for (Article article : articles) {
            sink.consume(hanlp.seg(article.text()));
        }
    }

    private static Article read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        // Benchmark input only: drop front matter, tags and Markdown marks, keep the words.
        text = text.replaceAll("(?s)\\A---\\n.*?\\n---\\n", "").replaceAll("<[^>]+>", "\n");
        List<String> lines =
                Arrays.stream(text.split("\\n"))
                        .map(line -> line.replaceAll("^[#>*\\s]+", "").strip())
                        .filter(line -> !line.isEmpty())
                        .toList();
        String title = lines.getFirst();
        List<String> paragraphs = lines.subList(1, lines.size());
        return new Article(title, paragraphs, title + "\n" + String.join("\n", paragraphs));
    }
}

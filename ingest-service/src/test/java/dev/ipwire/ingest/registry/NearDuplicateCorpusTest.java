package dev.ipwire.ingest.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.ingest.parsing.NewsDocumentParser;
import dev.ipwire.ingest.parsing.ParsedDocument;
import dev.ipwire.ingest.parsing.RawDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures near-duplicate detection on the labeled dev corpus ({@code
 * ../shared/corpus/dev/articles.jsonl}, read at run time, never copied): the similarity of every
 * pair of articles, the true pairs ({@code gold.duplicateOf}) against the most similar of the
 * others, and what the detector decides when the articles arrive one by one. Skipped when the
 * corpus is not there.
 *
 * <p>The printed report is where the numbers next to {@link NearDuplicateDetector#THRESHOLD} come
 * from.
 */
class NearDuplicateCorpusTest {

    private static final Pattern FRONT_MATTER = Pattern.compile("(?s)\\A---\\R.*?\\R---\\R");
    private static final Pattern INVISIBLE =
            Pattern.compile("(?is)<(script|style|head)\\b[^>]*>.*?</\\1\\s*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");

    /** One article: its corpus id, its text as the detector sees it, its gold original. */
    record Doc(String id, String title, List<String> paragraphs, String duplicateOf) {}

    /** Similarity of two articles. */
    record Pair(
            String first, String second, double jaccard, double estimate, int bands, boolean gold) {

        @Override
        public String toString() {
            return String.format(
                    "%s~%s exact %.3f, minhash %.3f, %d/%d bands%s",
                    first,
                    second,
                    jaccard,
                    estimate,
                    bands,
                    NearDuplicateDetector.BANDS,
                    gold ? " (true pair)" : "");
        }
    }

    private static List<JsonNode> corpus;

    @BeforeAll
    static void readCorpus() throws IOException {
        Path file = corpusFile();
        Assumptions.assumeTrue(
                file != null, "dev corpus not found (../shared/corpus/dev/articles.jsonl)");
        JsonMapper json = JsonMapper.builder().build();
        corpus = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                corpus.add(json.readTree(line));
            }
        }
        assertThat(corpus).isNotEmpty();
    }

    private static Path corpusFile() {
        String configured = System.getProperty("ipwire.corpus.dir", System.getenv("IPWIRE_CORPUS"));
        Stream<Path> candidates =
                Stream.of(
                        configured == null ? null : Path.of(configured),
                        Path.of("../../shared/corpus"),
                        Path.of("../shared/corpus"),
                        Path.of("/work/shared/corpus"));
        return candidates
                .filter(dir -> dir != null)
                .map(dir -> dir.resolve("dev/articles.jsonl"))
                .filter(Files::isRegularFile)
                .findFirst()
                .orElse(null);
    }

    /** Crude markup stripping: front matter, scripts and styles, tags, entities. */
    private static Doc crude(JsonNode article) {
        String raw = article.get("raw").asString();
        String text = FRONT_MATTER.matcher(raw).replaceFirst("");
        text = INVISIBLE.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("\n");
        text = Parser.unescapeEntities(text, false);
        List<String> lines = Arrays.stream(text.split("\\R")).filter(l -> !l.isBlank()).toList();
        return new Doc(id(article), null, lines, duplicateOf(article));
    }

    /** What ingest itself makes of the document. */
    private static Doc parsed(JsonNode article) {
        ParsedDocument document =
                new NewsDocumentParser()
                        .parse(new RawDocument(article.get("raw").asString(), null, null));
        return new Doc(id(article), document.title(), document.paragraphs(), duplicateOf(article));
    }

    private static String id(JsonNode article) {
        return article.get("id").asString();
    }

    private static String duplicateOf(JsonNode article) {
        JsonNode value = article.get("gold").get("duplicateOf");
        return value == null || value.isNull() ? null : value.asString();
    }

    private static Set<String> goldPairs(List<Doc> docs) {
        Set<String> pairs = new TreeSet<>();
        docs.stream()
                .filter(doc -> doc.duplicateOf() != null)
                .forEach(doc -> pairs.add(doc.id() + "->" + doc.duplicateOf()));
        return pairs;
    }

    /** Every pair's similarity, most similar first, for one way of turning text into shingles. */
    private static List<Pair> pairs(List<Doc> docs, boolean cutBoilerplate) {
        MinHash minHash = new MinHash(NearDuplicateDetector.HASHES);
        Map<String, long[]> shingles = new LinkedHashMap<>();
        Map<String, int[]> signatures = new LinkedHashMap<>();
        for (Doc doc : docs) {
            long[] set =
                    cutBoilerplate
                            ? Fingerprints.shingles(
                                    Fingerprints.sentences(doc.title(), doc.paragraphs()))
                            : Fingerprints.shingles(
                                    List.of(
                                            new Fingerprints.Sentence(
                                                    Fingerprints.normalize(
                                                            (doc.title() == null ? "" : doc.title())
                                                                    + String.join(
                                                                            "", doc.paragraphs())),
                                                    0)));
            shingles.put(doc.id(), set);
            signatures.put(doc.id(), minHash.signature(set));
        }
        Set<String> gold = new TreeSet<>();
        docs.stream()
                .filter(doc -> doc.duplicateOf() != null)
                .forEach(doc -> gold.add(key(doc.id(), doc.duplicateOf())));
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            for (int j = i + 1; j < docs.size(); j++) {
                String a = docs.get(i).id();
                String b = docs.get(j).id();
                pairs.add(
                        new Pair(
                                a,
                                b,
                                jaccard(shingles.get(a), shingles.get(b)),
                                MinHash.similarity(signatures.get(a), signatures.get(b)),
                                sharedBands(signatures.get(a), signatures.get(b)),
                                gold.contains(key(a, b))));
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::jaccard).reversed());
        return pairs;
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "~" + b : b + "~" + a;
    }

    /** Exact Jaccard similarity of two sorted, distinct hash arrays. */
    private static double jaccard(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - common;
        return union == 0 ? 0 : (double) common / union;
    }

    private static int sharedBands(int[] a, int[] b) {
        int shared = 0;
        for (int band = 0; band < NearDuplicateDetector.BANDS; band++) {
            boolean same = true;
            for (int row = 0; row < NearDuplicateDetector.ROWS; row++) {
                int index = band * NearDuplicateDetector.ROWS + row;
                same &= a[index] == b[index];
            }
            if (same) {
                shared++;
            }
        }
        return shared;
    }

    /**
     * Sends the articles through a detector one by one, in corpus order; returns copy->original.
     */
    private static Set<String> detected(List<Doc> docs) {
        NearDuplicateDetector detector = new NearDuplicateDetector();
        Set<String> found = new TreeSet<>();
        long time = 1_700_000_000_000L;
        for (Doc doc : docs) {
            String original =
                    detector.find(doc.id(), doc.title(), doc.paragraphs())
                            .map(NearDuplicateDetector.Match::id)
                            .orElse(null);
            if (original != null) {
                found.add(doc.id() + "->" + original);
            }
            detector.add(doc.id(), time++, original, doc.title(), doc.paragraphs());
        }
        return found;
    }

    private static void report(String label, List<Pair> pairs) {
        List<Pair> gold = pairs.stream().filter(Pair::gold).toList();
        List<Pair> others = pairs.stream().filter(pair -> !pair.gold()).toList();
        Pair highestEstimate =
                others.stream().max(Comparator.comparingDouble(Pair::estimate)).orElseThrow();
        long candidates = others.stream().filter(pair -> pair.bands() > 0).count();
        System.out.printf("%n[near-duplicates] %s: %d pairs%n  true pairs:%n", label, pairs.size());
        gold.forEach(pair -> System.out.println("    " + pair));
        System.out.println("  most similar other pairs (exact Jaccard):");
        others.stream().limit(5).forEach(pair -> System.out.println("    " + pair));
        System.out.println("  highest MinHash estimate among other pairs: " + highestEstimate);
        System.out.printf(
                "  other pairs sharing an LSH band (candidates to verify): %d of %d%n",
                candidates, others.size());
    }

    private static void assertMargins(List<Pair> pairs) {
        double threshold = NearDuplicateDetector.THRESHOLD;
        List<Pair> gold = pairs.stream().filter(Pair::gold).toList();
        assertThat(gold).hasSize(2);
        assertThat(gold)
                .allSatisfy(
                        pair -> {
                            assertThat(pair.jaccard()).isGreaterThan(1.5 * threshold);
                            assertThat(pair.estimate()).isGreaterThan(1.5 * threshold);
                            assertThat(pair.bands()).isPositive();
                        });
        assertThat(pairs.stream().filter(pair -> !pair.gold()))
                .allSatisfy(
                        pair -> {
                            assertThat(pair.jaccard())
                                    .as(pair.toString())
                                    .isLessThan(threshold / 3);
                            assertThat(pair.estimate())
                                    .as(pair.toString())
                                    .isLessThan(threshold / 3);
                        });
    }

    @Test
    void crudelyStrippedCorpusSeparatesTrueCopiesWithMarginOnBothSides() {
        List<Doc> docs = corpus.stream().map(NearDuplicateCorpusTest::crude).toList();

        List<Pair> raw = pairs(docs, false);
        List<Pair> cut = pairs(docs, true);
        report("crude markup stripping, no boilerplate cut", raw);
        report("crude markup stripping, boilerplate cut", cut);

        assertMargins(cut);
        assertThat(detected(docs))
                .isEqualTo(goldPairs(docs))
                .containsExactly("d029->d017", "d032->d021");
    }

    @Test
    void parsedCorpusSeparatesTrueCopiesWithMarginOnBothSides() {
        List<Doc> docs = corpus.stream().map(NearDuplicateCorpusTest::parsed).toList();

        List<Pair> cut = pairs(docs, true);
        report("NewsDocumentParser, boilerplate cut", cut);

        assertMargins(cut);
        assertThat(detected(docs)).containsExactly("d029->d017", "d032->d021");
    }
}

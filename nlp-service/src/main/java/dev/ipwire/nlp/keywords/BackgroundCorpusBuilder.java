package dev.ipwire.nlp.keywords;

import com.hankcs.hanlp.HanLP;
import dev.ipwire.nlp.analysis.DomainLexicon;
import dev.ipwire.nlp.analysis.HanlpSegmenter;
import dev.ipwire.nlp.analysis.Token;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Rebuilds the {@link BackgroundCorpus} table from a folder of plain-text IP news: {@code
 * BackgroundCorpusBuilder <out.tsv> <version> <file or folder>...}. A file holding several articles
 * is split after each closing {@code （来源：…）} line, the way compilations end their articles. Only
 * words found in at least two documents are written: the rest count as unseen.
 */
public final class BackgroundCorpusBuilder {

    private static final Pattern CLOSING_SOURCE_LINE = Pattern.compile("(?m)^\\s*[（(]来源[:：].*$");

    private BackgroundCorpusBuilder() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println(
                    "usage: BackgroundCorpusBuilder <out.tsv> <version> <file or folder>...");
            System.exit(2);
        }
        HanlpSegmenter segmenter =
                new HanlpSegmenter(DomainLexicon.load(DomainLexicon.DOMAIN_TERMS));
        List<String> documents = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            try (Stream<Path> files = Files.walk(Path.of(args[i]))) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    if (!file.toString().matches(".*\\.(txt|md|html?)$")) {
                        continue;
                    }
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    for (String document : CLOSING_SOURCE_LINE.split(text)) {
                        if (document.strip().length() > 200) {
                            documents.add(document);
                        }
                    }
                    sources.add(file.getFileName().toString());
                }
            }
        }
        Map<String, Integer> frequencies = new TreeMap<>();
        for (String document : documents) {
            Set<String> words = new HashSet<>();
            for (Token token : segmenter.segment(HanLP.convertToSimplifiedChinese(document))) {
                if (KeywordExtractor.isCandidate(token)) {
                    words.add(token.text());
                }
            }
            words.forEach(word -> frequencies.merge(word, 1, Integer::sum));
        }
        StringBuilder out = new StringBuilder();
        out.append("# Document frequencies of candidate keywords over a background corpus of IP")
                .append(" news.\n# Rebuild: nlp-service/tools/build-background-corpus.sh\n")
                .append("# sources: ")
                .append(String.join(", ", sources))
                .append("\n# version ")
                .append(args[1])
                .append("\n# documents ")
                .append(documents.size())
                .append('\n');
        frequencies.forEach(
                (word, frequency) -> {
                    if (frequency >= 2) {
                        out.append(word).append('\t').append(frequency).append('\n');
                    }
                });
        Files.writeString(Path.of(args[0]), out, StandardCharsets.UTF_8);
        System.out.printf(
                "%s: %d documents, %d words%n", args[0], documents.size(), frequencies.size());
    }
}

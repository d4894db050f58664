package dev.ipwire.ingest.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Metadata quality on the labeled development corpus (read from ../shared/corpus when present;
 * skipped otherwise), scored the way the end-to-end evaluation scores it: a title matches when one
 * normalized title is a prefix of the other and at least half its length, dates by their first ten
 * characters, sources exactly. The targets are the acceptance levels.
 */
class DevCorpusParsingTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final NewsDocumentParser parser = new NewsDocumentParser();

    @Test
    void titlesDatesAndSourcesOfTheDevCorpus() throws Exception {
        Path articles = CorpusFiles.corpus().map(c -> c.resolve("dev/articles.jsonl")).orElse(null);
        assumeTrue(articles != null && Files.exists(articles), "no ../shared/corpus/dev here");
        int total = 0;
        int titles = 0;
        int dates = 0;
        int sources = 0;
        List<String> wrong = new ArrayList<>();
        for (String line : Files.readAllLines(articles)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode article = json.readTree(line);
            JsonNode gold = article.get("gold");
            ParsedDocument parsed =
                    parser.parseArticles(new RawDocument(article.get("raw").asString(), null, null))
                            .getFirst();
            total++;
            String id = article.get("id").asString();
            if (titleMatches(parsed.title(), gold.get("title").asString())) {
                titles++;
            } else {
                wrong.add(
                        id
                                + " title: "
                                + parsed.title()
                                + " | gold "
                                + gold.get("title").asString());
            }
            String goldDate =
                    gold.path("publishedAt").isNull()
                            ? null
                            : gold.path("publishedAt").asString(null);
            String date =
                    parsed.publishedAt() == null
                            ? null
                            : parsed.publishedAt()
                                    .substring(0, Math.min(10, parsed.publishedAt().length()));
            if (Objects.equals(date, goldDate)) {
                dates++;
            } else {
                wrong.add(id + " date: " + parsed.publishedAt() + " | gold " + goldDate);
            }
            String goldSource =
                    gold.path("source").isNull() ? null : gold.path("source").asString(null);
            if (Objects.equals(nfkc(parsed.source()), nfkc(goldSource))) {
                sources++;
            } else {
                wrong.add(id + " source: " + parsed.source() + " | gold " + goldSource);
            }
        }
        System.out.printf(
                "dev corpus: title %.3f date %.3f source %.3f (%d articles)%n",
                titles / (double) total, dates / (double) total, sources / (double) total, total);
        wrong.forEach(w -> System.out.println("  " + w));
        assertThat(titles / (double) total)
                .as("title accuracy; wrong: %s", wrong)
                .isGreaterThanOrEqualTo(0.95);
        assertThat(dates / (double) total)
                .as("date accuracy; wrong: %s", wrong)
                .isGreaterThanOrEqualTo(0.95);
        assertThat(sources / (double) total)
                .as("source accuracy; wrong: %s", wrong)
                .isGreaterThanOrEqualTo(0.90);
    }

    static boolean titleMatches(String system, String gold) {
        String a = normTitle(system);
        String b = normTitle(gold);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        return a.equals(b)
                || (longer.startsWith(shorter) && shorter.length() * 2 >= longer.length());
    }

    private static String normTitle(String title) {
        return title == null ? "" : nfkc(title).replaceAll("[\\s《》“”\"'：:，,。！!？?]+", "");
    }

    private static String nfkc(String value) {
        return value == null
                ? null
                : Normalizer.normalize(value, Normalizer.Form.NFKC).strip().replaceAll("\\s+", "");
    }
}

package dev.ipwire.ingest.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The five seed documents (../shared/corpus/seeds, when present): each real document parses into
 * the labeled titles, dates and sources; the booklet splits into its six articles; hard-wrapped
 * words (地理标志) and Markdown page breaks are healed.
 */
class SeedDocumentsTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final NewsDocumentParser parser = new NewsDocumentParser();

    private static Path seeds() {
        Path dir = CorpusFiles.corpus().map(c -> c.resolve("seeds")).orElse(null);
        assumeTrue(dir != null && Files.isDirectory(dir), "no ../shared/corpus/seeds here");
        return dir;
    }

    @Test
    void everySeedMatchesItsLabels() throws Exception {
        Path seeds = seeds();
        List<String> wrong = new ArrayList<>();
        for (String line : Files.readAllLines(seeds.resolve("labels.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode label = json.readTree(line);
            String raw = Files.readString(seeds.resolve(label.get("file").asString()));
            List<ParsedDocument> articles = parser.parseArticles(new RawDocument(raw, null, null));
            int part = label.path("part").isNull() ? 1 : label.path("part").asInt();
            if (!label.path("part").isNull()) {
                assertThat(articles).as("parts of %s", label.get("file").asString()).hasSize(6);
            }
            ParsedDocument article = articles.get(part - 1);
            String where = label.get("file").asString() + "#" + part;
            if (!DevCorpusParsingTest.titleMatches(
                    article.title(), label.get("title").asString())) {
                wrong.add(
                        where
                                + " title "
                                + article.title()
                                + " | "
                                + label.get("title").asString());
            }
            String goldDate =
                    label.path("publishedAt").isNull() ? null : label.get("publishedAt").asString();
            String date =
                    article.publishedAt() == null ? null : article.publishedAt().substring(0, 10);
            if (!Objects.equals(date, goldDate)) {
                wrong.add(where + " date " + article.publishedAt() + " | " + goldDate);
            }
            String goldSource =
                    label.path("source").isNull() ? null : label.get("source").asString();
            if (!Objects.equals(article.source(), goldSource)) {
                wrong.add(where + " source " + article.source() + " | " + goldSource);
            }
        }
        wrong.forEach(w -> System.out.println("  " + w));
        assertThat(wrong).isEmpty();
    }

    @Test
    void hardWrappedPdfTextIsJoinedWithoutSplittingWords() throws Exception {
        String raw = Files.readString(seeds().resolve("000_33f5119de87def3c.txt"));

        ParsedDocument article = parser.parse(new RawDocument(raw, null, null));

        String body = String.join("\n", article.paragraphs());
        assertThat(article.format()).isEqualTo("pdf-text");
        assertThat(body).contains("保护知识产权就是保护创新").doesNotContain("知识产\n权");
        assertThat(article.paragraphs()).contains("保护知识产权就是保护创新");
        assertThat(article.paragraphs()).allSatisfy(p -> assertThat(p).doesNotContain("\n"));
        // Paragraphs end at sentence ends, headings stand alone: far fewer paragraphs than lines.
        assertThat(article.paragraphs().size())
                .isLessThan((int) raw.lines().filter(l -> !l.isBlank()).count() / 4);
    }

    @Test
    void markdownPageBreakInsideAWordIsHealed() throws Exception {
        String raw = Files.readString(seeds().resolve("001_b8b706b9a472a45d.txt"));

        ParsedDocument article = parser.parse(new RawDocument(raw, null, null));

        assertThat(article.format()).isEqualTo("markdown");
        assertThat(String.join("", article.paragraphs())).contains("建设产业知识产权大数据中心");
        assertThat(article.author()).isEqualTo("钱斌");
    }
}

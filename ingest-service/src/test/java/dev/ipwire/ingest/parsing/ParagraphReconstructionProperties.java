package dev.ipwire.ingest.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Paragraph reconstruction ({@link LineLayout}) and whitespace rules over generated text. */
class ParagraphReconstructionProperties {

    private final NewsDocumentParser parser = new NewsDocumentParser();

    @Property(tries = 1000)
    void everyNonWhitespaceCharacterSurvivesInOrder(@ForAll("lineLists") List<String> lines) {
        List<String> trimmed = lines.stream().map(TextNormalizer::line).toList();

        String rebuilt =
                LineLayout.blocks(trimmed).stream().map(Block::text).collect(Collectors.joining());

        assertThat(NewsText.withoutSpaces(rebuilt))
                .isEqualTo(NewsText.withoutSpaces(String.join("", trimmed)));
    }

    @Property(tries = 1000)
    void paragraphsWrappedAtAnyWidthComeBackWhole(@ForAll("wrapped") NewsText.Wrapped article) {
        List<String> lines = article.lines().stream().map(TextNormalizer::line).toList();

        List<Block> blocks = LineLayout.blocks(lines);

        List<Block> expected = new ArrayList<>();
        expected.add(Block.heading(article.headline()));
        article.paragraphs().forEach(p -> expected.add(Block.paragraph(p)));
        assertThat(blocks).containsExactlyElementsOf(expected);
    }

    @Property(tries = 300)
    void theParserRebuildsWrappedArticlesWithOrWithoutBlankLinesBetweenLines(
            @ForAll("wrapped") NewsText.Wrapped article) {
        // Lines printed three times, or a line that is one half printed twice, are page furniture
        // (running heads); random text repeats like that only when shrunk to a single character.
        List<String> lines = article.lines().stream().filter(l -> !l.isEmpty()).toList();
        Assume.that(lines.stream().noneMatch(l -> Collections.frequency(lines, l) >= 3));
        Assume.that(lines.stream().noneMatch(l -> PageFurniture.doubled(l) != null));

        ParsedDocument parsed = parser.parse(new RawDocument(article.text(), null, null));

        assertThat(parsed.title()).isEqualTo(article.headline());
        assertThat(parsed.paragraphs()).containsExactlyElementsOf(article.paragraphs());
        assertThat(parsed.format()).isIn("pdf-text", "text");
    }

    @Property(tries = 1000)
    void normalizingIsIdempotent(@ForAll("mixedText") String text) {
        String paragraph = TextNormalizer.paragraph(text);
        String line = TextNormalizer.line(text);

        assertThat(TextNormalizer.paragraph(paragraph)).isEqualTo(paragraph);
        assertThat(TextNormalizer.line(line)).isEqualTo(line);
        assertThat(NewsText.withoutSpaces(paragraph)).isEqualTo(NewsText.withoutSpaces(text));
    }

    @Provide
    Arbitrary<NewsText.Wrapped> wrapped() {
        return NewsText.wrapped();
    }

    @Provide
    Arbitrary<String> mixedText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(200),
                Arbitraries.strings()
                        .withChars(NewsText.PLAIN_HAN + "，。 　\t\n2024年9月日ab")
                        .ofMaxLength(200));
    }

    /** Lines as newspaper extracts hold them: text, metadata, page numbers, blank and odd lines. */
    @Provide
    Arbitrary<List<String>> lineLists() {
        Arbitrary<String> line =
                Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, Arbitraries.strings().ofMaxLength(80)),
                        net.jqwik.api.Tuple.of(
                                6,
                                Arbitraries.strings()
                                        .withChars(NewsText.PLAIN_HAN + "，。！？…”」）)(, 　abcX1")
                                        .ofMaxLength(50)),
                        net.jqwik.api.Tuple.of(
                                2,
                                Arbitraries.of(
                                        "",
                                        "本报记者 张三",
                                        "来源：中国知识产权报",
                                        "2024年9月26日 星期四 第3版",
                                        "——记知识产权保护中心",
                                        "（完）",
                                        "，",
                                        "。",
                                        "第 2 版",
                                        "责任编辑：李四",
                                        "（来源：求是，2021-02-08）")));
        return line.list().ofMaxSize(30);
    }
}

package dev.ipwire.ingest.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompilationsTest {

    private final NewsDocumentParser parser = new NewsDocumentParser();

    private static final String BOOKLET =
            """
            学习参考资料
            2024 年 第 3 期
            目 录
            第一篇文章的标题\t1
            第二篇文章的标题\t5
            第一篇文章的标题
            第一篇的正文讲述了知识产权保护的意义。
            第一篇的第二段落。（来源：示例日报，2024-01-02）
            第二篇文章的标题
            第二篇的正文讲述了质押融资的进展。
            （来源：示例杂志社，2024-02-03）
            """;

    @Test
    void aBookletSplitsIntoItsArticlesWithTheirOwnTitlesDatesAndSources() {
        List<ParsedDocument> parts = parser.parseArticles(new RawDocument(BOOKLET, null, null));

        assertThat(parts).extracting(ParsedDocument::title).containsExactly("第一篇文章的标题", "第二篇文章的标题");
        assertThat(parts)
                .extracting(ParsedDocument::publishedAt)
                .containsExactly("2024-01-02", "2024-02-03");
        assertThat(parts).extracting(ParsedDocument::source).containsExactly("示例日报", "示例杂志社");
        assertThat(parts.getFirst().paragraphs()).first().isEqualTo("第一篇的正文讲述了知识产权保护的意义。");
        assertThat(parts.getFirst().paragraphs())
                .noneMatch(p -> p.contains("目 录") || p.contains("学习参考资料"));
    }

    @Test
    void anArticleWithOneClosingSourceLineIsNotACompilation() {
        String article = "标题\n正文。\n（来源：示例日报，2024-01-02）\n";

        assertThat(parser.parseArticles(new RawDocument(article, null, null))).hasSize(1);
    }

    @Test
    void theTableOfContentsIsRecognizedAndRemoved() {
        Compilations.Contents contents =
                Compilations.removeContents(List.of("封面", "目 录", "甲文章\t1", "乙文章……6", "甲文章", "正文。"));

        assertThat(contents.titles()).containsExactly("甲文章", "乙文章");
        assertThat(contents.lines()).containsExactly("封面", "甲文章", "正文。");
    }
}

package dev.ipwire.nlp.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleAnalyzerTest {

    private static final ArticleAnalyzer ANALYZER =
            new ArticleAnalyzer(new HanlpSegmenter(DomainLexicon.load(DomainLexicon.DOMAIN_TERMS)));

    @Test
    void sentencesEndAtChineseFullStopsExclamationsAndQuestionMarks() {
        assertThat(ArticleAnalyzer.split("专利申请量持续增长。商标注册便利化！版权保护如何加强？"))
                .containsExactly("专利申请量持续增长。", "商标注册便利化！", "版权保护如何加强？");
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        assertThat(ArticleAnalyzer.split("他说：“保护知识产权就是保护创新。”随后会议结束。"))
                .containsExactly("他说：“保护知识产权就是保护创新。”", "随后会议结束。");
        assertThat(ArticleAnalyzer.split("「這是一個問題嗎？」她問道。")).containsExactly("「這是一個問題嗎？」", "她問道。");
    }

    @Test
    void textAfterTheLastStopIsASentenceToo() {
        assertThat(ArticleAnalyzer.split("第一句话。没有句号的结尾")).containsExactly("第一句话。", "没有句号的结尾");
    }

    @Test
    void aLongRunWithoutPunctuationIsCutIntoBoundedPieces() {
        String run = "知识产权质押融资".repeat(625);
        assertThat(run).hasSize(5000);

        List<String> pieces = ArticleAnalyzer.split(run);

        assertThat(pieces).hasSize(3);
        assertThat(pieces)
                .allSatisfy(
                        piece ->
                                assertThat(piece.length())
                                        .isLessThanOrEqualTo(ArticleAnalyzer.MAX_SENTENCE_CHARS));
        assertThat(String.join("", pieces)).isEqualTo(run);
    }

    @Test
    void noBlankSentencesAndNoSurroundingWhitespace() {
        List<String> sentences = ArticleAnalyzer.split("  第一句。   第二句！  \n  ");

        assertThat(sentences).containsExactly("第一句。", "第二句！");
        assertThat(ArticleAnalyzer.split("")).isEmpty();
        assertThat(ArticleAnalyzer.split("   \n\t ")).isEmpty();
    }

    @Test
    void analyzesTheTitleFirstThenTheBodyWithParagraphIndexes() {
        AnalyzedArticle article = ANALYZER.analyze(" 地理标志助农增收 ", List.of("第一段第一句。第一段第二句。", "第二段。"));

        assertThat(article.sentences())
                .extracting(Sentence::paragraph, Sentence::original)
                .containsExactly(
                        tuple(-1, "地理标志助农增收"),
                        tuple(0, "第一段第一句。"),
                        tuple(0, "第一段第二句。"),
                        tuple(1, "第二段。"));
        assertThat(article.title()).singleElement().extracting(Sentence::isTitle).isEqualTo(true);
        assertThat(article.body()).hasSize(3).noneMatch(Sentence::isTitle);
    }

    @Test
    void aBlankTitleIsLeftOut() {
        AnalyzedArticle article = ANALYZER.analyze("  ", List.of("正文。"));

        assertThat(article.title()).isEmpty();
        assertThat(article.body()).extracting(Sentence::original).containsExactly("正文。");
    }

    @Test
    void sentencesAreSegmentedOnTheSimplifiedViewAndKeepTheOriginal() {
        AnalyzedArticle article = ANALYZER.analyze(null, List.of("廣東省推進質押融資。"));

        Sentence sentence = article.body().getFirst();
        assertThat(sentence.original()).isEqualTo("廣東省推進質押融資。");
        assertThat(sentence.simplified()).isEqualTo("广东省推进质押融资。");
        assertThat(sentence.tokens()).extracting(Token::text).contains("广东省", "质押融资");
        assertThat(article.simplifiedText()).isEqualTo("广东省推进质押融资。\n");
    }
}

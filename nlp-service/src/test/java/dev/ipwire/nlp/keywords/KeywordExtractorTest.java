package dev.ipwire.nlp.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.nlp.analysis.AnalyzedArticle;
import dev.ipwire.nlp.analysis.ArticleAnalyzer;
import dev.ipwire.nlp.analysis.DomainLexicon;
import dev.ipwire.nlp.analysis.HanlpSegmenter;
import dev.ipwire.nlp.analysis.Sentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordExtractorTest {

    private static final ArticleAnalyzer ANALYZER =
            new ArticleAnalyzer(new HanlpSegmenter(DomainLexicon.load(DomainLexicon.DOMAIN_TERMS)));

    private final KeywordExtractor extractor = new KeywordExtractor();

    private static final List<String> PARAGRAPHS =
            List.of(
                    "春节前夕，山城县的脐橙迎来销售旺季。县里去年获批地理标志证明商标，脐橙价格随之上涨。",
                    "县农业农村局介绍，地理标志让脐橙卖出了好价钱。全县脐橙种植面积已达八万亩。",
                    "今年县里将建设地理标志产品保护示范区。合作社还计划以商标作质押申请贷款。",
                    "业内人士认为，品牌建设是产业发展的关键。");

    /** The summary cut back into sentences, each located in the article's body. */
    private static List<Integer> positionsInBody(String summary, AnalyzedArticle article) {
        List<String> body = article.body().stream().map(Sentence::original).toList();
        List<Integer> positions = new ArrayList<>();
        StringBuilder rest = new StringBuilder(summary);
        while (!rest.isEmpty()) {
            String remaining = rest.toString();
            String sentence =
                    body.stream()
                            .filter(remaining::startsWith)
                            .findFirst()
                            .orElseThrow(
                                    () ->
                                            new AssertionError(
                                                    "summary does not continue with a whole"
                                                            + " sentence of the article: "
                                                            + remaining));
            positions.add(body.indexOf(sentence));
            rest.delete(0, sentence.length());
        }
        return positions;
    }

    @Test
    void theSummaryIsThreeWholeSentencesOfTheBodyInTheirOriginalOrder() {
        AnalyzedArticle article = ANALYZER.analyze("山城脐橙有了“金字招牌”", PARAGRAPHS);
        assertThat(article.body()).hasSizeGreaterThan(KeywordExtractor.SUMMARY_SENTENCES);

        String summary = extractor.summary(article);

        List<Integer> positions = positionsInBody(summary, article);
        assertThat(positions).hasSize(KeywordExtractor.SUMMARY_SENTENCES).isSorted();
        assertThat(positions).doesNotHaveDuplicates();
        assertThat(summary).doesNotContain("山城脐橙有了“金字招牌”");
    }

    @Test
    void aShortArticleIsItsOwnSummary() {
        AnalyzedArticle article = ANALYZER.analyze("标题", List.of("第一句。第二句。", "第三句。"));

        assertThat(extractor.summary(article)).isEqualTo("第一句。第二句。第三句。");
    }

    @Test
    void sentencesThatShareNoWordsStillGiveAThreeSentenceSummary() {
        // Nothing links these sentences, so TextRank scores them all the same.
        AnalyzedArticle article =
                ANALYZER.analyze(null, List.of("春天来了。", "工厂扩大生产。", "市民踊跃参加。", "道路已经修好。"));

        String summary = extractor.summary(article);

        // HanLP returns one of the tied sentences; the leading ones fill up the rest.
        assertThat(positionsInBody(summary, article))
                .hasSize(KeywordExtractor.SUMMARY_SENTENCES)
                .isSorted()
                .doesNotHaveDuplicates()
                .contains(0, 1);
    }

    @Test
    void aRepeatedSentenceAppearsInTheSummaryAtMostOnce() {
        String repeated = "地理标志保护推动地理标志产品发展。";
        AnalyzedArticle article =
                ANALYZER.analyze(
                        null,
                        List.of(
                                repeated,
                                "省知识产权局发布地理标志保护工作要点。",
                                repeated,
                                "要点提出加强地理标志产品专用标志使用管理。",
                                repeated,
                                "各地将开展地理标志保护专项行动。"));

        String summary = extractor.summary(article);

        List<Integer> positions = positionsInBody(summary, article);
        assertThat(positions).hasSizeLessThanOrEqualTo(KeywordExtractor.SUMMARY_SENTENCES);
        assertThat(summary.split(repeated, -1).length - 1).isLessThanOrEqualTo(1);
    }

    @Test
    void traditionalArticlesAreSummarizedAsWritten() {
        AnalyzedArticle article =
                ANALYZER.analyze(
                        null, List.of("臺灣某縣的茶葉取得地理標誌。茶農收入明顯增加。", "縣政府表示，將繼續推動品牌建設。相關部門也將加強保護。"));

        String summary = extractor.summary(article);

        assertThat(positionsInBody(summary, article)).hasSize(KeywordExtractor.SUMMARY_SENTENCES);
        assertThat(summary).doesNotContain("茶农", "县政府");
    }

    @Test
    void anArticleWithoutBodyHasAnEmptySummary() {
        assertThat(extractor.summary(ANALYZER.analyze("只有标题", List.of()))).isEmpty();
    }

    @Test
    void keywordsAreAtMostEightWordsOfTwoOrMoreCharactersFromTheText() {
        AnalyzedArticle article = ANALYZER.analyze("山城脐橙有了“金字招牌”", PARAGRAPHS);

        List<String> keywords = extractor.keywords(article);

        assertThat(keywords).isNotEmpty().hasSizeLessThanOrEqualTo(KeywordExtractor.KEYWORDS);
        assertThat(keywords).doesNotHaveDuplicates();
        assertThat(keywords)
                .allSatisfy(
                        word -> {
                            assertThat(word.length()).isGreaterThanOrEqualTo(2);
                            assertThat(article.simplifiedText()).contains(word);
                        });
        assertThat(keywords).contains("脐橙");
    }
}

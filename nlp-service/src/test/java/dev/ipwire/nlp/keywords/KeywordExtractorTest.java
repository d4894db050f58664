package dev.ipwire.nlp.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.nlp.analysis.AnalyzedArticle;
import dev.ipwire.nlp.analysis.ArticleAnalyzer;
import dev.ipwire.nlp.analysis.DomainLexicon;
import dev.ipwire.nlp.analysis.HanlpSegmenter;
import dev.ipwire.nlp.analysis.Sentence;
import dev.ipwire.nlp.analysis.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordExtractorTest {

    private static final ArticleAnalyzer ANALYZER =
            new ArticleAnalyzer(new HanlpSegmenter(DomainLexicon.load(DomainLexicon.DOMAIN_TERMS)));

    private static final BackgroundCorpus BACKGROUND =
            BackgroundCorpus.load(BackgroundCorpus.DEFAULT);

    private final KeywordExtractor extractor = new KeywordExtractor(BACKGROUND);

    private static final List<String> PARAGRAPHS =
            List.of(
                    "春节前夕，山城县的脐橙迎来销售旺季。县里去年获批地理标志证明商标，脐橙价格随之上涨。",
                    "县农业农村局介绍，地理标志让脐橙卖出了好价钱。全县脐橙种植面积已达八万亩。",
                    "今年县里将建设地理标志产品保护示范区。合作社还计划以商标作质押申请贷款。",
                    "业内人士认为，品牌建设是产业发展的关键。");

    private KeywordExtractor.Digest digest(String title, List<String> paragraphs) {
        return extractor.digest(ANALYZER.analyze(title, paragraphs));
    }

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

    // Keywords

    @Test
    void keywordsAreAtMostEightDistinctWordsOfTwoOrMoreCharactersFromTheText() {
        AnalyzedArticle article = ANALYZER.analyze("山城脐橙有了“金字招牌”", PARAGRAPHS);

        List<String> keywords = extractor.digest(article).keywords();

        assertThat(keywords).isNotEmpty().hasSizeLessThanOrEqualTo(KeywordExtractor.KEYWORDS);
        assertThat(keywords).doesNotHaveDuplicates();
        assertThat(keywords)
                .allSatisfy(
                        word -> {
                            assertThat(word.length()).isGreaterThanOrEqualTo(2);
                            assertThat(article.simplifiedText()).contains(word);
                        });
        assertThat(keywords.getFirst()).isEqualTo("脐橙");
    }

    @Test
    void aWordEveryBackgroundArticleUsesDoesNotTopTheKeywordsHoweverOftenRepeated() {
        // 知识产权 is in most documents of the background corpus, 脐橙 in none.
        assertThat(BACKGROUND.idf("知识产权")).isLessThan(BACKGROUND.idf("脐橙"));
        List<String> paragraphs =
                List.of(
                        "知识产权部门走进果园宣讲知识产权。知识产权服务站帮助果农注册商标。",
                        "当地脐橙品质上乘，知识产权保护让脐橙身价倍增。",
                        "知识产权工作者表示，知识产权是产业的生命线。");
        AnalyzedArticle article = ANALYZER.analyze("知识产权护航脐橙产业", paragraphs);
        long repeats =
                article.sentences().stream()
                        .flatMap(s -> s.tokens().stream())
                        .map(Token::text)
                        .filter("知识产权"::equals)
                        .count();
        assertThat(repeats).isGreaterThanOrEqualTo(5);

        List<String> keywords = extractor.digest(article).keywords();

        assertThat(keywords.getFirst()).isEqualTo("脐橙");
        assertThat(keywords.indexOf("知识产权")).isNotZero();
    }

    @Test
    void newsBoilerplateIsNeverAKeyword() {
        List<String> keywords =
                digest(
                                null,
                                List.of(
                                        "本报讯 记者 王晓燕 报道：当地脐橙产业蓬勃发展，记者走访了多家果园。",
                                        "记者了解到，脐橙种植面积持续扩大，本报记者将继续关注。"))
                        .keywords();

        assertThat(keywords).contains("脐橙").doesNotContain("本报讯", "本报", "记者", "多家");
    }

    @Test
    void candidatesAreNounLikeDictionaryWordsWithoutDigitsOrLatinLetters() {
        assertThat(KeywordExtractor.isCandidate(new Token("脐橙", "n", 0))).isTrue();
        assertThat(KeywordExtractor.isCandidate(new Token("保护", "vn", 0))).isTrue();
        assertThat(KeywordExtractor.isCandidate(new Token("地理标志", "nz", 0))).isTrue();
        // Not nouns, too short, boilerplate, with digits or Latin letters.
        assertThat(KeywordExtractor.isCandidate(new Token("发展", "v", 0))).isFalse();
        assertThat(KeywordExtractor.isCandidate(new Token("茶", "n", 0))).isFalse();
        assertThat(KeywordExtractor.isCandidate(new Token("记者", "n", 0))).isFalse();
        assertThat(KeywordExtractor.isCandidate(new Token("5G技术", "n", 0))).isFalse();
        assertThat(KeywordExtractor.isCandidate(new Token("AI", "nx", 0))).isFalse();
        // A name HanLP guessed from character roles is no keyword; one its dictionary knows is.
        assertThat(KeywordExtractor.isCandidate(new Token("余家湾", "ns", 0))).isFalse();
        assertThat(KeywordExtractor.isCandidate(new Token("北京", "ns", 0))).isTrue();
    }

    @Test
    void anArticleWithoutCandidatesHasNoKeywords() {
        assertThat(digest(null, List.of("他说：好的。")).keywords()).isEmpty();
        assertThat(digest(null, List.of()).keywords()).isEmpty();
    }

    // Summary

    @Test
    void theSummaryIsThreeWholeSentencesOfTheBodyInTheirOriginalOrder() {
        AnalyzedArticle article = ANALYZER.analyze("山城脐橙有了“金字招牌”", PARAGRAPHS);
        assertThat(article.body()).hasSizeGreaterThan(KeywordExtractor.SUMMARY_SENTENCES);

        String summary = extractor.digest(article).summary();

        List<Integer> positions = positionsInBody(summary, article);
        assertThat(positions).hasSize(KeywordExtractor.SUMMARY_SENTENCES).isSorted();
        assertThat(positions).doesNotHaveDuplicates();
        assertThat(summary).doesNotContain("金字招牌");
    }

    @Test
    void theSummarySkipsTheDeckAndShortBylineLikeLines() {
        String deck = "——山城县脐橙获批地理标志证明商标后身价倍增，果农收入明显提高。";
        String byline = "记者 王晓燕 通讯员 刘明德";
        AnalyzedArticle article =
                ANALYZER.analyze(
                        "山城脐橙有了“金字招牌”",
                        List.of(
                                deck,
                                byline,
                                "春节前夕，山城县的脐橙迎来销售旺季，果园里一派繁忙景象。",
                                "县里去年获批地理标志证明商标，脐橙价格随之上涨了三成。",
                                "全县脐橙种植面积已达八万亩，带动两万多户果农增收。"));
        assertThat(deck.length()).isGreaterThan(KeywordExtractor.MIN_SUMMARY_SENTENCE);

        String summary = extractor.digest(article).summary();

        assertThat(positionsInBody(summary, article)).containsExactly(2, 3, 4);
        assertThat(summary).doesNotContain("——", "王晓燕");
    }

    @Test
    void aRepeatedSentenceAppearsInTheSummaryAtMostOnce() {
        String repeated = "地理标志保护推动地理标志产品发展壮大。";
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

        String summary = extractor.digest(article).summary();

        assertThat(positionsInBody(summary, article))
                .hasSizeLessThanOrEqualTo(KeywordExtractor.SUMMARY_SENTENCES);
        assertThat(summary.split(repeated, -1).length - 1).isEqualTo(1);
    }

    @Test
    void traditionalArticlesAreSummarizedAsWritten() {
        AnalyzedArticle article =
                ANALYZER.analyze(
                        null, List.of("臺灣某縣的茶葉取得地理標誌以後，茶農收入明顯增加。", "縣政府表示，將繼續推動茶葉品牌建設並擴大種植面積。"));

        String summary = extractor.digest(article).summary();

        assertThat(positionsInBody(summary, article)).containsExactly(0, 1);
        assertThat(summary).contains("茶農").doesNotContain("茶农", "县政府");
    }

    @Test
    void whenNothingReadsLikeASentenceTheBodyOpeningIsTheSummary() {
        AnalyzedArticle article = ANALYZER.analyze("标题", List.of("第一句。第二句。", "第三句。", "第四句。"));

        assertThat(extractor.digest(article).summary()).isEqualTo("第一句。第二句。第三句。");
    }

    @Test
    void anArticleWithoutBodyHasAnEmptySummary() {
        assertThat(digest("只有标题", List.of()).summary()).isEmpty();
    }

    @Test
    void aLongDocumentStillGetsASummaryOfAtMostThreeSentences() {
        List<String> paragraphs = new ArrayList<>();
        String[] sentences = {
            "第%d家合作社以脐橙商标作质押获得银行贷款。",
            "第%d个果园的脐橙通过地理标志认证后价格上涨。",
            "第%d位果农表示今年的收成比往年好了不少。",
            "第%d批脐橙已经装车运往全国各地的超市。",
            "第%d次技术培训帮助果农掌握了科学种植方法。"
        };
        for (int i = 0; i < 1000; i++) {
            StringBuilder paragraph = new StringBuilder();
            for (String sentence : sentences) {
                paragraph.append(sentence.formatted(i + 1));
            }
            paragraphs.add(paragraph.toString());
        }
        AnalyzedArticle article = ANALYZER.analyze("山城脐橙丰收", paragraphs);
        assertThat(article.body()).hasSize(5000);

        KeywordExtractor.Digest digest = extractor.digest(article);

        assertThat(positionsInBody(digest.summary(), article))
                .hasSize(KeywordExtractor.SUMMARY_SENTENCES)
                .isSorted()
                .doesNotHaveDuplicates();
        assertThat(digest.keywords())
                .contains("脐橙")
                .hasSizeLessThanOrEqualTo(KeywordExtractor.KEYWORDS);
    }
}

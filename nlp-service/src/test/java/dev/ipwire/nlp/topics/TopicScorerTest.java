package dev.ipwire.nlp.topics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.contracts.Topic;
import dev.ipwire.nlp.analysis.AnalyzedArticle;
import dev.ipwire.nlp.analysis.ArticleAnalyzer;
import dev.ipwire.nlp.analysis.DomainLexicon;
import dev.ipwire.nlp.analysis.HanlpSegmenter;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicScorerTest {

    private static final ArticleAnalyzer ANALYZER =
            new ArticleAnalyzer(new HanlpSegmenter(DomainLexicon.load(DomainLexicon.DOMAIN_TERMS)));

    private final TopicScorer scorer = new TopicScorer();

    private TopicScorer.Assessment assess(String title, String... paragraphs) {
        AnalyzedArticle article = ANALYZER.analyze(title, List.of(paragraphs));
        return scorer.assess(article);
    }

    private List<Topic> score(String title, String... paragraphs) {
        return assess(title, paragraphs).topics();
    }

    @Test
    void twoSentencesAboutPledgeLoansLabelFinancingWithTheirEvidence() {
        String pledge = "这家企业以三项发明专利作质押，从银行获得贷款500万元。";
        String financing = "负责人说，这笔质押融资缓解了企业的资金压力。";

        List<Topic> topics = score(null, pledge + financing);

        assertThat(topics).extracting(Topic::name).containsExactly(Topic.FINANCING);
        Topic topic = topics.getFirst();
        assertThat(topic.score()).isBetween(0.0, 1.0);
        assertThat(topic.evidence()).contains("质押", "贷款", "融资");
        assertThat(topic.evidence()).containsAnyOf(pledge, financing);
    }

    @Test
    void aSinglePassingMentionDoesNotLabelATopic() {
        TopicScorer.Assessment assessment =
                assess(
                        null,
                        "这家企业今年营收增长明显，新产品销往全国各地。",
                        "负责人介绍，企业早年曾遭遇侵权，现已妥善解决。",
                        "下一步，企业将继续扩大生产规模。");

        assertThat(assessment.topics()).isEmpty();
        assertThat(assessment.primary()).isNull();
    }

    @Test
    void aCueInTheTitleCounts() {
        String body = "企业负责人对此表示感谢。";

        List<Topic> withTitle = score("专利质押助企纾困", body);
        List<Topic> sameWordsInTheBody = score(null, "专利质押助企纾困。", body);

        assertThat(withTitle).extracting(Topic::name).containsExactly(Topic.FINANCING);
        assertThat(withTitle.getFirst().evidence()).contains("质押", "专利质押助企纾困");
        assertThat(sameWordsInTheBody).isEmpty();
    }

    @Test
    void topicsAreSortedByScore() {
        TopicScorer.Assessment assessment =
                assess(
                        "知识产权质押融资规模创新高",
                        "今年以来，全省发放知识产权质押贷款120亿元，银行授信额度同比增长三成。",
                        "多家银行推出专利质押融资产品，并引入保险和风险补偿基金分担风险。",
                        "同时，法院审结一批侵权纠纷案件，执法部门持续打击假冒行为。",
                        "有关部门表示，将加大对侵权行为的查处力度。");

        assertThat(assessment.topics())
                .extracting(Topic::name)
                .containsExactly(Topic.FINANCING, Topic.PROTECTION);
        assertThat(assessment.topics())
                .isSortedAccordingTo(Comparator.comparingDouble(Topic::score).reversed());
        assertThat(assessment.topics().get(0).score())
                .isGreaterThan(assessment.topics().get(1).score());
        assertThat(assessment.primary()).isEqualTo(Topic.FINANCING);
    }

    @Test
    void theHeadlineDecidesThePrimaryTopicEvenWhenTheBodyHasMoreOfAnother() {
        TopicScorer.Assessment assessment =
                assess(
                        "专利质押贷款帮企业渡过难关",
                        "法院审结一批侵权纠纷案件，判决侵权人赔偿损失。",
                        "执法部门查处假冒商标案件，严厉打击侵权行为。",
                        "法院还通过诉讼调解化解纠纷，维权渠道更加畅通。",
                        "这家企业以专利质押获得贷款。");

        assertThat(assessment.topics())
                .extracting(Topic::name)
                .containsExactly(Topic.PROTECTION, Topic.FINANCING);
        assertThat(assessment.primary()).isEqualTo(Topic.FINANCING);
    }

    @Test
    void aDeckUnderTheTitleIsPartOfTheHeadline() {
        String deck = "——地理标志产品成为乡村振兴新引擎";
        String[] body = {
            "法院审结一批侵权纠纷案件，判决侵权人赔偿损失。", "执法部门查处假冒商标案件，严厉打击侵权行为。", "当地地理标志产品销量大增，地标品牌影响力扩大。"
        };
        String[] withDeck = new String[body.length + 1];
        withDeck[0] = deck;
        System.arraycopy(body, 0, withDeck, 1, body.length);

        TopicScorer.Assessment headed = assess("地方特产走俏市场", withDeck);

        assertThat(headed.topics())
                .extracting(Topic::name)
                .containsExactly(Topic.PROTECTION, Topic.GEOGRAPHIC_INDICATION);
        assertThat(headed.primary()).isEqualTo(Topic.GEOGRAPHIC_INDICATION);

        // The same line without its dash is a lead sentence: the body's weight decides.
        withDeck[0] = "地理标志产品成为乡村振兴新引擎。";
        assertThat(assess("地方特产走俏市场", withDeck).primary()).isEqualTo(Topic.PROTECTION);
    }

    @Test
    void withoutCuesInTheHeadlineTheBodyWeightDecides() {
        TopicScorer.Assessment assessment =
                assess(
                        "一季度经济运行平稳",
                        "一家企业以专利质押获得贷款，缓解了融资难题。",
                        "银行表示将扩大知识产权质押融资规模，并提供更多授信。",
                        "法院审结一批侵权纠纷案件。",
                        "执法部门查处假冒商标案件。");

        assertThat(assessment.topics())
                .extracting(Topic::name)
                .containsExactly(Topic.FINANCING, Topic.PROTECTION);
        assertThat(assessment.primary()).isEqualTo(Topic.FINANCING);
    }

    @Test
    void evidenceKeepsAtMostThreeSentences() {
        List<String> sentences =
                List.of("甲地推进地理标志保护。", "乙地申报地理标志产品。", "丙地打造地理标志品牌。", "丁地发展地理标志产业。");

        List<Topic> topics = score(null, String.join("", sentences));

        assertThat(topics).extracting(Topic::name).containsExactly(Topic.GEOGRAPHIC_INDICATION);
        assertThat(topics.getFirst().evidence())
                .filteredOn(sentences::contains)
                .hasSize(TopicScorer.EVIDENCE_SENTENCES);
    }

    @Test
    void traditionalTextIsScoredOnItsSimplifiedViewButQuotedAsWritten() {
        String first = "這家企業以專利作質押，從銀行獲得貸款。";
        String second = "這筆質押融資緩解了資金壓力。";

        List<Topic> topics = score(null, first + second);

        assertThat(topics).extracting(Topic::name).containsExactly(Topic.FINANCING);
        assertThat(topics.getFirst().evidence()).contains("质押", first);
    }

    @Test
    void primaryIsNullWhenNothingIsLabeled() {
        TopicScorer.Assessment assessment = assess("天气晴朗", "今天天气晴朗，适合出行。");

        assertThat(assessment.topics()).isEmpty();
        assertThat(assessment.primary()).isNull();
        assertThat(assess(null).primary()).isNull();
    }
}

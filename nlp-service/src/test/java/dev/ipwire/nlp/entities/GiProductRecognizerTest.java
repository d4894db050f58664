package dev.ipwire.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.nlp.analysis.AnalyzedArticle;
import dev.ipwire.nlp.analysis.ArticleAnalyzer;
import dev.ipwire.nlp.analysis.DomainLexicon;
import dev.ipwire.nlp.analysis.HanlpSegmenter;
import dev.ipwire.nlp.analysis.Sentence;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Geographic-indication products: a place, up to three characters, a product word. */
class GiProductRecognizerTest {

    private static final ArticleAnalyzer ANALYZER =
            new ArticleAnalyzer(new HanlpSegmenter(DomainLexicon.load(DomainLexicon.DOMAIN_TERMS)));
    private static final GiProductRecognizer RECOGNIZER =
            new GiProductRecognizer(new PlaceGazetteer());

    private static GiProductRecognizer.Found find(String... paragraphs) {
        return RECOGNIZER.find(ANALYZER.analyze(null, List.of(paragraphs)));
    }

    private static List<String> products(String... paragraphs) {
        return find(paragraphs).products();
    }

    @Test
    void aProductThatObtainsAGeographicIndication() {
        assertThat(products("宁都脐橙获批地理标志证明商标。")).containsExactly("宁都脐橙");
        assertThat(products("沙雅红枣、拜城蜂蜜等成功注册地理标志证明商标。")).containsExactly("沙雅红枣", "拜城蜂蜜");
    }

    @Test
    void aProductNamedAsAGeographicIndicationProduct() {
        assertThat(products("沙雅县红枣地理标志产品保护示范区正式获批。")).containsExactly("沙雅县红枣");
        assertThat(products("阿克苏红旗坡苹果是地理标志产品。")).containsExactly("阿克苏红旗坡苹果");
    }

    @Test
    void onlyWordsOfTheProductLexiconEndAProduct() {
        assertThat(products("宁都手机获批地理标志。")).isEmpty();
        // One-character product words do not count when they start a longer word: 鸡 of 鸡蛋.
        assertThat(products("温宿鸡蛋获批地理标志。")).isEmpty();
        assertThat(products("沙雅羊、拜城鸡等获得地理标志保护。")).containsExactly("沙雅羊", "拜城鸡");
    }

    @Test
    void placesMayBeShortFormsThatAreOrdinaryWordsOrOldCountyNames() {
        // 万年 is no place on its own, 郫县 is the former name of 郫都区.
        assertThat(products("万年贡米获批地理标志。")).containsExactly("万年贡米");
        assertThat(products("郫县豆瓣获得地理标志保护。")).containsExactly("郫县豆瓣");
    }

    @Test
    void aPassingMentionWithoutGeographicIndicationIsNoProduct() {
        assertThat(products("烟台苹果在超市热销。")).isEmpty();
        assertThat(products("烟台苹果在超市热销。", "宁都脐橙获批地理标志。")).containsExactly("宁都脐橙");
    }

    @Test
    void aNameTiedToGeographicIndicationsCountsEverywhereInTheArticle() {
        AnalyzedArticle article = ANALYZER.analyze(null, List.of("宁都脐橙获批地理标志。", "合作社把宁都脐橙卖到了全国。"));

        GiProductRecognizer.Found found = RECOGNIZER.find(article);

        assertThat(found.products()).containsExactly("宁都脐橙");
        Sentence second = article.sentences().get(1);
        assertThat(found.spans()).containsEntry(second, List.of(new Span(4, 8)));
        assertThat(found.spans()).hasSize(2);
    }

    @Test
    void organizationsAndVerbsAreNotPartOfAProduct() {
        assertThat(products("宁都县脐橙协会召开年会，推动地理标志品牌建设。")).isEmpty();
        assertThat(products("盱眙还依托龙虾产业发展地理标志品牌。")).isEmpty();
    }

    @Test
    void traditionalNamesAreReportedAsWritten() {
        GiProductRecognizer.Found found = find("寧都臍橙獲批地理標誌。");

        assertThat(found.products()).containsExactly("寧都臍橙");
        assertThat(found.spans().values()).containsExactly(List.of(new Span(0, 4)));
    }

    @Test
    void anArticleWithoutProductsHasNoSpans() {
        GiProductRecognizer.Found found = find("专利申请量持续增长。");

        assertThat(found.products()).isEmpty();
        assertThat(found.spans()).isEqualTo(Map.of());
    }
}

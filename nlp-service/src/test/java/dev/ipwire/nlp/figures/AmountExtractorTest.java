package dev.ipwire.nlp.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ipwire.contracts.Amount;
import dev.ipwire.nlp.analysis.ArticleAnalyzer;
import dev.ipwire.nlp.analysis.DomainLexicon;
import dev.ipwire.nlp.analysis.HanlpSegmenter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class AmountExtractorTest {

    private static final ArticleAnalyzer ANALYZER =
            new ArticleAnalyzer(new HanlpSegmenter(DomainLexicon.load(DomainLexicon.DOMAIN_TERMS)));

    private final AmountExtractor extractor = new AmountExtractor();

    private List<Amount> extract(String title, String... paragraphs) {
        return extractor.extract(ANALYZER.analyze(title, List.of(paragraphs)));
    }

    private static Amount only(List<Amount> amounts) {
        assertThat(amounts).hasSize(1);
        return amounts.getFirst();
    }

    @Test
    void decimalHundredMillions() {
        Amount amount = only(extract(null, "全省去年完成专利质押融资60.18亿元。"));

        assertThat(amount.text()).isEqualTo("60.18亿元");
        assertThat(amount.yuan()).isEqualByComparingTo("6018000000");
        assertThat(amount.about()).isEqualTo(Amount.FINANCING);
    }

    @Test
    void tenThousands() {
        Amount amount = only(extract(null, "企业获得贷款3000万元。"));

        assertThat(amount.text()).isEqualTo("3000万元");
        assertThat(amount.yuan()).isEqualByComparingTo("30000000");
    }

    @Test
    void trillions() {
        Amount amount = only(extract(null, "该省地区生产总值突破1.2万亿元。"));

        assertThat(amount.text()).isEqualTo("1.2万亿元");
        assertThat(amount.yuan()).isEqualByComparingTo(new BigDecimal("1.2e12"));
    }

    @Test
    void thousandsSeparators() {
        Amount amount = only(extract(null, "合作社获得授信1,500万元。"));

        assertThat(amount.text()).isEqualTo("1,500万元");
        assertThat(amount.yuan()).isEqualByComparingTo("15000000");
    }

    @Test
    void plainYuan() {
        Amount amount = only(extract(null, "侵权人被判赔偿经济损失5000元。"));

        assertThat(amount.yuan()).isEqualByComparingTo("5000");
        assertThat(amount.about()).isEqualTo(Amount.OTHER);
    }

    @Test
    void theSentenceDecidesWhetherAnAmountIsAboutFinancing() {
        List<Amount> amounts = extract(null, "去年该市地区生产总值达到8000亿元。银行向企业发放知识产权质押贷款12亿元。");

        assertThat(amounts)
                .extracting(Amount::text, Amount::about)
                .containsExactly(tuple("8000亿元", Amount.OTHER), tuple("12亿元", Amount.FINANCING));
    }

    @Test
    void traditionalUnitsAreReadOnTheSimplifiedViewAndQuotedAsWritten() {
        List<Amount> amounts = extract(null, "企業獲得貸款3000萬元，全省融資總額達1.2萬億元。");

        assertThat(amounts)
                .extracting(Amount::text, Amount::about)
                .containsExactly(
                        tuple("3000萬元", Amount.FINANCING), tuple("1.2萬億元", Amount.FINANCING));
        assertThat(amounts.get(0).yuan()).isEqualByComparingTo("30000000");
        assertThat(amounts.get(1).yuan()).isEqualByComparingTo("1200000000000");
        assertThat(only(extract(null, "年產值約9.6億元。")).yuan()).isEqualByComparingTo("960000000");
    }

    @Test
    void anAmountInTheTitleIsNotCountedTwice() {
        List<Amount> amounts = extract("商标质押获贷3000万元", "合作社以商标质押获贷3000万元。");

        assertThat(amounts).extracting(Amount::text).containsExactly("3000万元");
    }

    @Test
    void numbersWithoutAMoneyUnitAreNotAmounts() {
        assertThat(extract(null, "全市共有23家合作社，种植面积12万亩，增长3.5%。")).isEmpty();
    }

    @Test
    void amountsAreWrittenAsPlainNumbersInJson() {
        List<Amount> amounts = extract(null, "企业获得贷款3000万元，另有授信60.18亿元。");

        String json = JsonMapper.builder().build().writeValueAsString(amounts);

        assertThat(json).contains("\"yuan\":30000000,").contains("\"yuan\":6018000000,");
    }

    @Test
    void theSameFigureInTheDeckAndTheBodyIsOneAmount() {
        List<Amount> amounts =
                extract(
                        "合作社喜获贷款",
                        "——合作社以商标质押获贷3000万元",
                        "记者获悉，合作社以商标质押获贷3000万元。",
                        "负责人说，这3000万元将用于扩大生产。");

        assertThat(amounts)
                .extracting(Amount::text, Amount::about)
                .containsExactly(tuple("3000万元", Amount.FINANCING));
    }

    @Test
    void aRangeWhoseLowEndBorrowsTheUnitGivesBothEnds() {
        List<Amount> amounts = extract(null, "每户每年可增收3至5万元。");

        assertThat(amounts)
                .extracting(Amount::text, Amount::about)
                .containsExactly(tuple("3万元", Amount.OTHER), tuple("5万元", Amount.OTHER));
        assertThat(amounts.get(0).yuan()).isEqualByComparingTo("30000");
        assertThat(amounts.get(1).yuan()).isEqualByComparingTo("50000");
    }

    @Test
    void aRangeWithAUnitAtBothEndsGivesBothEnds() {
        List<Amount> amounts = extract(null, "银行可为企业提供1000万—3000万元授信。");

        assertThat(amounts)
                .extracting(Amount::text, Amount::about)
                .containsExactly(
                        tuple("1000万元", Amount.FINANCING), tuple("3000万元", Amount.FINANCING));
        assertThat(amounts.get(0).yuan()).isEqualByComparingTo("10000000");
        assertThat(amounts.get(1).yuan()).isEqualByComparingTo("30000000");
        assertThat(extract(null, "单笔贷款额度在50万到200万元之间。"))
                .extracting(Amount::yuan)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("500000"), new BigDecimal("2000000"));
    }

    @Test
    void aTraditionalFigureIsQuotedAsWritten() {
        Amount amount = only(extract(null, "合作社以商標質押獲得3000萬元。"));

        assertThat(amount.text()).isEqualTo("3000萬元");
        assertThat(amount.yuan()).isEqualByComparingTo("30000000");
        assertThat(amount.about()).isEqualTo(Amount.FINANCING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"质押", "融资", "贷款", "授信", "保险", "证券化", "信贷", "担保", "基金"})
    void aFinancingWordInTheSentenceMakesTheAmountAboutFinancing(String word) {
        Amount amount = only(extract(null, "该项" + word + "业务金额为800万元。"));

        assertThat(amount.about()).isEqualTo(Amount.FINANCING);
    }

    @Test
    void withoutAFinancingWordTheAmountIsAboutSomethingElse() {
        Amount amount = only(extract(null, "该项业务金额为800万元。"));

        assertThat(amount.about()).isEqualTo(Amount.OTHER);
    }
}

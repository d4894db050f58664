package dev.ipwire.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FoldedTextsTest {

    @Test
    void theTitleComesFirstAndEachTextIsFoldedToSimplifiedWithItsLength() {
        FoldedTexts texts = FoldedTexts.of("臺灣茶葉", List.of("地理標誌保護", "商标"));

        assertThat(texts.size()).isEqualTo(3);
        assertThat(texts.original(0)).isEqualTo("臺灣茶葉");
        assertThat(texts.folded(0)).isEqualTo("台湾茶叶");
        assertThat(texts.folded(1)).isEqualTo("地理标志保护").hasSameSizeAs(texts.original(1));
    }

    @Test
    void withoutATitleOnlyTheParagraphsAreTexts() {
        FoldedTexts texts = FoldedTexts.of(null, List.of("商标"));

        assertThat(texts.size()).isEqualTo(1);
        assertThat(texts.original(0)).isEqualTo("商标");
    }

    @Test
    void findsAFoldedNeedleInATraditionalParagraphFoldingOnlyUpToIt() {
        FoldedTexts texts = FoldedTexts.of("春茶開採", List.of("茶農收入提高", "地理標誌保護", "茶葉出口", "品牌建設"));

        assertThat(texts.anyContains(List.of("专利", "地理标志"))).isTrue();
        assertThat(texts.foldedSoFar()).isEqualTo(3);
    }

    @Test
    void aNeedleFoundNowhereFoldsEveryText() {
        FoldedTexts texts = FoldedTexts.of("春茶開採", List.of("茶農收入提高", "品牌建設"));

        assertThat(texts.anyContains(List.of("专利"))).isFalse();
        assertThat(texts.foldedSoFar()).isEqualTo(3);
    }
}

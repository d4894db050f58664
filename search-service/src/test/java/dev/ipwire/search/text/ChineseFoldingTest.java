package dev.ipwire.search.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseFoldingTest {

    @Test
    void traditionalCharactersFoldToSimplified() {
        assertThat(ChineseFolding.simplified("臺灣高山茶地理標誌保護成效顯著")).isEqualTo("台湾高山茶地理标志保护成效显著");
        assertThat(ChineseFolding.simplified("縣政府推動知識產權保護")).isEqualTo("县政府推动知识产权保护");
    }

    @Test
    void simplifiedTextIsLeftAsItIs() {
        String text = "云雾茶获批国家地理标志，全县茶农受益。";

        assertThat(ChineseFolding.simplified(text)).isEqualTo(text);
    }

    @Test
    void latinDigitsAndPunctuationAreLeftAsTheyAre() {
        assertThat(ChineseFolding.simplified("ABC公司申請Patent專利，2024年“商標”！（試點）"))
                .isEqualTo("ABC公司申请Patent专利，2024年“商标”！（试点）");
    }

    @Test
    void cornerBracketsMayBecomeQuotesButKeepTheirPlaces() {
        String folded = ChineseFolding.simplified("「保護」");

        assertThat(folded).hasSize(4);
        assertThat(folded.substring(1, 3)).isEqualTo("保护");
    }

    @Test
    void charactersOutsideTheBasicPlaneKeepBothHalves() {
        assertThat(ChineseFolding.simplified("𠀀臺灣𠀁")).isEqualTo("𠀀台湾𠀁");
    }

    @Test
    void aCharacterWhoseSimplifiedFormIsLongerStaysAsWrittenSoOffsetsHold() {
        // HanLP maps U+346E (BMP) to U+2B748 (a surrogate pair): folding must not grow the text
        String folded = ChineseFolding.simplified("\u346E臺灣");

        assertThat(folded).isEqualTo("\u346E台湾");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "臺灣",
                "地理標誌證明商標質押融資",
                "\u346E\u346E乾隆頭髮",
                "𠀀記憶體軟體",
                "混合 text 與 123，標點。",
                "\u3000全角空格\u3000"
            })
    void foldedTextHasTheSameLengthAsTheOriginal(String text) {
        String folded = ChineseFolding.simplified(text);

        assertThat(folded).hasSameSizeAs(text);
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isIdeographic(text.codePointAt(i))
                    && !Character.isSurrogate(text.charAt(i))) {
                assertThat(folded.charAt(i)).as("char %d of %s", i, text).isEqualTo(text.charAt(i));
            }
        }
    }
}

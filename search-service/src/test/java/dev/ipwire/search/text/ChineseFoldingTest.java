package dev.ipwire.search.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.HanLP;
import java.util.ArrayList;
import java.util.List;
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

    @Test
    void everyCodeUnitThatIsSkippedIsOneHanlpLeavesAsItIs() {
        List<String> changedButSkipped = new ArrayList<>();
        for (int unit = 0; unit <= Character.MAX_VALUE; unit++) {
            String text = String.valueOf((char) unit);
            if (!ChineseFolding.mayChange(text)
                    && !HanLP.convertToSimplifiedChinese(text).equals(text)) {
                changedButSkipped.add(Integer.toHexString(unit));
            }
        }

        assertThat(changedButSkipped).isEmpty();
    }

    @Test
    void everyKeyOfHanlpsTableThatItChangesIsConverted() {
        List<String[]> entries = ChineseFolding.changingEntries();
        List<String> changedButSkipped = new ArrayList<>();
        for (String[] entry : entries) {
            String key = entry[0];
            for (String text : List.of(key, "在" + key + "中", "知识产权" + key)) {
                if (!ChineseFolding.mayChange(text)
                        && !HanLP.convertToSimplifiedChinese(text).equals(text)) {
                    changedButSkipped.add(text);
                }
            }
        }

        assertThat(entries).hasSizeGreaterThan(4000);
        assertThat(changedButSkipped).isEmpty();
    }

    @Test
    void simplifiedNewsTextSkipsTheConversion() {
        // Common simplified text, with characters of HanLP's phrase keys (瞭解到 → 了解到, 程式 → 程序,
        // 士多啤梨 → 草莓) but not those that stand for them.
        for (String text :
                List.of("国家知识产权局发布2024年专利统计数据，发明专利授权量同比增长。", "多家企业参与，新型外观设计获得保护。", "士兵多次参加公益活动")) {
            assertThat(ChineseFolding.mayChange(text)).as(text).isFalse();
            assertThat(ChineseFolding.simplified(text)).isSameAs(text);
        }
        assertThat(ChineseFolding.mayChange("使用程式设计")).isTrue();
        assertThat(ChineseFolding.mayChange("瞭解")).isTrue();
        assertThat(ChineseFolding.simplified("臺灣")).isEqualTo("台湾");
    }
}

package dev.ipwire.nlp.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChineseTextTest {

    @Test
    void traditionalTextGetsAnAlignedSimplifiedView() {
        ChineseText text = ChineseText.of("國家知識產權局發佈報告。");

        assertThat(text.original()).isEqualTo("國家知識產權局發佈報告。");
        assertThat(text.simplified()).isEqualTo("国家知识产权局发布报告。");
        assertThat(text.simplified()).hasSameSizeAs(text.original());
    }

    @Test
    void anOffsetFoundInTheViewMapsBackToTheTextAsWritten() {
        ChineseText text = ChineseText.of("廣東省將推進質押融資。");

        int start = text.simplified().indexOf("质押融资");

        assertThat(start).isEqualTo(6);
        assertThat(text.originalAt(start, start + 4)).isEqualTo("質押融資");
        assertThat(text.originalAt(0, 3)).isEqualTo("廣東省");
    }

    @Test
    void aPhraseConversionThatChangesTheLengthFallsBackToCharacterByCharacter() {
        // HanLP converts the phrase 筆記簿型電腦 (6 characters) to 笔记本电脑 (5 characters).
        ChineseText text = ChineseText.of("他買了一台筆記簿型電腦。");

        assertThat(text.simplified()).hasSameSizeAs(text.original());
        assertThat(text.simplified()).isEqualTo("他买了一台笔记簿型电脑。");
        int computer = text.simplified().indexOf("电脑");
        assertThat(text.originalAt(computer, computer + 2)).isEqualTo("電腦");
    }

    @Test
    void aCharacterWhoseSimplifiedFormLeavesTheBasicPlaneIsKept() {
        // The conversion table maps 㑮 to 𫝈, a supplementary character (two chars in Java).
        ChineseText text = ChineseText.of("㑮字");

        assertThat(text.simplified()).hasSameSizeAs(text.original()).isEqualTo("㑮字");
    }

    @Test
    void simplifiedTextIsItsOwnView() {
        ChineseText text = ChineseText.of("地理标志保护工程，2026年。");

        assertThat(text.simplified()).isEqualTo(text.original());
    }

    @Test
    void viewsOfDifferentLengthAreRejected() {
        assertThatThrownBy(() -> new ChineseText("筆記簿型電腦", "笔记本电脑"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package dev.ipwire.ingest.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void spacesBetweenChineseCharactersAreRemoved() {
        assertThat(TextNormalizer.paragraph("知 识  产 权")).isEqualTo("知识产权");
    }

    @Test
    void spacesBeforeAndAfterChinesePunctuationAreRemoved() {
        assertThat(TextNormalizer.paragraph("专利申请 ， 商标注册 。")).isEqualTo("专利申请，商标注册。");
    }

    @Test
    void ideographicAndNonBreakingSpacesAreWhitespace() {
        assertThat(TextNormalizer.paragraph("\u3000\u3000本报讯\u00A0记者\u200B报道"))
                .isEqualTo("本报讯记者报道");
    }

    @Test
    void spacedDateUnitsAreJoined() {
        assertThat(TextNormalizer.paragraph("2024 年 9 月")).isEqualTo("2024年9月");
        assertThat(TextNormalizer.paragraph("于 2024 年 9 月 26 日 发布")).isEqualTo("于 2024年9月26日发布");
    }

    @Test
    void latinWordsKeepTheirSpaces() {
        assertThat(TextNormalizer.paragraph("World Intellectual Property Organization 发布报告"))
                .isEqualTo("World Intellectual Property Organization 发布报告");
        assertThat(TextNormalizer.paragraph("PCT 国际专利  申请量")).isEqualTo("PCT 国际专利申请量");
    }

    @Test
    void numbersAwayFromDateUnitsKeepTheirSpaces() {
        assertThat(TextNormalizer.paragraph("共 3 件 专利")).isEqualTo("共 3 件专利");
    }

    @Test
    void whitespaceRunsCollapseAndEndsAreTrimmed() {
        assertThat(TextNormalizer.paragraph("  Hello \t\n  world  ")).isEqualTo("Hello world");
        assertThat(TextNormalizer.paragraph(" \u3000 ")).isEmpty();
    }

    @Test
    void comparableFormIgnoresWhitespaceAndWidth() {
        assertThat(TextNormalizer.comparable("２０２４年 专利\u3000ＡＢＣ\n保护")).isEqualTo("2024年专利ABC保护");
        assertThat(TextNormalizer.comparable("知识 产权")).isEqualTo(TextNormalizer.comparable("知识产权"));
    }
}

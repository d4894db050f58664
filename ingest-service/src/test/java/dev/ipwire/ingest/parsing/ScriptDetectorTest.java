package dev.ipwire.ingest.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptDetectorTest {

    @Test
    void simplifiedChinese() {
        assertThat(ScriptDetector.detect("国家知识产权局发布关于专利申请费用减缴的通知，这项政策将于下月实施。"))
                .isEqualTo(ScriptDetector.SIMPLIFIED)
                .isEqualTo("zh-Hans");
    }

    @Test
    void traditionalChinese() {
        assertThat(ScriptDetector.detect("經濟部智慧財產局發佈關於專利申請費用減免的說明，這項措施將從下個月開始實施。"))
                .isEqualTo(ScriptDetector.TRADITIONAL)
                .isEqualTo("zh-Hant");
    }

    @Test
    void latinTextIsOther() {
        assertThat(ScriptDetector.detect("The patent office published new fee rules today."))
                .isEqualTo(ScriptDetector.OTHER)
                .isEqualTo("other");
    }

    @Test
    void aFewChineseCharactersInOtherTextAreOther() {
        assertThat(ScriptDetector.detect("WIPO report mentions 知识产权 twice.")).isEqualTo("other");
        assertThat(ScriptDetector.detect("")).isEqualTo("other");
    }

    @Test
    void chineseWithoutScriptSpecificCharactersDefaultsToSimplified() {
        assertThat(ScriptDetector.detect("今天上午在北京市中心有大型新春晚宴")).isEqualTo("zh-Hans");
    }
}

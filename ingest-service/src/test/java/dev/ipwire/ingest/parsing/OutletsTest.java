package dev.ipwire.ingest.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OutletsTest {

    @ParameterizedTest
    @ValueSource(strings = {"示例日报", "港島報", "示例网", "示例通讯社", "示例新闻", "证券时报网", "求是", "第一财经"})
    void outletNames(String name) {
        assertThat(Outlets.isOutlet(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"本报", "专业合作社", "物联网", "年报", "国家知识产权局", "张三", "日报"})
    void notOutletNames(String name) {
        assertThat(Outlets.isOutlet(name)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"农家日报·乡村网,农家日报", "财经时报-中国财经网,财经时报", "《求是》,求是", "示例监管新闻网新闻,示例监管新闻网"})
    void cleanKeepsTheOutlet(String raw, String outlet) {
        assertThat(Outlets.clean(raw)).isEqualTo(outlet);
    }
}

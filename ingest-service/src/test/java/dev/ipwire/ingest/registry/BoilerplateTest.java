package dev.ipwire.ingest.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "来源：江城日报",
                "责任编辑：王敏",
                "【责任编辑：刘一鸣】",
                "（编辑：沈瑜）",
                "版权所有 © 江城日报社 未经书面授权不得转载",
                "Copyright 2024 江城日报 All Rights Reserved",
                "分享到：微信 微博 QQ空间",
                "扫一扫，关注江城日报微信公众号",
                "原标题：东湖高新区知识产权质押融资破百亿",
                "首页 > 新闻中心 > 要闻",
                "新华日报　2024年6月13日　星期四　第7版　乡村振兴",
                "本报记者 许晨曦 通讯员 吴海洋",
                "记者许晨曦通讯员吴海洋",
                "发布时间：2024-06-13 08:40",
                "免责声明：本文仅代表作者观点"
            })
    void pageFurnitureIsBoilerplate(String sentence) {
        assertThat(Boilerplate.isBoilerplate(Boilerplate.strip(sentence))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "未经授权剪辑热播剧上传短视频平台，博主被判赔偿28万元",
                "消费者扫描二维码即可查询每只大闸蟹的产地信息",
                "记者从开幕式上获悉，目前全国已有1.2万余家餐饮门店获得授权",
                "法院认定被告未经许可复制原告作品，构成著作权侵权",
                "协会会长钱玉成介绍，协会对授权门店实行统一标准"
            })
    void storyTextIsNotBoilerplate(String sentence) {
        assertThat(Boilerplate.isBoilerplate(Boilerplate.strip(sentence))).isFalse();
    }

    @Test
    void datelinesAndBracketedBylinesAreCutFromTheSentenceTheyOpen() {
        assertThat(Boilerplate.strip("湖北日报讯（记者方子健 通讯员刘珊）8月7日，记者从东湖高新区获悉"))
                .isEqualTo("8月7日，记者从东湖高新区获悉");
        assertThat(Boilerplate.strip("中新网武汉8月9日电 (记者 郑慧琳)记者9日从东湖高新区获悉")).isEqualTo("记者9日从东湖高新区获悉");
        assertThat(Boilerplate.strip("新华社北京3月2日电 国家知识产权局2日发布数据")).isEqualTo("国家知识产权局2日发布数据");
        assertThat(Boilerplate.strip("本报讯 今年以来，市知识产权局开展专项行动")).isEqualTo("今年以来，市知识产权局开展专项行动");
        assertThat(Boilerplate.strip("推动“小龙虾”成长为富民“大产业”。（完）")).isEqualTo("推动“小龙虾”成长为富民“大产业”。");
    }

    @Test
    void bracketsThatAreStoryTextStay() {
        assertThat(Boilerplate.strip("稻虾共作面积达到101万亩（含外拓基地）")).isEqualTo("稻虾共作面积达到101万亩（含外拓基地）");
        assertThat(Boilerplate.strip("文化和旅游部（文旅部）发布通知")).isEqualTo("文化和旅游部（文旅部）发布通知");
    }

    @Test
    void fingerprintSentencesLeaveFurnitureOutAndNormalize() {
        List<Fingerprints.Sentence> sentences =
                Fingerprints.sentences(
                        "东湖高新区知识产权质押融资破百亿",
                        List.of(
                                "本报记者 方子健",
                                "湖北日报讯（记者方子健）截至７月底，该区质押融资登记金额达１０１.３亿元。" + "惠及企业376家！",
                                "责任编辑：王敏"));

        assertThat(sentences)
                .extracting(Fingerprints.Sentence::text)
                .containsExactly("东湖高新区知识产权质押融资破百亿", "截至7月底该区质押融资登记金额达1013亿元", "惠及企业376家");
    }

    @Test
    void normalizationIgnoresWidthCaseSpacingAndPunctuation() {
        assertThat(Fingerprints.normalize("ＡＢＣ 专利，“质押” 融资 2024-06"))
                .isEqualTo(Fingerprints.normalize("abc专利质押融资 202406"))
                .isEqualTo("abc专利质押融资202406");
    }
}

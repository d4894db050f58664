package dev.ipwire.ingest.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrontMatterTest {

    @Test
    void splitsYamlFrontMatterFromTheBody() {
        String text =
                """
                ---
                title: 省知识产权局发布专利奖励办法
                source: 示例日报
                ---
                <p>正文第一段。</p>
                """;

        FrontMatter frontMatter = FrontMatter.split(text);

        assertThat(frontMatter.isEmpty()).isFalse();
        assertThat(frontMatter.text("title")).isEqualTo("省知识产权局发布专利奖励办法");
        assertThat(frontMatter.text("source")).isEqualTo("示例日报");
        assertThat(frontMatter.body()).isEqualTo("<p>正文第一段。</p>\n");
    }

    @Test
    void datesKeepTheirWrittenFormAndOffset() {
        FrontMatter frontMatter =
                FrontMatter.split(
                        """
                        ---
                        date: 2021-06-30 09:12:00 +0800
                        updated: 2021-07-01
                        ---
                        正文。
                        """);

        assertThat(frontMatter.fields().get("date"))
                .isInstanceOf(String.class)
                .isEqualTo("2021-06-30 09:12:00 +0800");
        assertThat(frontMatter.text("updated")).isEqualTo("2021-07-01");
    }

    @Test
    void numbersAndBooleansStayStringsAsWritten() {
        FrontMatter frontMatter =
                FrontMatter.split(
                        """
                        ---
                        issue: 0012
                        draft: yes
                        ---
                        正文。
                        """);

        assertThat(frontMatter.fields())
                .containsEntry("issue", "0012")
                .containsEntry("draft", "yes");
    }

    @Test
    void quotedAndUnquotedTitlesReadTheSame() {
        String quoted = "---\ntitle: \"商标侵权案：法院判赔50万元\"\n---\n正文。\n";
        String singleQuoted = "---\ntitle: '商标侵权案：法院判赔50万元'\n---\n正文。\n";
        String unquoted = "---\ntitle: 商标侵权案：法院判赔50万元\n---\n正文。\n";

        assertThat(FrontMatter.split(quoted).text("title")).isEqualTo("商标侵权案：法院判赔50万元");
        assertThat(FrontMatter.split(singleQuoted).text("title")).isEqualTo("商标侵权案：法院判赔50万元");
        assertThat(FrontMatter.split(unquoted).text("title")).isEqualTo("商标侵权案：法院判赔50万元");
    }

    @Test
    void keysAreLowerCased() {
        FrontMatter frontMatter = FrontMatter.split("---\nTitle: 地理标志产品保护\n---\n正文。\n");

        assertThat(frontMatter.text("title")).isEqualTo("地理标志产品保护");
    }

    @Test
    void flowAndBlockListsBecomeListsOfStrings() {
        FrontMatter flow = FrontMatter.split("---\ntags: [专利, 商标, 2024]\n---\n正文。\n");
        FrontMatter block =
                FrontMatter.split(
                        """
                        ---
                        tags:
                          - 地理标志
                          - 品牌
                          -
                        ---
                        正文。
                        """);

        assertThat(flow.list("tags")).containsExactly("专利", "商标", "2024");
        assertThat(block.list("tags")).containsExactly("地理标志", "品牌");
        assertThat(block.text("tags")).isEqualTo("地理标志");
    }

    @Test
    void commaSeparatedScalarReadsAsAList() {
        FrontMatter frontMatter = FrontMatter.split("---\ntags: 专利，商标, 版权\n---\n正文。\n");

        assertThat(frontMatter.list("tags")).containsExactly("专利", "商标", "版权");
        assertThat(frontMatter.list("missing")).isEmpty();
    }

    @Test
    void emptyValueReadsAsAbsent() {
        FrontMatter frontMatter = FrontMatter.split("---\ntitle: 标题\nauthor:\n---\n正文。\n");

        assertThat(frontMatter.text("author")).isNull();
        assertThat(frontMatter.text("nonexistent")).isNull();
    }

    @Test
    void documentWithoutFrontMatterIsLeftWhole() {
        String text = "专利转化运用专项行动启动\n今年全省将培育一批高价值专利。\n";

        FrontMatter frontMatter = FrontMatter.split(text);

        assertThat(frontMatter.isEmpty()).isTrue();
        assertThat(frontMatter.fields()).isEmpty();
        assertThat(frontMatter.body()).isEqualTo(text);
    }

    @Test
    void leadingRuleThatIsNotYamlIsBodyText() {
        String text =
                """
                ---
                这是一段以分隔线开头的正文，不是元数据。
                ---
                第二段正文。
                """;

        FrontMatter frontMatter = FrontMatter.split(text);

        assertThat(frontMatter.isEmpty()).isTrue();
        assertThat(frontMatter.body()).isEqualTo(text);
    }

    @Test
    void malformedYamlIsBodyText() {
        String text = "---\ntitle: [未闭合的列表\n---\n正文。\n";

        FrontMatter frontMatter = FrontMatter.split(text);

        assertThat(frontMatter.isEmpty()).isTrue();
        assertThat(frontMatter.body()).isEqualTo(text);
    }

    @Test
    void frontMatterIsRecognisedAfterBomAndWithWindowsLineEnds() {
        String text = "\uFEFF---\r\ntitle: 版权保护新规\r\n---\r\n正文。\r\n";

        FrontMatter frontMatter = FrontMatter.split(text);

        assertThat(frontMatter.text("title")).isEqualTo("版权保护新规");
        assertThat(frontMatter.body()).isEqualTo("正文。\r\n");
    }

    @Test
    void ruleInTheMiddleOfADocumentIsNotFrontMatter() {
        String text = "前言一段。\n---\ntitle: 假标题\n---\n正文。\n";

        FrontMatter frontMatter = FrontMatter.split(text);

        assertThat(frontMatter.isEmpty()).isTrue();
        assertThat(frontMatter.body()).isEqualTo(text);
    }

    @Test
    void yamlAliasBombIsRejectedAsFrontMatter() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        char previous = 'a';
        for (char name = 'b'; name <= 'l'; name++) {
            yaml.append(name).append(": &").append(name).append(" [");
            for (int i = 0; i < 10; i++) {
                yaml.append(i == 0 ? "" : ", ").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = name;
        }
        String text = "---\n" + yaml + "---\n正文。\n";

        FrontMatter frontMatter = FrontMatter.split(text);

        assertThat(frontMatter.isEmpty()).isTrue();
        assertThat(frontMatter.body()).isEqualTo(text);
    }
}

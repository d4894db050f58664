package dev.ipwire.ingest.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NewsDocumentParserTest {

    private final NewsDocumentParser parser = new NewsDocumentParser();

    private ParsedDocument parse(String content) {
        return parser.parse(new RawDocument(content, null, null));
    }

    @Test
    void frontMatterOverHtml() {
        ParsedDocument parsed =
                parse(
                        """
                        ---
                        title: "县里茶叶获批国家地理标志产品"
                        date: 2021-06-30 09:12:00 +0800
                        source: 示例晚报
                        author: 李四
                        tags: [地理标志, 茶叶]
                        ---
                        <div class="article">
                          <h1>县里茶叶获批国家地理标志产品</h1>
                          <p>近日，县里出产的高山绿茶正式获批国家地理标志产品。</p>
                          <p>当地将以此为契机，<strong>打造区域公用品牌</strong>。</p>
                        </div>
                        """);

        assertThat(parsed.title()).isEqualTo("县里茶叶获批国家地理标志产品");
        assertThat(parsed.paragraphs())
                .containsExactly("近日，县里出产的高山绿茶正式获批国家地理标志产品。", "当地将以此为契机，打造区域公用品牌。");
        assertThat(parsed.paragraphs()).noneMatch(p -> p.contains("<") || p.contains(">"));
        assertThat(parsed.format()).isEqualTo("html-frontmatter");
        assertThat(parsed.publishedAt()).isEqualTo("2021-06-30T09:12:00+08:00");
        assertThat(parsed.source()).isEqualTo("示例晚报");
        assertThat(parsed.author()).isEqualTo("李四");
        assertThat(parsed.tags()).containsExactly("地理标志", "茶叶");
        assertThat(parsed.language()).isEqualTo("zh-Hans");
    }

    @Test
    void htmlTitleComesFromTheFirstHeadingAndIsNotRepeated() {
        ParsedDocument parsed =
                parse(
                        "<html><head><title>某某网 - 专利侵权案宣判</title></head><body>"
                                + "<h1>专利侵权案宣判</h1><p>法院判决被告赔偿经济损失。</p></body></html>");

        assertThat(parsed.title()).isEqualTo("专利侵权案宣判");
        assertThat(parsed.paragraphs()).containsExactly("法院判决被告赔偿经济损失。");
        assertThat(parsed.format()).isEqualTo("html");
        assertThat(parsed.publishedAt()).isNull();
    }

    @Test
    void htmlWithoutHeadingUsesThePageTitle() {
        ParsedDocument parsed =
                parse(
                        "<html><head><title>商标注册便利化改革</title></head><body>"
                                + "<p>商标注册审查周期进一步缩短。</p></body></html>");

        assertThat(parsed.title()).isEqualTo("商标注册便利化改革");
        assertThat(parsed.paragraphs()).containsExactly("商标注册审查周期进一步缩短。");
    }

    @Test
    void plainTextTitleIsTheFirstLineAndNotRepeated() {
        ParsedDocument parsed =
                parse(
                        """
                        高校专利转化率稳步提升

                        　　今年以来，本省高校专利转化合同金额明显增长。
                        　　多所高校设立了技术转移中心。
                        """);

        assertThat(parsed.title()).isEqualTo("高校专利转化率稳步提升");
        assertThat(parsed.paragraphs()).containsExactly("今年以来，本省高校专利转化合同金额明显增长。", "多所高校设立了技术转移中心。");
        assertThat(parsed.format()).isEqualTo("text");
    }

    @Test
    void markdownHeadingMarkIsNotPartOfTheTitle() {
        ParsedDocument parsed = parse("# 版权登记数量创新高\n\n作品登记总量突破新纪录。\n");

        assertThat(parsed.title()).isEqualTo("版权登记数量创新高");
        assertThat(parsed.paragraphs()).containsExactly("作品登记总量突破新纪录。");
    }

    @Test
    void markdownFrontMatterGivesTitleDateAndFormat() {
        ParsedDocument parsed =
                parse(
                        """
                        ---
                        title: 数据知识产权登记试点启动
                        date: 2023年4月21日
                        ---
                        试点地区可开展数据知识产权登记。
                        """);

        assertThat(parsed.title()).isEqualTo("数据知识产权登记试点启动");
        assertThat(parsed.publishedAt()).isEqualTo("2023-04-21");
        assertThat(parsed.format()).isEqualTo("markdown-frontmatter");
        assertThat(parsed.paragraphs()).containsExactly("试点地区可开展数据知识产权登记。");
    }

    @Test
    void unreadableFrontMatterDateIsNull() {
        ParsedDocument parsed = parse("---\ntitle: 标题\ndate: 不详\n---\n正文内容。\n");

        assertThat(parsed.publishedAt()).isNull();
    }

    @Test
    void formatHintWins() {
        ParsedDocument parsed = parser.parse(new RawDocument("标题\n正文。", "pdf-text", "a.pdf"));

        assertThat(parsed.format()).isEqualTo("pdf-text");
    }

    @Test
    void overlongFirstLineIsCutToATitleAndKeptAsBody() {
        String longLine = "专利".repeat(100) + "。";

        ParsedDocument parsed = parse(longLine + "\n第二段。");

        assertThat(parsed.title()).hasSize(TitleFinder.MAX_TITLE_LINE);
        assertThat(longLine).startsWith(parsed.title());
        assertThat(parsed.paragraphs()).containsExactly(longLine, "第二段。");
    }

    @Test
    void traditionalTextIsDetected() {
        ParsedDocument parsed = parse("臺灣專利申請數量創新高\n經濟部智慧財產局表示，這項統計顯示國內企業對專利權的重視。");

        assertThat(parsed.language()).isEqualTo("zh-Hant");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "\n\n\u3000\n",
                "<html><body><script>var a = 1;</script></body></html>"
            })
    void documentWithoutTextIsUnparseable(String content) {
        assertThatThrownBy(() -> parse(content))
                .isInstanceOf(UnparseableDocumentException.class)
                .hasMessageContaining("no text");
    }
}

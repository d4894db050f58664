package dev.ipwire.ingest.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void pageFurnitureIsRemoved() {
        String html =
                """
                <html><head><title>页面标题</title><style>p { color: red }</style></head>
                <body>
                  <nav><a href="/">首页</a> <a href="/news">新闻中心</a></nav>
                  <header>网站页眉</header>
                  <script>var tracker = "统计代码";</script>
                  <p>正文第一段。</p>
                  <noscript>请启用脚本</noscript>
                  <p>正文第二段。</p>
                  <aside>相关阅读</aside>
                  <footer>版权所有 示例网站</footer>
                </body></html>
                """;

        HtmlText text = HtmlText.of(html);

        assertThat(text.blocks()).containsExactly("正文第一段。", "正文第二段。");
    }

    @Test
    void furnitureMarkedByClassOrIdIsRemoved() {
        String html =
                """
                <body>
                  <div class="breadcrumb">首页 &gt; 新闻</div>
                  <div id="share-bar">分享到微博</div>
                  <div class="content"><p>专利质押融资额同比增长。</p></div>
                  <ul class="related-news"><li>另一条新闻</li></ul>
                  <div class="copyright">本站版权所有</div>
                </body>
                """;

        assertThat(HtmlText.of(html).blocks()).containsExactly("专利质押融资额同比增长。");
    }

    @Test
    void entitiesAreDecoded() {
        HtmlText text =
                HtmlText.of("<p>甲&amp;乙公司&nbsp;诉&nbsp;丙公司&lt;商标&gt;&#20851;&#27880;&quot;</p>");

        assertThat(text.blocks()).containsExactly("甲&乙公司诉丙公司<商标>关注\"");
    }

    @Test
    void lineBreaksSplitParagraphs() {
        HtmlText text = HtmlText.of("<div>第一行文字<br>第二行文字<br/><br/>第三行文字</div>");

        assertThat(text.blocks()).containsExactly("第一行文字", "第二行文字", "第三行文字");
    }

    @Test
    void inlineElementsDoNotSplitParagraphs() {
        HtmlText text = HtmlText.of("<p>全省<strong>有效发明专利</strong>拥有量达到<a href=\"#\">十万件</a>。</p>");

        assertThat(text.blocks()).containsExactly("全省有效发明专利拥有量达到十万件。");
    }

    @Test
    void titleAndFirstHeadingAreReported() {
        HtmlText text =
                HtmlText.of(
                        "<html><head><title>站点 - 新闻标题</title></head><body><h1>新闻标题</h1>"
                                + "<h1>第二个标题</h1><p>正文。</p></body></html>");

        assertThat(text.pageTitle()).isEqualTo("站点 - 新闻标题");
        assertThat(text.heading()).isEqualTo("新闻标题");
        assertThat(text.blocks()).containsExactly("新闻标题", "第二个标题", "正文。");
    }

    @Test
    void missingTitleAndHeadingAreNull() {
        HtmlText text = HtmlText.of("<p>只有正文。</p>");

        assertThat(text.pageTitle()).isNull();
        assertThat(text.heading()).isNull();
    }

    @Test
    void fragmentWithoutHtmlElementIsParsed() {
        HtmlText text = HtmlText.of("<p>片段第一段。</p>\n<p>片段 第二段。</p>");

        assertThat(text.blocks()).containsExactly("片段第一段。", "片段第二段。");
    }

    @Test
    void textBetweenBlocksIsItsOwnParagraph() {
        HtmlText text = HtmlText.of("<div>开头文字<p>段落文字</p>结尾文字</div>");

        assertThat(text.blocks()).containsExactly("开头文字", "段落文字", "结尾文字");
    }

    @Test
    void recognisesHtml() {
        assertThat(HtmlText.looksLikeHtml("<p>正文</p>")).isTrue();
        assertThat(HtmlText.looksLikeHtml("<!DOCTYPE html><html></html>")).isTrue();
        assertThat(HtmlText.looksLikeHtml("<DIV CLASS=x>正文</DIV>")).isTrue();
        assertThat(HtmlText.looksLikeHtml("纯文本，没有标签。\n第二行。")).isFalse();
        assertThat(HtmlText.looksLikeHtml("比较 3<5 与 7>2 的情况")).isFalse();
    }

    @Test
    void deeplyNestedHtmlReturnsInBoundedTimeWithoutStackOverflow() {
        int depth = 100_000;
        String html = "<div>".repeat(depth) + "深处的文字" + "</div>".repeat(depth);

        HtmlText text = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> HtmlText.of(html));

        assertThat(text.blocks()).contains("深处的文字");
    }

    @Test
    void deeplyNestedInlineElementsReturnInBoundedTime() {
        int depth = 100_000;
        String html = "<p>" + "<span>".repeat(depth) + "内联文字" + "</span>".repeat(depth) + "</p>";

        HtmlText text = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> HtmlText.of(html));

        assertThat(text.blocks()).contains("内联文字");
    }
}

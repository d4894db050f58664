package dev.ipwire.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ipwire.ingest.intake.Submission;
import dev.ipwire.ingest.parsing.NewsDocumentParser;
import dev.ipwire.ingest.parsing.ParsedDocument;
import dev.ipwire.ingest.parsing.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** How RSS 2.0 and Atom entries become submissions, checked through the real document parser. */
class FeedDocumentTest {

    private static final URI RSS_URL = URI.create("http://127.0.0.1:8080/feeds/rss.xml");
    private static final URI ATOM_URL = URI.create("http://127.0.0.1:8080/tm/atom.xml");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static byte[] fixture(String name) {
        try (InputStream in = FeedDocumentTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ParsedDocument parsed(FeedDocument.Item item) {
        return new NewsDocumentParser().parse(new RawDocument(item.html(), "html", null));
    }

    @Test
    void rssItemsAreKeyedByGuidElseLinkAndCarryContentEncoded() throws Exception {
        FeedDocument feed =
                FeedDocument.read(
                        fixture("rss-sample.xml"), "application/rss+xml", RSS_URL, SHANGHAI);

        assertThat(feed.title()).isEqualTo("示例知识产权周报");
        assertThat(feed.items()).hasSize(3);

        FeedDocument.Item loan = feed.items().get(0);
        assertThat(loan.key()).isEqualTo("ipw-2024-0815-01");
        assertThat(loan.link()).isEqualTo("http://127.0.0.1/ipw/2024/0815/loan.html");
        assertThat(loan.publishedAt()).isEqualTo("2024-08-15T09:30:00+08:00");
        assertThat(loan.html()).contains("<h1>某省出台专利质押融资贴息办法</h1>");
        ParsedDocument loanArticle = parsed(loan);
        assertThat(loanArticle.title()).isEqualTo("某省出台专利质押融资贴息办法");
        // content:encoded wins over the description
        assertThat(loanArticle.paragraphs())
                .containsExactly(
                        "日前，某省知识产权局会同财政部门印发专利质押融资贴息办法。",
                        "办法规定，科技型中小企业以专利权质押取得的贷款，可按实际支付利息的一半申请贴息。");

        FeedDocument.Item gi = feed.items().get(1);
        assertThat(gi.key()).isEqualTo("http://127.0.0.1/ipw/2024/0814/gi.html");
        assertThat(gi.publishedAt()).isEqualTo("2024-08-14T16:05:00+08:00");
        assertThat(parsed(gi).paragraphs())
                .containsExactly("推进会要求加强地理标志专用标志使用监管。", "会议通报了上半年地理标志保护工作进展。");

        FeedDocument.Item tm = feed.items().get(2);
        assertThat(tm.key()).isEqualTo("http://127.0.0.1/ipw/2024/0813/tm.html");
        assertThat(tm.link()).isEqualTo("http://127.0.0.1:8080/ipw/2024/0813/tm.html");
        assertThat(tm.publishedAt()).isNull();
        assertThat(tm.html()).contains("<h1>商标侵权案件办理指引发布 &amp; 征求意见</h1>");
        assertThat(parsed(tm).title()).isEqualTo("商标侵权案件办理指引发布 & 征求意见");
    }

    @Test
    void atomEntriesAreKeyedByIdAndPreferContentOverSummary() throws Exception {
        FeedDocument feed =
                FeedDocument.read(
                        fixture("atom-sample.xml"), "application/atom+xml", ATOM_URL, SHANGHAI);

        assertThat(feed.title()).isEqualTo("示例商标观察");
        assertThat(feed.items()).hasSize(2);

        FeedDocument.Item famous = feed.items().get(0);
        assertThat(famous.key()).isEqualTo("tag:127.0.0.1,2024:tm-watch/entry-7");
        assertThat(famous.link()).isEqualTo("http://127.0.0.1/tm/2024/entry-7.html");
        assertThat(famous.publishedAt()).isEqualTo("2024-08-16T07:45:00+08:00");
        ParsedDocument famousArticle = parsed(famous);
        assertThat(famousArticle.title()).isEqualTo("驰名商标认定工作有序推进");
        assertThat(famousArticle.paragraphs())
                .containsExactly("今年以来，驰名商标认定工作坚持个案认定、被动保护原则。", "相关部门将持续加强商标品牌培育。");

        FeedDocument.Item agents = feed.items().get(1);
        assertThat(agents.key()).isEqualTo("tag:127.0.0.1,2024:tm-watch/entry-8");
        // no published date: the updated one, written in the configured zone
        assertThat(agents.publishedAt()).isEqualTo("2024-08-15T18:00:00+08:00");
        assertThat(parsed(agents).paragraphs()).containsExactly("专项整治聚焦恶意商标注册申请代理行为。", "整治将持续到年底。");
    }

    @Test
    void anItemBecomesASubmissionFromItsFeed() throws Exception {
        FeedDocument.Item loan =
                FeedDocument.read(fixture("rss-sample.xml"), null, RSS_URL, SHANGHAI)
                        .items()
                        .getFirst();

        Submission submission = loan.submission("示例报社", RSS_URL);

        assertThat(submission.content()).isEqualTo(loan.html());
        assertThat(submission.format()).isEqualTo("html");
        assertThat(submission.source()).isEqualTo("示例报社");
        assertThat(submission.url()).isEqualTo("http://127.0.0.1/ipw/2024/0815/loan.html");
        assertThat(submission.externalId()).isEqualTo("ipw-2024-0815-01");
        assertThat(submission.publishedAt()).isEqualTo("2024-08-15T09:30:00+08:00");
        assertThat(submission.feed()).isEqualTo(RSS_URL.toString());
        assertThat(submission.fileName()).isNull();
    }

    @Test
    void aGbkFeedIsDecodedFromItsXmlProlog() throws Exception {
        String xml =
                new String(fixture("rss-sample.xml"), StandardCharsets.UTF_8)
                        .replace("encoding=\"UTF-8\"", "encoding=\"GBK\"");
        byte[] gbk = xml.getBytes(Charset.forName("GBK"));

        FeedDocument feed = FeedDocument.read(gbk, "text/xml", RSS_URL, SHANGHAI);

        assertThat(feed.title()).isEqualTo("示例知识产权周报");
        assertThat(feed.items().getFirst().title()).isEqualTo("某省出台专利质押融资贴息办法");
    }

    @Test
    void anItemWithNeitherGuidNorLinkIsKeyedByItsText() throws Exception {
        String xml =
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>无链接样例</title>
                <item><title>专利开放许可试点扩围</title><description>试点范围扩大到更多高校。</description></item>
                </channel></rss>
                """;

        FeedDocument.Item item =
                FeedDocument.read(xml.getBytes(StandardCharsets.UTF_8), null, RSS_URL, SHANGHAI)
                        .items()
                        .getFirst();

        assertThat(item.key()).matches("sha256:[0-9a-f]{64}");
        assertThat(item.link()).isNull();
        assertThat(
                        FeedDocument.read(
                                        xml.getBytes(StandardCharsets.UTF_8),
                                        null,
                                        RSS_URL,
                                        SHANGHAI)
                                .items()
                                .getFirst()
                                .key())
                .isEqualTo(item.key());
    }

    @Test
    void somethingElseThanAFeedIsRefusedWithAReason() {
        byte[] html = "<html><body><p>这不是订阅源</p></body></html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> FeedDocument.read(html, "text/html", RSS_URL, SHANGHAI))
                .isInstanceOf(FeedFetcher.FetchException.class)
                .hasMessageStartingWith("not an RSS or Atom feed");
    }

    @Test
    void aDoctypeIsRefusedSoNoExternalEntityIsEverResolved() {
        String xml =
                """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <rss version="2.0"><channel><title>&secret;</title></channel></rss>
                """;

        assertThatThrownBy(
                        () ->
                                FeedDocument.read(
                                        xml.getBytes(StandardCharsets.UTF_8),
                                        null,
                                        RSS_URL,
                                        SHANGHAI))
                .isInstanceOf(FeedFetcher.FetchException.class);
    }
}

package dev.ipwire.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dev.ipwire.ingest.intake.AcceptedArticle;
import dev.ipwire.ingest.intake.ArticleIntake;
import dev.ipwire.ingest.intake.IntakeResult;
import dev.ipwire.ingest.intake.InvalidSubmissionException;
import dev.ipwire.ingest.intake.Submission;
import dev.ipwire.ingest.publishing.BrokerUnavailableException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.util.unit.DataSize;

/** One feed polled again and again from a server on 127.0.0.1; the intake is a mock. */
class FeedPollerTest {

    private static final Instant NOW = Instant.parse("2024-08-16T02:00:00Z");

    private final ArticleIntake intake = mock(ArticleIntake.class);
    private FeedServer server;

    @BeforeEach
    void start() {
        server = FeedServer.start();
        given(intake.accept(any()))
                .willReturn(
                        new IntakeResult(null, List.of(new AcceptedArticle("a1", 1, "标题", null))));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static FeedProperties properties(int maxItems, DataSize maxSize) {
        return new FeedProperties(
                true,
                List.of(),
                Duration.ofMinutes(5),
                Duration.ofSeconds(1),
                Duration.ofSeconds(5),
                maxSize,
                maxItems,
                1000,
                ZoneId.of("Asia/Shanghai"));
    }

    private FeedPoller poller(int maxItems, DataSize maxSize) {
        FeedProperties properties = properties(maxItems, maxSize);
        return new FeedPoller(
                intake,
                new FeedFetcher(
                        properties.requestTimeout(), properties.maxResponseSize().toBytes()),
                properties,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private FeedPoller poller() {
        return poller(100, DataSize.ofMegabytes(5));
    }

    private FeedState feed(String name) {
        URI url = server.url("/feeds/ip.xml");
        return new FeedState(
                new FeedRegistration(
                        FeedUrls.id(url),
                        url,
                        name,
                        Duration.ofMinutes(5),
                        FeedRegistration.Origin.REGISTERED,
                        NOW),
                1000);
    }

    /** An RSS 2.0 document with one item per guid (the guid doubles as the item's number). */
    static byte[] rss(String... guids) {
        StringBuilder xml =
                new StringBuilder(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                                + "<title>示例知识产权快讯</title><link>http://127.0.0.1/</link>"
                                + "<description>测试</description>\n");
        for (String guid : guids) {
            xml.append("<item><title>专利快讯第")
                    .append(guid)
                    .append("期</title><link>http://127.0.0.1/news/")
                    .append(guid)
                    .append(".html</link><guid isPermaLink=\"false\">")
                    .append(guid)
                    .append("</guid><pubDate>Fri, 16 Aug 2024 08:00:00 +0800</pubDate>")
                    .append("<description>&lt;p&gt;第")
                    .append(guid)
                    .append("期快讯介绍专利审查工作的最新进展。&lt;/p&gt;</description></item>\n");
        }
        return xml.append("</channel></rss>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private List<Submission> submitted(int times) {
        ArgumentCaptor<Submission> captor = ArgumentCaptor.forClass(Submission.class);
        verify(intake, times(times)).accept(captor.capture());
        return captor.getAllValues();
    }

    @Test
    void everyItemIsSubmittedWithItsFeedMetadata() {
        server.serve(rss("101", "102"), "\"v1\"", null);
        FeedState state = feed(null);

        FeedPoller.Poll poll = poller().poll(state);

        assertThat(poll.outcome()).isEqualTo(FeedStatus.Outcome.OK);
        assertThat(poll.accepted()).isEqualTo(2);
        List<Submission> submissions = submitted(2);
        Submission first = submissions.getFirst();
        assertThat(first.externalId()).isEqualTo("101");
        assertThat(first.url()).isEqualTo("http://127.0.0.1/news/101.html");
        assertThat(first.feed()).isEqualTo(server.url("/feeds/ip.xml").toString());
        assertThat(first.source()).as("no name given: the feed's title").isEqualTo("示例知识产权快讯");
        assertThat(first.publishedAt()).isEqualTo("2024-08-16T08:00:00+08:00");
        assertThat(first.content()).contains("<h1>专利快讯第101期</h1>");
        assertThat(submissions.get(1).externalId()).isEqualTo("102");

        FeedStatus status = state.status();
        assertThat(status.outcome()).isEqualTo(FeedStatus.Outcome.OK);
        assertThat(status.lastPolledAt()).isEqualTo(NOW);
        assertThat(status.itemsAccepted()).isEqualTo(2);
        assertThat(status.feedTitle()).isEqualTo("示例知识产权快讯");
        assertThat(status.lastError()).isNull();
    }

    @Test
    void theRegisteredNameIsTheSource() {
        server.serve(rss("201"), null, null);

        poller().poll(feed("示例报社"));

        assertThat(submitted(1).getFirst().source()).isEqualTo("示例报社");
    }

    @Test
    void theSecondPollIsConditionalAndA304SubmitsNothing() {
        server.serve(rss("301", "302"), "\"rev-1\"", "Fri, 16 Aug 2024 00:00:00 GMT");
        FeedState state = feed(null);
        FeedPoller poller = poller();

        poller.poll(state);
        FeedPoller.Poll second = poller.poll(state);

        List<FeedServer.Request> requests = server.requests();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).ifNoneMatch()).isNull();
        assertThat(requests.get(0).ifModifiedSince()).isNull();
        assertThat(requests.get(1).ifNoneMatch()).isEqualTo("\"rev-1\"");
        assertThat(requests.get(1).ifModifiedSince()).isEqualTo("Fri, 16 Aug 2024 00:00:00 GMT");
        assertThat(requests.get(1).status()).isEqualTo(304);
        assertThat(second.outcome()).isEqualTo(FeedStatus.Outcome.NOT_MODIFIED);
        assertThat(state.status().outcome()).isEqualTo(FeedStatus.Outcome.NOT_MODIFIED);
        assertThat(state.status().itemsAccepted()).isEqualTo(2);
        submitted(2);
    }

    @Test
    void itemsSeenBeforeAreNotSentAgainEvenWhenTheServerIgnoresValidators() {
        FeedState state = feed(null);
        FeedPoller poller = poller();
        server.serve(rss("401", "402"), null, null);
        poller.poll(state);

        server.serve(rss("403", "401", "402"), null, null);
        FeedPoller.Poll second = poller.poll(state);

        assertThat(second.accepted()).isEqualTo(1);
        assertThat(submitted(3))
                .extracting(Submission::externalId)
                .containsExactly("401", "402", "403");
    }

    @Test
    void itemsWithoutGuidAreDeduplicatedByLink() {
        String xml =
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>无GUID快讯</title>
                <item><title>版权登记数量持续增长</title><link>http://127.0.0.1/c/1.html</link>
                <description>作品登记量同比增长。</description></item>
                </channel></rss>
                """;
        server.serve(xml.getBytes(StandardCharsets.UTF_8), null, null);
        FeedState state = feed(null);
        FeedPoller poller = poller();

        poller.poll(state);
        poller.poll(state);

        assertThat(submitted(1).getFirst().externalId()).isEqualTo("http://127.0.0.1/c/1.html");
    }

    @Test
    void aRefusedItemDoesNotStopTheOthersAndIsNotRetried() {
        given(intake.accept(argThat(s -> s != null && "502".equals(s.externalId()))))
                .willThrow(new InvalidSubmissionException("the document contains no text"));
        server.serve(rss("501", "502", "503"), "\"x\"", null);
        FeedState state = feed(null);
        FeedPoller poller = poller();

        FeedPoller.Poll first = poller.poll(state);

        assertThat(first.outcome()).isEqualTo(FeedStatus.Outcome.OK);
        assertThat(first.accepted()).isEqualTo(2);
        assertThat(first.failed()).isEqualTo(1);
        assertThat(state.status().lastError()).contains("502").contains("contains no text");
        assertThat(state.status().itemsFailed()).isEqualTo(1);

        server.serve(rss("501", "502", "503"), "\"y\"", null);
        poller.poll(state);
        submitted(3);
    }

    @Test
    void aFailingFeedIsReportedAndTriedAgainNextTime() {
        FeedState state = feed(null);
        FeedPoller poller = poller();
        server.serve(rss("601"), null, null).status(503);

        FeedPoller.Poll failed = poller.poll(state);

        assertThat(failed.outcome()).isEqualTo(FeedStatus.Outcome.FAILED);
        assertThat(state.status().outcome()).isEqualTo(FeedStatus.Outcome.FAILED);
        assertThat(state.status().lastError()).contains("HTTP 503");
        verify(intake, never()).accept(any());

        server.status(200);
        FeedPoller.Poll recovered = poller.poll(state);

        assertThat(recovered.outcome()).isEqualTo(FeedStatus.Outcome.OK);
        assertThat(state.status().lastError()).isNull();
        submitted(1);
    }

    @Test
    void aDocumentThatIsNoFeedFailsThePoll() {
        server.serve("<html><body>维护中</body></html>".getBytes(StandardCharsets.UTF_8), null, null)
                .contentType("text/html; charset=utf-8");
        FeedState state = feed(null);

        FeedPoller.Poll poll = poller().poll(state);

        assertThat(poll.outcome()).isEqualTo(FeedStatus.Outcome.FAILED);
        assertThat(state.status().lastError()).startsWith("not an RSS or Atom feed");
    }

    @Test
    void aFeedOverTheSizeLimitFailsThePoll() {
        server.serve(rss("701", "702", "703", "704", "705", "706", "707", "708"), null, null);
        FeedState state = feed(null);

        FeedPoller.Poll poll = poller(100, DataSize.ofKilobytes(1)).poll(state);

        assertThat(poll.outcome()).isEqualTo(FeedStatus.Outcome.FAILED);
        assertThat(state.status().lastError()).contains("larger than 1 KB");
        verify(intake, never()).accept(any());
    }

    @Test
    void aChunkedFeedOverTheSizeLimitIsCutOff() {
        server.serve(rss("731", "732", "733", "734", "735", "736", "737", "738"), null, null)
                .chunked(true);
        FeedState state = feed(null);

        FeedPoller.Poll poll = poller(100, DataSize.ofKilobytes(1)).poll(state);

        assertThat(poll.outcome()).isEqualTo(FeedStatus.Outcome.FAILED);
        assertThat(state.status().lastError()).contains("larger than 1 KB");
    }

    @Test
    void aChunkedFeedWithinTheLimitIsRead() {
        server.serve(rss("741", "742"), null, null).chunked(true);

        assertThat(poller().poll(feed(null)).accepted()).isEqualTo(2);
    }

    @Test
    void theSizeLimitAppliesToTheDecompressedFeed() {
        server.serve(rss("711", "712", "713", "714", "715", "716", "717", "718"), null, null)
                .gzip(true);
        FeedState state = feed(null);

        FeedPoller.Poll poll = poller(100, DataSize.ofKilobytes(1)).poll(state);

        assertThat(poll.outcome()).isEqualTo(FeedStatus.Outcome.FAILED);
        assertThat(state.status().lastError()).contains("larger than 1 KB");
    }

    @Test
    void aGzipCompressedFeedIsRead() {
        server.serve(rss("721", "722"), null, null).gzip(true);

        FeedPoller.Poll poll = poller().poll(feed(null));

        assertThat(poll.accepted()).isEqualTo(2);
    }

    @Test
    void anUnreachableFeedFailsThePoll() {
        URI url = server.url("/feeds/gone.xml");
        server.close();
        FeedState state =
                new FeedState(
                        new FeedRegistration(
                                "gone",
                                url,
                                null,
                                Duration.ofMinutes(5),
                                FeedRegistration.Origin.REGISTERED,
                                NOW),
                        10);

        FeedPoller.Poll poll = poller().poll(state);

        assertThat(poll.outcome()).isEqualTo(FeedStatus.Outcome.FAILED);
        assertThat(state.status().lastError()).isNotBlank();
    }

    @Test
    void whenTheEventLogIsDownTheRestWaitsAndTheWholeFeedIsFetchedAgain() {
        given(intake.accept(argThat(s -> s != null && "802".equals(s.externalId()))))
                .willThrow(new BrokerUnavailableException("no broker", null))
                .willReturn(
                        new IntakeResult(null, List.of(new AcceptedArticle("a2", 1, "标题", null))));
        server.serve(rss("801", "802", "803"), "\"z\"", null);
        FeedState state = feed(null);
        FeedPoller poller = poller();

        FeedPoller.Poll first = poller.poll(state);

        assertThat(first.outcome()).isEqualTo(FeedStatus.Outcome.FAILED);
        assertThat(first.accepted()).isEqualTo(1);
        assertThat(first.deferred()).isEqualTo(2);
        assertThat(state.status().lastError()).contains("event log is unavailable");

        FeedPoller.Poll second = poller.poll(state);

        assertThat(server.requests().get(1).ifNoneMatch())
                .as("validators of an incomplete poll are not kept")
                .isNull();
        assertThat(second.outcome()).isEqualTo(FeedStatus.Outcome.OK);
        assertThat(second.accepted()).isEqualTo(2);
        assertThat(submitted(4))
                .extracting(Submission::externalId)
                .containsExactly("801", "802", "802", "803");
        assertThat(state.status().itemsAccepted()).isEqualTo(3);
    }

    @Test
    void atMostMaxItemsArePostedPerPollTheRestNextTime() {
        server.serve(rss("901", "902", "903"), "\"m\"", null);
        FeedState state = feed(null);
        FeedPoller poller = poller(2, DataSize.ofMegabytes(5));

        FeedPoller.Poll first = poller.poll(state);
        FeedPoller.Poll second = poller.poll(state);
        FeedPoller.Poll third = poller.poll(state);

        assertThat(first.accepted()).isEqualTo(2);
        assertThat(first.deferred()).isEqualTo(1);
        assertThat(second.accepted()).isEqualTo(1);
        assertThat(third.outcome()).isEqualTo(FeedStatus.Outcome.NOT_MODIFIED);
        assertThat(submitted(3))
                .extracting(Submission::externalId)
                .containsExactly("901", "902", "903");
    }

    @Test
    void theSeenKeysAreBoundedForgettingThoseLongGoneFromTheFeed() {
        FeedState state =
                new FeedState(
                        new FeedRegistration(
                                "b",
                                URI.create("http://127.0.0.1/b.xml"),
                                null,
                                Duration.ofMinutes(1),
                                FeedRegistration.Origin.REGISTERED,
                                NOW),
                        3);
        state.markSeen("a");
        state.markSeen("b");
        state.markSeen("c");
        assertThat(state.seen("a")).isTrue(); // still in the feed: refreshed
        state.markSeen("d");

        assertThat(state.seenCount()).isEqualTo(3);
        assertThat(state.seen("b")).isFalse();
        assertThat(state.seen("a")).isTrue();
        assertThat(state.seen("d")).isTrue();
    }
}

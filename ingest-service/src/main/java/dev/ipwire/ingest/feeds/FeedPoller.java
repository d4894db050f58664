package dev.ipwire.ingest.feeds;

import dev.ipwire.ingest.intake.ArticleIntake;
import dev.ipwire.ingest.intake.IntakeResult;
import dev.ipwire.ingest.publishing.BrokerUnavailableException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one feed: conditional GET, then every item not handled before is submitted to {@link
 * ArticleIntake} as an article of its own.
 *
 * <ul>
 *   <li>304: nothing to do.
 *   <li>An item that is refused (not an article, too large…) is logged, counted and remembered as
 *       handled, so it is not sent again; the other items go on.
 *   <li>When the event log is down, the remaining items are left for the next poll.
 *   <li>The validators (ETag, Last-Modified) are kept only when every new item was handled, so a
 *       poll that left items behind fetches the whole feed again next time instead of getting 304.
 *   <li>A feed that cannot be fetched or read fails this poll only; it is tried again at its next
 *       interval and the error shows in the feed list.
 * </ul>
 *
 * <p>Only the feed document is fetched, never the pages its items link to.
 */
class FeedPoller {

    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

    private final ArticleIntake intake;
    private final FeedFetcher fetcher;
    private final FeedProperties properties;
    private final Clock clock;

    FeedPoller(ArticleIntake intake, FeedFetcher fetcher, FeedProperties properties, Clock clock) {
        this.intake = intake;
        this.fetcher = fetcher;
        this.properties = properties;
        this.clock = clock;
    }

    /** What one poll did. */
    record Poll(FeedStatus.Outcome outcome, int accepted, int failed, int deferred, String error) {}

    /** Polls the feed of {@code state} once; never throws. */
    Poll poll(FeedState state) {
        synchronized (state) {
            try {
                return pollLocked(state);
            } catch (RuntimeException e) {
                log.error("feed {}: poll failed unexpectedly", state.registration().url(), e);
                return failed(state, "unexpected error: " + e);
            }
        }
    }

    private Poll pollLocked(FeedState state) {
        FeedRegistration feed = state.registration();
        URI url = feed.url();
        FeedFetcher.Result result;
        FeedDocument document;
        try {
            result = fetcher.fetch(url, state.etag(), state.lastModified());
            if (result instanceof FeedFetcher.NotModified) {
                log.debug("feed {}: not modified", url);
                FeedStatus before = state.status();
                state.status(
                        new FeedStatus(
                                Instant.now(clock),
                                FeedStatus.Outcome.NOT_MODIFIED,
                                null,
                                before.feedTitle(),
                                before.itemsAccepted(),
                                before.itemsFailed()));
                return new Poll(FeedStatus.Outcome.NOT_MODIFIED, 0, 0, 0, null);
            }
            FeedFetcher.Fetched fetched = (FeedFetcher.Fetched) result;
            document =
                    FeedDocument.read(
                            fetched.body(), fetched.contentType(), url, properties.timeZone());
            return submit(state, document, fetched);
        } catch (FeedFetcher.FetchException e) {
            log.warn("feed {}: {}", url, e.getMessage());
            return failed(state, e.getMessage());
        }
    }

    private Poll submit(FeedState state, FeedDocument document, FeedFetcher.Fetched fetched) {
        FeedRegistration feed = state.registration();
        String source = source(feed, document);
        int accepted = 0;
        int failed = 0;
        int deferred = 0;
        String itemError = null;
        String brokerError = null;
        for (FeedDocument.Item item : document.items()) {
            if (state.seen(item.key())) {
                continue;
            }
            if (brokerError != null || accepted + failed >= properties.maxItemsPerPoll()) {
                deferred++;
                continue;
            }
            try {
                IntakeResult result = intake.accept(item.submission(source, feed.url()));
                state.markSeen(item.key());
                accepted++;
                log.debug(
                        "feed {}: item {} accepted as {}",
                        feed.url(),
                        item.key(),
                        result.articles().getFirst().id());
            } catch (BrokerUnavailableException e) {
                brokerError = e.getMessage();
                deferred++;
            } catch (RuntimeException e) {
                // Refused for good (not an article, too large, …): do not send it again.
                state.markSeen(item.key());
                failed++;
                if (itemError == null) {
                    itemError = "item " + item.key() + " refused: " + e.getMessage();
                }
                log.warn("feed {}: item {} refused: {}", feed.url(), item.key(), e.toString());
            }
        }
        if (deferred == 0) {
            state.validators(fetched.etag(), fetched.lastModified());
        }
        FeedStatus before = state.status();
        FeedStatus.Outcome outcome =
                brokerError != null ? FeedStatus.Outcome.FAILED : FeedStatus.Outcome.OK;
        String error;
        if (brokerError != null) {
            error =
                    "the event log is unavailable ("
                            + brokerError
                            + "); "
                            + deferred
                            + " items will be tried again at the next poll";
        } else {
            error = failed > 1 ? failed + " items refused; first: " + itemError : itemError;
        }
        state.status(
                new FeedStatus(
                        Instant.now(clock),
                        outcome,
                        error,
                        document.title(),
                        before.itemsAccepted() + accepted,
                        before.itemsFailed() + failed));
        log.info(
                "feed {}: {} items, {} new accepted, {} refused, {} left for the next poll",
                feed.url(),
                document.items().size(),
                accepted,
                failed,
                deferred);
        return new Poll(outcome, accepted, failed, deferred, error);
    }

    /** The configured/registered name, else the feed's title, else the host of its address. */
    private static String source(FeedRegistration feed, FeedDocument document) {
        if (feed.name() != null) {
            return feed.name();
        }
        return document.title() != null ? document.title() : feed.url().getHost();
    }

    private Poll failed(FeedState state, String error) {
        FeedStatus before = state.status();
        state.status(
                new FeedStatus(
                        Instant.now(clock),
                        FeedStatus.Outcome.FAILED,
                        error,
                        before.feedTitle(),
                        before.itemsAccepted(),
                        before.itemsFailed()));
        return new Poll(FeedStatus.Outcome.FAILED, 0, 0, 0, error);
    }
}

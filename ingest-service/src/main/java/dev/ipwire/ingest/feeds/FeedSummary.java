package dev.ipwire.ingest.feeds;

import java.time.Instant;
import java.util.Locale;

/**
 * A feed as {@code GET /api/v1/feeds} shows it.
 *
 * @param id stable id (derived from the address)
 * @param url the feed's address
 * @param name the outlet given at registration or in the configuration, or null
 * @param interval time between two polls, ISO-8601 (e.g. {@code PT5M})
 * @param origin {@code configured} or {@code registered}
 * @param registeredAt when it was registered through the API (ISO-8601), null for configured feeds
 * @param title the title the feed gives itself, once fetched
 * @param lastPolledAt when the last poll ended (ISO-8601), null before the first
 * @param lastStatus {@code pending}, {@code ok}, {@code not-modified} or {@code failed}; {@code
 *     disabled} when this instance does not poll
 * @param lastError why the last poll failed or which items it refused, else null
 * @param itemsAccepted items accepted since this instance started
 * @param itemsFailed items refused since this instance started
 */
public record FeedSummary(
        String id,
        String url,
        String name,
        String interval,
        String origin,
        String registeredAt,
        String title,
        String lastPolledAt,
        String lastStatus,
        String lastError,
        long itemsAccepted,
        long itemsFailed) {

    static FeedSummary of(FeedState state, boolean polling) {
        FeedRegistration feed = state.registration();
        FeedStatus status = state.status();
        String lastStatus =
                !polling && status.outcome() == FeedStatus.Outcome.PENDING
                        ? "disabled"
                        : status.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return new FeedSummary(
                feed.id(),
                feed.url().toString(),
                feed.name(),
                feed.interval().toString(),
                feed.origin().name().toLowerCase(Locale.ROOT),
                text(feed.registeredAt()),
                status.feedTitle(),
                text(status.lastPolledAt()),
                lastStatus,
                status.lastError(),
                status.itemsAccepted(),
                status.itemsFailed());
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}

package dev.ipwire.ingest.feeds;

import java.time.Instant;

/**
 * What happened at a feed's last poll, and its totals since the process started.
 *
 * @param lastPolledAt when the last poll ended, or null before the first
 * @param outcome the last poll's outcome
 * @param lastError why the last poll failed, or what went wrong with some of its items; null when
 *     all went well
 * @param feedTitle the title the feed gives itself, once fetched
 * @param itemsAccepted items accepted since start-up
 * @param itemsFailed items refused since start-up (each counted once; a refused item is not sent
 *     again)
 */
public record FeedStatus(
        Instant lastPolledAt,
        Outcome outcome,
        String lastError,
        String feedTitle,
        long itemsAccepted,
        long itemsFailed) {

    /** The outcome of a poll. */
    public enum Outcome {
        /** Not polled yet. */
        PENDING,
        /** Fetched and every new item handled (some may have been refused, see lastError). */
        OK,
        /** The server answered 304 Not Modified. */
        NOT_MODIFIED,
        /** The feed could not be fetched or read, or the event log was down; retried next time. */
        FAILED
    }

    static FeedStatus pending() {
        return new FeedStatus(null, Outcome.PENDING, null, null, 0, 0);
    }
}

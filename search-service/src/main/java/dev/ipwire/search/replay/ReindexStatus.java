package dev.ipwire.search.replay;

import java.time.Instant;
import java.util.List;

/**
 * A rebuild's progress, as {@code GET /api/v1/admin/reindex/{job}} answers it.
 *
 * @param job the job id
 * @param state RUNNING, SUCCEEDED or FAILED (the alias then stays where it was, unless {@code
 *     swapped})
 * @param phase PREPARING, COPYING, CATCHING_UP, VERIFYING, SWAPPING, FINAL_CATCH_UP, CLEANING_UP,
 *     DONE
 * @param from the index the alias named at the start
 * @param to the index being built
 * @param swapped whether the alias names {@code to} now
 * @param previous keep or delete: what happens to {@code from}
 * @param read records read from articles.enriched
 * @param indexed documents written (new, or newer than what the new index held)
 * @param unchanged records the new index already held in this or a newer version
 * @param skipped records that are not articles (tombstones, unreadable, other schema versions)
 * @param failed articles Elasticsearch refused for good (as it refused them to the live consumer,
 *     which dead-lettered them; listed in {@code problems})
 * @param dropped articles of {@code from} not on the topic, left out because {@code force} was
 *     given
 * @param countBefore documents in {@code from} at the start
 * @param countAfter documents in {@code to} at the end
 * @param deleted indexes deleted after the swap
 * @param problems what went wrong, if anything
 */
public record ReindexStatus(
        String job,
        String state,
        String phase,
        String from,
        String to,
        boolean swapped,
        String previous,
        long read,
        long indexed,
        long unchanged,
        long skipped,
        long failed,
        long dropped,
        Long countBefore,
        Long countAfter,
        List<String> deleted,
        List<String> problems,
        Instant startedAt,
        Instant finishedAt) {}

package dev.ipwire.search.replay;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A re-enrichment's progress, as {@code GET /api/v1/admin/reenrich/{job}} answers it.
 *
 * @param job the job id
 * @param state RUNNING, SUCCEEDED, INCOMPLETE (some republished articles are not back yet) or
 *     FAILED
 * @param phase FINDING_STALE, READING_RAW, REPUBLISHING, WAITING_FOR_PIPELINE, DONE
 * @param nlpVersion the current version: articles enriched by any other are stale
 * @param dryRun only counted, nothing republished
 * @param stale indexed articles enriched by another version (or none)
 * @param staleByVersion the stale ones per the version that enriched them
 * @param fromRaw republished from articles.raw (their latest revision)
 * @param fromIndex republished from the article stored in the index (not on articles.raw)
 * @param notFound stale articles that could not be republished (see problems)
 * @param republished records written to articles.raw and acknowledged
 * @param reenriched of those, how many the index now holds enriched by {@code nlpVersion}
 * @param remaining stale articles not re-enriched (yet)
 * @param problems what went wrong, if anything
 */
public record ReenrichStatus(
        String job,
        String state,
        String phase,
        String nlpVersion,
        boolean dryRun,
        long stale,
        Map<String, Long> staleByVersion,
        long fromRaw,
        long fromIndex,
        long notFound,
        long republished,
        long reenriched,
        long remaining,
        List<String> problems,
        Instant startedAt,
        Instant finishedAt) {}

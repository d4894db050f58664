package dev.ipwire.ingest.registry;

import java.time.Instant;

/**
 * Decides an article's state from what the registry knows about its latest revision: {@code failed}
 * when a stage dead-lettered that revision and has not processed it since (a replay from the
 * dead-letter topic heals it), else the furthest stage the revision reached: {@code indexed},
 * {@code enriched} or {@code received}.
 */
final class StatusRules {

    private StatusRules() {}

    /**
     * A dead-lettered record.
     *
     * @param revision the failed revision, or null when the record could not be read
     * @param at when it was dead-lettered, epoch ms
     */
    record Failure(Long revision, long at, String reason) {

        /** Whether this failure is about {@code revision} (received at {@code receivedAt}). */
        boolean concerns(long revision, long receivedAt) {
            // A failure of an unreadable record concerns what was latest when it was written.
            return this.revision != null ? this.revision >= revision : at >= receivedAt;
        }

        /** The later of two failures of one stage. */
        static Failure latest(Failure current, Failure next) {
            if (current == null) {
                return next;
            }
            long a = current.revision == null ? -1 : current.revision;
            long b = next.revision == null ? -1 : next.revision;
            return b > a || (b == a && next.at >= current.at) ? next : current;
        }
    }

    /**
     * Everything known about one article.
     *
     * @param revision latest revision received, 0 while only later stages were seen
     * @param receivedAt when that revision was received, epoch ms
     * @param lastIndexed the revision search-service reported last time it answered, or null
     */
    record Known(
            long revision,
            long receivedAt,
            String title,
            String nearDuplicateOf,
            Long enriched,
            Failure nlpFailure,
            Failure searchFailure,
            Long lastIndexed) {

        static Known unseen() {
            return new Known(0, 0, null, null, null, null, null, null);
        }

        boolean isReceived() {
            return revision > 0;
        }
    }

    static ArticleStatus status(String id, Known known, Long indexed) {
        long revision = known.revision();
        Long enriched = known.enriched();
        boolean enrichedLatest = enriched != null && enriched >= revision;
        boolean indexedLatest = indexed != null && indexed >= revision;
        Failure nlp = known.nlpFailure();
        Failure search = known.searchFailure();
        String state;
        Failure failure = null;
        PipelineStage stage = null;
        if (nlp != null
                && nlp.concerns(revision, known.receivedAt())
                && !enrichedLatest
                && !indexedLatest) {
            state = ArticleStatus.FAILED;
            failure = nlp;
            stage = PipelineStage.NLP;
        } else if (search != null
                && search.concerns(revision, known.receivedAt())
                && !indexedLatest) {
            state = ArticleStatus.FAILED;
            failure = search;
            stage = PipelineStage.SEARCH;
        } else if (indexedLatest) {
            state = ArticleStatus.INDEXED;
        } else if (enrichedLatest) {
            state = ArticleStatus.ENRICHED;
        } else {
            state = ArticleStatus.RECEIVED;
        }
        return new ArticleStatus(
                id,
                state,
                revision,
                enriched,
                indexed,
                failure == null ? null : failure.reason(),
                stage == null ? null : stage.label(),
                known.nearDuplicateOf(),
                known.title(),
                known.receivedAt() > 0 ? Instant.ofEpochMilli(known.receivedAt()) : null);
    }
}

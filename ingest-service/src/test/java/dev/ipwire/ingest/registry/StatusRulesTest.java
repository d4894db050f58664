package dev.ipwire.ingest.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.ingest.registry.StatusRules.Failure;
import dev.ipwire.ingest.registry.StatusRules.Known;
import org.junit.jupiter.api.Test;

/** The state machine: received → enriched → indexed, or failed at a stage. */
class StatusRulesTest {

    private static final long REVISION = 1_715_000_000_500L;
    private static final long RECEIVED_AT = REVISION;

    private static Known known(Long enriched, Failure nlp, Failure search) {
        return new Known(REVISION, RECEIVED_AT, "标题", null, enriched, nlp, search, null);
    }

    private static ArticleStatus status(Known known, Long indexed) {
        return StatusRules.status("id", known, indexed);
    }

    @Test
    void onlyReceived() {
        ArticleStatus status = status(known(null, null, null), null);

        assertThat(status.state()).isEqualTo("received");
        assertThat(status.revision()).isEqualTo(REVISION);
        assertThat(status.enrichedRevision()).isNull();
        assertThat(status.indexedRevision()).isNull();
        assertThat(status.reason()).isNull();
        assertThat(status.failedStage()).isNull();
        assertThat(status.title()).isEqualTo("标题");
        assertThat(status.receivedAt().toEpochMilli()).isEqualTo(RECEIVED_AT);
    }

    @Test
    void enrichedWhenTheLatestRevisionWasEnriched() {
        assertThat(status(known(REVISION, null, null), null).state()).isEqualTo("enriched");
    }

    @Test
    void anOlderEnrichmentDoesNotCountForTheLatestRevision() {
        ArticleStatus status = status(known(REVISION - 10, null, null), REVISION - 10);

        assertThat(status.state()).isEqualTo("received");
        assertThat(status.enrichedRevision()).isEqualTo(REVISION - 10);
        assertThat(status.indexedRevision()).isEqualTo(REVISION - 10);
    }

    @Test
    void indexedWhenSearchHasTheLatestRevisionOrANewerOne() {
        assertThat(status(known(REVISION, null, null), REVISION).state()).isEqualTo("indexed");
        // Search may be ahead of what this instance has read from articles.enriched.
        assertThat(status(known(null, null, null), REVISION + 1).state()).isEqualTo("indexed");
    }

    @Test
    void failedAtNlpWithTheReason() {
        Failure failure = new Failure(REVISION, RECEIVED_AT + 2_000, "no Chinese text");

        ArticleStatus status = status(known(null, failure, null), null);

        assertThat(status.state()).isEqualTo("failed");
        assertThat(status.failedStage()).isEqualTo("nlp");
        assertThat(status.reason()).isEqualTo("no Chinese text");
    }

    @Test
    void failedAtSearchAfterEnrichment() {
        Failure failure = new Failure(REVISION, RECEIVED_AT + 5_000, "mapping conflict");

        ArticleStatus status = status(known(REVISION, null, failure), null);

        assertThat(status.state()).isEqualTo("failed");
        assertThat(status.failedStage()).isEqualTo("search");
        assertThat(status.reason()).isEqualTo("mapping conflict");
        assertThat(status.enrichedRevision()).isEqualTo(REVISION);
    }

    @Test
    void aFailureOfAnOlderRevisionDoesNotFailTheLatest() {
        Failure old = new Failure(REVISION - 100, RECEIVED_AT - 50, "old problem");

        assertThat(status(known(null, old, null), null).state()).isEqualTo("received");
        assertThat(status(known(REVISION, null, old), null).state()).isEqualTo("enriched");
    }

    @Test
    void aStageThatLaterProcessedTheRevisionHealsTheFailure() {
        Failure nlp = new Failure(REVISION, RECEIVED_AT + 1_000, "timeout");
        Failure search = new Failure(REVISION, RECEIVED_AT + 2_000, "timeout");

        // Replayed from the dead-letter topic and processed this time.
        assertThat(status(known(REVISION, nlp, null), null).state()).isEqualTo("enriched");
        assertThat(status(known(REVISION, null, search), REVISION).state()).isEqualTo("indexed");
    }

    @Test
    void anUnreadableFailedRecordConcernsTheRevisionThatWasLatestWhenItWasWritten() {
        Failure after = new Failure(null, RECEIVED_AT + 1_000, "not JSON");
        Failure before = new Failure(null, RECEIVED_AT - 1_000, "not JSON");

        assertThat(status(known(null, after, null), null).state()).isEqualTo("failed");
        assertThat(status(known(null, before, null), null).state()).isEqualTo("received");
    }

    @Test
    void theLaterFailureOfAStageIsKept() {
        Failure first = new Failure(5L, 100, "first");
        Failure second = new Failure(6L, 50, "second");
        Failure unreadable = new Failure(null, 200, "unreadable");

        assertThat(Failure.latest(null, first)).isEqualTo(first);
        assertThat(Failure.latest(first, second)).isEqualTo(second);
        assertThat(Failure.latest(second, first)).isEqualTo(second);
        assertThat(Failure.latest(second, unreadable)).isEqualTo(second);
    }
}

package dev.ipwire.search.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.search.alerts.ArticleChecks.Check;
import dev.ipwire.search.alerts.NewContent.Before;
import dev.ipwire.search.alerts.NewContent.Step;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When an indexed article revision counts as new content for alerts. */
class NewContentTest {

    @Test
    void aRevisionTheIndexTakesAsNewIsMatched() {
        assertThat(NewContent.after(Before.MARKED_PENDING, true)).isEqualTo(Step.MATCH);
    }

    @Test
    void aRevisionTheIndexAlreadyHeldIsOldContentAndOnlyMarkedDone() {
        // a replay of the topic, or an older revision arriving late
        assertThat(NewContent.after(Before.MARKED_PENDING, false)).isEqualTo(Step.MARK_DONE);
    }

    @Test
    void aRevisionLeftPendingByAnAttemptThatStoppedHalfWayIsMatchedWhateverTheIndexSays() {
        Before before = NewContent.existing(Optional.of(new Check("a", 3, true)), 3);

        assertThat(before).isEqualTo(Before.UNFINISHED);
        assertThat(NewContent.after(before, false)).isEqualTo(Step.MATCH);
        assertThat(NewContent.after(before, true)).isEqualTo(Step.MATCH);
    }

    @Test
    void aRevisionAlreadyCheckedIsNotMatchedAgainEvenWhenARebuiltIndexTakesItAsNew() {
        Before before = NewContent.existing(Optional.of(new Check("a", 3, false)), 3);

        assertThat(before).isEqualTo(Before.ALREADY_CHECKED);
        assertThat(NewContent.after(before, true)).isEqualTo(Step.NOTHING);
        assertThat(NewContent.after(before, false)).isEqualTo(Step.NOTHING);
    }

    @Test
    void anOlderRevisionThanTheOneRecordedIsNeverMatched() {
        assertThat(NewContent.existing(Optional.of(new Check("a", 5, true)), 3))
                .as("revision 5 pending; revision 3 arrives late")
                .isEqualTo(Before.ALREADY_CHECKED);
        assertThat(NewContent.existing(Optional.of(new Check("a", 5, false)), 3))
                .isEqualTo(Before.ALREADY_CHECKED);
    }

    @Test
    void anEntryGoneMissingCountsAsChecked() {
        assertThat(NewContent.existing(Optional.empty(), 3)).isEqualTo(Before.ALREADY_CHECKED);
    }
}

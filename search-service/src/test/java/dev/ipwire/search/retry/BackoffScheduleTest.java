package dev.ipwire.search.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.util.backoff.BackOffExecution;

class BackoffScheduleTest {

    private static Duration s(long seconds) {
        return Duration.ofSeconds(seconds);
    }

    /** The shipped defaults without jitter: 10 attempts, 5 s × 3 up to 30 min. */
    private static BackoffSchedule defaultsWithoutJitter() {
        return new BackoffSchedule(10, s(5), Duration.ofMinutes(30), 3.0, 0);
    }

    @Test
    void waitsGrowByTheMultiplierUpToTheCapOneWaitBeforeEachAttemptButTheFirst() {
        List<Duration> waits = defaultsWithoutJitter().waitsAfter(0);

        assertThat(waits)
                .containsExactly(
                        s(5), s(15), s(45), s(135), s(405), s(1215), s(1800), s(1800), s(1800));
    }

    @Test
    void aRunResumedAfterSomeAttemptsContinuesTheScheduleWhereItStood() {
        BackoffSchedule schedule = defaultsWithoutJitter();

        assertThat(schedule.waitsAfter(3)).isEqualTo(schedule.waitsAfter(0).subList(3, 9));
        assertThat(schedule.waitsAfter(8)).containsExactly(s(1800));
    }

    @Test
    void noWaitIsLeftWhenAtMostOneAttemptIsLeft() {
        BackoffSchedule schedule = defaultsWithoutJitter();

        assertThat(schedule.waitsAfter(9)).as("the last attempt follows no wait").isEmpty();
        assertThat(schedule.waitsAfter(10)).isEmpty();
        assertThat(schedule.waitsAfter(25)).isEmpty();
        assertThat(new BackoffSchedule(1, s(5), s(60), 2.0, 0.5).waitsAfter(0)).isEmpty();
    }

    @Test
    void jitterSpreadsEachWaitAroundItsBaseWithinTheBounds() {
        BackoffSchedule schedule = new BackoffSchedule(6, s(10), s(100), 2.0, 0.5);
        long[] base = {10_000, 20_000, 40_000, 80_000, 100_000};
        Set<Long> seen = new HashSet<>();

        for (int run = 0; run < 200; run++) {
            List<Duration> waits = schedule.waitsAfter(0);
            assertThat(waits).hasSize(5);
            for (int i = 0; i < waits.size(); i++) {
                long wait = waits.get(i).toMillis();
                // half to one and a half times the base, never below the initial wait nor above
                // the cap
                assertThat(wait)
                        .as("wait %d of run %d", i, run)
                        .isBetween(
                                Math.max(base[i] / 2, 10_000), Math.min(base[i] * 3 / 2, 100_000));
                seen.add(wait);
            }
        }
        assertThat(seen).as("waits are spread, not all on the base").hasSizeGreaterThan(100);
    }

    @Test
    void theReplayingBackOffWaitsExactlyTheGivenWaitsThenStops() {
        BackOffExecution execution = BackoffSchedule.replaying(List.of(s(1), s(3))).start();

        assertThat(execution.nextBackOff()).isEqualTo(1000);
        assertThat(execution.nextBackOff()).isEqualTo(3000);
        assertThat(execution.nextBackOff()).isEqualTo(BackOffExecution.STOP);
    }
}

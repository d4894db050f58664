package dev.ipwire.ingest.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RevisionClockTest {

    private static final Instant NOW = Instant.parse("2024-08-19T02:00:00.123Z");

    @Test
    void firstRevisionIsTheCurrentTimeInMillis() {
        RevisionClock clock = new RevisionClock(Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(clock.next("a")).isEqualTo(NOW.toEpochMilli());
    }

    @Test
    void revisionsOfOneIdStrictlyIncreaseWithinTheSameMillisecond() {
        RevisionClock clock = new RevisionClock(Clock.fixed(NOW, ZoneOffset.UTC));

        long first = clock.next("a");
        long second = clock.next("a");
        long third = clock.next("a");

        assertThat(second).isGreaterThan(first);
        assertThat(third).isGreaterThan(second);
    }

    @Test
    void idsHaveIndependentRevisions() {
        RevisionClock clock = new RevisionClock(Clock.fixed(NOW, ZoneOffset.UTC));

        clock.next("a");
        clock.next("a");

        assertThat(clock.next("b")).isEqualTo(NOW.toEpochMilli());
    }

    @Test
    void revisionsFollowTheClockWhenTimeMovesOn() {
        MutableClock time = new MutableClock(NOW);
        RevisionClock clock = new RevisionClock(time);

        clock.next("a");
        time.now = NOW.plusSeconds(5);

        assertThat(clock.next("a")).isEqualTo(NOW.plusSeconds(5).toEpochMilli());
    }

    @Test
    void revisionsStillIncreaseWhenTheClockGoesBack() {
        MutableClock time = new MutableClock(NOW);
        RevisionClock clock = new RevisionClock(time);

        long before = clock.next("a");
        time.now = NOW.minusSeconds(60);

        assertThat(clock.next("a")).isGreaterThan(before);
    }

    @Test
    void concurrentCallersGetDistinctIncreasingRevisions() throws Exception {
        RevisionClock clock = new RevisionClock(Clock.fixed(NOW, ZoneOffset.UTC));
        int callers = 8;
        int perCaller = 500;
        List<Future<List<Long>>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
            for (int c = 0; c < callers; c++) {
                Callable<List<Long>> task =
                        () -> {
                            List<Long> seen = new ArrayList<>();
                            for (int i = 0; i < perCaller; i++) {
                                seen.add(clock.next("shared"));
                            }
                            return seen;
                        };
                results.add(pool.submit(task));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> result : results) {
                List<Long> seen = result.get();
                assertThat(seen).isSorted().doesNotHaveDuplicates();
                all.addAll(seen);
            }
            assertThat(all).doesNotHaveDuplicates().hasSize(callers * perCaller);
        }
    }

    private static final class MutableClock extends Clock {
        volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

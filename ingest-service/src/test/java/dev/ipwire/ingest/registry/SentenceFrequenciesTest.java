package dev.ipwire.ingest.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SentenceFrequenciesTest {

    @Test
    void countsGoUpAndDown() {
        SentenceFrequencies counts = new SentenceFrequencies();
        counts.increment(42);
        counts.increment(42);
        counts.increment(-7);

        assertThat(counts.count(42)).isEqualTo(2);
        assertThat(counts.count(-7)).isEqualTo(1);
        assertThat(counts.count(99)).isZero();
        assertThat(counts.size()).isEqualTo(2);

        counts.decrement(42);
        counts.decrement(42);
        counts.decrement(42);
        counts.decrement(1234);

        assertThat(counts.count(42)).isZero();
        assertThat(counts.count(-7)).isEqualTo(1);
        assertThat(counts.size()).isEqualTo(1);
    }

    @Test
    void agreesWithAMapThroughGrowthCollisionsAndRemovals() {
        SentenceFrequencies counts = new SentenceFrequencies();
        Map<Integer, Integer> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int step = 0; step < 200_000; step++) {
            // A small key space forces long probe runs, wrap-around and back-shifting.
            int key = random.nextInt(5_000) - 2_500;
            if (random.nextInt(3) == 0) {
                counts.decrement(key);
                expected.computeIfPresent(key, (k, v) -> v == 1 ? null : v - 1);
            } else {
                counts.increment(key);
                expected.merge(key, 1, Integer::sum);
            }
        }

        for (int key = -2_500; key < 2_500; key++) {
            assertThat(counts.count(key))
                    .as("key %d", key)
                    .isEqualTo(expected.getOrDefault(key, 0));
        }
        assertThat(counts.size()).isEqualTo(expected.size());
    }
}

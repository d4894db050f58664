package dev.ipwire.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankOfAHundredValuesIsTheValueAtThatRank() {
        Percentiles p = Percentiles.of(IntStream.rangeClosed(1, 100).boxed().toList());
        assertThat(p.at(50)).isEqualTo(50);
        assertThat(p.at(99)).isEqualTo(99);
        assertThat(p.at(100)).isEqualTo(100);
        assertThat(p.at(0.5)).isEqualTo(1);
    }

    @Test
    void aFewSlowValuesDecideTheTailButNotTheMedian() {
        Percentiles p = Percentiles.of(5, 1, 3, 2, 4, 1000);
        assertThat(p.median()).isEqualTo(3.5);
        assertThat(p.at(99)).isEqualTo(1000);
        assertThat(p.max()).isEqualTo(1000);
    }

    @Test
    void theMedianOfAnOddCountIsTheMiddleValue() {
        assertThat(Percentiles.of(List.of(9.0, 1.0, 4.0)).median()).isEqualTo(4.0);
    }

    @Test
    void nothingMeasuredIsNotANumberRatherThanZero() {
        Percentiles empty = Percentiles.of(List.of());
        assertThat(empty.median()).isNaN();
        assertThat(empty.at(99)).isNaN();
    }

    @Test
    void percentOutsideTheRangeIsRefused() {
        assertThatThrownBy(() -> Percentiles.of(1, 2).at(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentiles.of(1, 2).at(101))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

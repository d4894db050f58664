package dev.ipwire.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void defaultsAreTheIssuesFigures() {
        BenchOptions o = BenchOptions.parse(List.of());
        assertThat(o.rate()).isEqualTo(10);
        assertThat(o.searchArticles()).isEqualTo(50_000);
        assertThat(o.clients()).isEqualTo(20);
        assertThat(o.scaling()).isTrue();
    }

    @Test
    void optionsOverrideTheDefaultsInAnyOrder() {
        BenchOptions o =
                BenchOptions.parse(
                        List.of(
                                "--quick",
                                "--search-articles",
                                "0",
                                "--no-scaling",
                                "--runs",
                                "5"));
        assertThat(o.articles()).isEqualTo(300);
        assertThat(o.searchArticles()).isZero();
        assertThat(o.scaling()).isFalse();
        assertThat(o.runs()).isEqualTo(5);
    }

    @Test
    void aBadValueSaysWhichOptionAndWhatItTakes() {
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--rate", "ten")))
                .hasMessageContaining("--rate takes a whole number, got ten");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--clients", "0")))
                .hasMessageContaining("--clients must be positive");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--fast")))
                .hasMessageContaining("unknown option --fast");
    }
}

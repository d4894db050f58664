package dev.ipwire.bench.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SideBySideTest {

    @Test
    void readsInstancesAndOptionsInAnyOrder() {
        SideBySide.Options options =
                SideBySide.Options.parse(
                        List.of(
                                "before=8093:4242",
                                "--rounds",
                                "5",
                                "after=8094:4343",
                                "--control-pid",
                                "99",
                                "--seconds",
                                "15"));

        assertThat(options.instances())
                .containsExactly(
                        new SideBySide.Instance("before", 8093, 4242),
                        new SideBySide.Instance("after", 8094, 4343));
        assertThat(options.rounds()).isEqualTo(5);
        assertThat(options.seconds()).isEqualTo(15);
        assertThat(options.clients()).isEqualTo(20);
        assertThat(options.controlPid()).isEqualTo(99L);
    }

    @Test
    void withoutAControlThereIsNone() {
        assertThat(SideBySide.Options.parse(List.of("a=1:1", "b=2:2")).controlPid()).isNull();
    }

    @Test
    void refusesWhatItCannotMeasure() {
        assertThatThrownBy(() -> SideBySide.Options.parse(List.of("before=8093:1")))
                .hasMessageContaining("at least two instances");
        assertThatThrownBy(() -> SideBySide.Instance.parse("8093:1"))
                .hasMessageContaining("LABEL=PORT:PID");
        assertThatThrownBy(() -> SideBySide.Instance.parse("before=8093:"))
                .hasMessageContaining("LABEL=PORT:PID");
        assertThatThrownBy(() -> SideBySide.Instance.parse("before=port:1"))
                .hasMessageContaining("whole numbers");
        assertThatThrownBy(
                        () -> SideBySide.Options.parse(List.of("a=1:1", "b=2:2", "--rounds", "0")))
                .hasMessageContaining("--rounds takes a positive whole number");
        assertThatThrownBy(() -> SideBySide.Options.parse(List.of("a=1:1", "b=2:2", "--rate", "3")))
                .hasMessageContaining("unknown option --rate");
        assertThatThrownBy(() -> SideBySide.Options.parse(List.of("a=1:1", "b=2:2", "--seconds")))
                .hasMessageContaining("--seconds needs a value");
    }
}

package dev.ipwire.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessMeterTest {

    @Test
    void cpuTicksAreUserPlusSystemTime() {
        String stat =
                "4242 (java) S 1 4242 4242 0 -1 4194560 120 0 0 0 1500 250 0 0 20 0 40 0 9 1 2 3";
        assertThat(ProcessMeter.parseCpuTicks(stat)).isEqualTo(1750);
    }

    @Test
    void aCommandNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
        String stat = "7 (a (b) c) R 1 7 7 0 -1 0 0 0 0 0 30 12 0 0 20 0 1 0 5 1 2 3";
        assertThat(ProcessMeter.parseCpuTicks(stat)).isEqualTo(42);
    }

    @Test
    void thisProcessUsesCpuAndMemory() {
        ProcessMeter meter = new ProcessMeter().track("bench", ProcessHandle.current().pid());
        assertThat(meter.cpuSeconds().get("bench")).isPositive();
        assertThat(meter.residentMiB().get("bench")).isGreaterThan(1.0);
    }

    @Test
    void aProcessThatIsGoneIsLeftOut() {
        ProcessMeter meter = new ProcessMeter().track("gone", Long.MAX_VALUE);
        assertThat(meter.cpuSeconds()).isEmpty();
        assertThat(meter.residentMiB()).isEmpty();
    }

    @Test
    void theDifferenceIsWhatEachProcessUsedBetweenTwoReadings() {
        Map<String, Double> used =
                ProcessMeter.difference(
                        Map.of("a", 1.0, "b", 2.0), Map.of("a", 3.5, "b", 2.0, "c", 1.0));
        assertThat(used).containsEntry("a", 2.5).containsEntry("b", 0.0).containsEntry("c", 1.0);
    }

    @Test
    void compilerAndCollectorThreadsAreToldApartFromTheApplicationsOwn() {
        assertThat(ProcessMeter.jvmThreadKind("C2 CompilerThre")).isEqualTo("jit");
        assertThat(ProcessMeter.jvmThreadKind("C1 CompilerThre")).isEqualTo("jit");
        assertThat(ProcessMeter.jvmThreadKind("GC Thread#1")).isEqualTo("gc");
        assertThat(ProcessMeter.jvmThreadKind("G1 Conc#0")).isEqualTo("gc");
        assertThat(ProcessMeter.jvmThreadKind("VM Thread")).isEqualTo("gc");
        assertThat(ProcessMeter.jvmThreadKind("KafkaConsumerDe")).isNull();
        assertThat(ProcessMeter.jvmThreadKind("http-nio-8083-e")).isNull();
        assertThat(ProcessMeter.threadName("12 (C2 CompilerThre) S 1 2 3"))
                .isEqualTo("C2 CompilerThre");
    }

    @Test
    void thisJvmHasCompiledSomething() {
        ProcessMeter meter = new ProcessMeter().track("bench", ProcessHandle.current().pid());
        Map<String, Double> kinds = meter.jvmThreadSeconds().get("bench");
        assertThat(kinds).containsKeys("jit", "gc");
        assertThat(kinds.get("jit")).isNotNegative();
    }
}

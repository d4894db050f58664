package dev.ipwire.bench.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * CPU time and resident memory of processes, read from Linux {@code /proc}: the accounting that
 * says which process a benchmark's time went to.
 */
public final class ProcessMeter {

    /** Clock ticks per second of {@code /proc/<pid>/stat}; 100 on every Linux this runs on. */
    static final double TICKS_PER_SECOND = 100.0;

    private final Map<String, Long> pids = new LinkedHashMap<>();

    /** Adds a process to measure under a name (e.g. {@code nlp-service-2}). */
    public ProcessMeter track(String name, long pid) {
        pids.put(name, pid);
        return this;
    }

    public Map<String, Long> processes() {
        return Map.copyOf(pids);
    }

    /** CPU seconds (user + system) each process has used so far; absent when it is gone. */
    public Map<String, Double> cpuSeconds() {
        Map<String, Double> cpu = new LinkedHashMap<>();
        pids.forEach(
                (name, pid) -> cpuTicks(pid).ifPresent(t -> cpu.put(name, t / TICKS_PER_SECOND)));
        return cpu;
    }

    /**
     * CPU seconds the JVM's own threads have used so far in each process, by kind: {@code jit}
     * (C1/C2 compiler threads) and {@code gc} (G1 and parallel GC threads, the VM thread that runs
     * pauses). What is left of a process's CPU is its application threads (and, in Elasticsearch
     * and Kafka, their own pools). Absent when the process is gone.
     */
    public Map<String, Map<String, Double>> jvmThreadSeconds() {
        Map<String, Map<String, Double>> all = new LinkedHashMap<>();
        pids.forEach(
                (name, pid) -> {
                    Map<String, Long> ticks = jvmThreadTicks(pid);
                    if (!ticks.isEmpty()) {
                        Map<String, Double> seconds = new LinkedHashMap<>();
                        ticks.forEach((kind, t) -> seconds.put(kind, t / TICKS_PER_SECOND));
                        all.put(name, seconds);
                    }
                });
        return all;
    }

    private static Map<String, Long> jvmThreadTicks(long pid) {
        Map<String, Long> ticks = new LinkedHashMap<>();
        ticks.put("jit", 0L);
        ticks.put("gc", 0L);
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        try (var threads = Files.list(tasks)) {
            threads.forEach(
                    thread -> {
                        try {
                            String stat = Files.readString(thread.resolve("stat"));
                            String kind = jvmThreadKind(threadName(stat));
                            if (kind != null) {
                                ticks.merge(kind, parseCpuTicks(stat), Long::sum);
                            }
                        } catch (IOException | RuntimeException gone) {
                            // the thread ended between listing and reading
                        }
                    });
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return ticks;
    }

    /** The thread's name (field 2 of its stat line, cut to 15 characters by Linux). */
    static String threadName(String stat) {
        return stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    }

    /** {@code jit}, {@code gc}, or null for a thread that is neither. */
    static String jvmThreadKind(String threadName) {
        if (threadName.startsWith("C1 Compiler") || threadName.startsWith("C2 Compiler")) {
            return "jit";
        }
        if (threadName.startsWith("GC Thread")
                || threadName.startsWith("G1 ")
                || threadName.equals("VM Thread")) {
            return "gc";
        }
        return null;
    }

    /** Per process and kind, what {@link #jvmThreadSeconds()} grew by between two readings. */
    public static Map<String, Map<String, Double>> jvmDifference(
            Map<String, Map<String, Double>> before, Map<String, Map<String, Double>> after) {
        Map<String, Map<String, Double>> used = new LinkedHashMap<>();
        after.forEach(
                (name, kinds) ->
                        used.put(name, difference(before.getOrDefault(name, Map.of()), kinds)));
        return used;
    }

    /** Resident set size of each process in MiB; absent when it is gone. */
    public Map<String, Double> residentMiB() {
        Map<String, Double> rss = new LinkedHashMap<>();
        pids.forEach((name, pid) -> residentKiB(pid).ifPresent(kib -> rss.put(name, kib / 1024.0)));
        return rss;
    }

    /** CPU used per process between two readings of {@link #cpuSeconds()}. */
    public static Map<String, Double> difference(
            Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> used = new LinkedHashMap<>();
        after.forEach((name, seconds) -> used.put(name, seconds - before.getOrDefault(name, 0.0)));
        return used;
    }

    static OptionalLong cpuTicks(long pid) {
        try {
            return OptionalLong.of(
                    parseCpuTicks(Files.readString(Path.of("/proc", Long.toString(pid), "stat"))));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * utime + stime from a {@code /proc/<pid>/stat} line. The command name (field 2) may hold
     * spaces and parentheses, so fields are counted after its closing parenthesis.
     */
    static long parseCpuTicks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        // after the name: state is field 3, so utime (14) and stime (15) are at 11 and 12 here
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    static OptionalLong residentKiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
            return OptionalLong.empty();
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }
}

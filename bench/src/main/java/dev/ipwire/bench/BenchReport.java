package dev.ipwire.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Every figure of a bench run, written as {@code report.json} beside the run's logs. */
final class BenchReport {

    private final Map<String, Object> figures = new LinkedHashMap<>();

    void put(String name, Object value) {
        figures.put(name, value);
    }

    void write(Path file) throws IOException {
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Files.writeString(file, json.writeValueAsString(figures));
    }

    /** What the figures were measured on. */
    static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("java", System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        try {
            Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(l -> l.startsWith("MemTotal:"))
                    .findFirst()
                    .ifPresent(
                            l ->
                                    machine.put(
                                            "memoryKiB",
                                            Long.parseLong(l.replaceAll("[^0-9]", ""))));
            Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .findFirst()
                    .ifPresent(l -> machine.put("cpu", l.substring(l.indexOf(':') + 1).strip()));
        } catch (IOException | RuntimeException e) {
            // not Linux: the cores and the JVM are still worth reporting
        }
        return machine;
    }

    /** name → value with one decimal, for log lines. */
    static String rounded(Map<String, Double> values) {
        return values.entrySet().stream()
                .map(e -> e.getKey() + " " + "%.1f".formatted(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }
}

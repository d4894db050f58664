package dev.ipwire.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ipwire.stack.nodes.NodeFailedException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The local stack on real processes: it works, it stops, and a failed start leaves nothing. */
class LocalStackIT {

    @Test
    void startsARealBrokerAndARealNodeAndStopsBoth() throws Exception {
        StackConfig config = StackConfig.forTests(tempHome());
        long kafkaPid;
        long elasticsearchPid;
        try (LocalStack stack = LocalStack.start(config, StackLayout.discover())) {
            kafkaPid = stack.kafka().pid();
            elasticsearchPid = stack.elasticsearch().pid();

            assertThat(StackProbe.roundTripThroughKafka(stack.kafkaBootstrapServers()))
                    .isEqualTo("知识产权");
            assertThat(StackProbe.indexAndSearch(stack.elasticsearchUrl())).contains("\"value\":1");
            assertThat(config.runDir().resolve("kafka.pid")).hasContent(Long.toString(kafkaPid));
        }

        assertThat(ProcessHandle.of(kafkaPid).map(ProcessHandle::isAlive))
                .isNotEqualTo(java.util.Optional.of(true));
        assertThat(ProcessHandle.of(elasticsearchPid).map(ProcessHandle::isAlive))
                .isNotEqualTo(java.util.Optional.of(true));
        assertThat(config.runDir().resolve("kafka.pid")).doesNotExist();
    }

    @Test
    void aStartThatFailsHalfWayLeavesNoProcessBehind() throws Exception {
        StackConfig free = StackConfig.forTests(tempHome());
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            // Elasticsearch cannot bind its HTTP port; Kafka starts fine and must be stopped again.
            StackConfig config =
                    new StackConfig(
                            free.home(),
                            free.kafkaPort(),
                            free.kafkaControllerPort(),
                            taken.getLocalPort(),
                            free.elasticsearchTransportPort(),
                            free.kafkaHeap(),
                            free.elasticsearchHeap(),
                            Duration.ofSeconds(60));

            assertThatThrownBy(() -> LocalStack.start(config, StackLayout.discover()))
                    .isInstanceOf(NodeFailedException.class)
                    .hasMessageContaining("elasticsearch");

            assertThat(pidFilesOfLiveProcesses(config.runDir())).isEmpty();
            assertThat(childrenStillRunning()).isEmpty();
        }
    }

    private static Path tempHome() throws Exception {
        return Files.createTempDirectory(Path.of("target").toAbsolutePath(), "stack-it-");
    }

    private static List<Path> pidFilesOfLiveProcesses(Path runDir) throws Exception {
        if (!Files.isDirectory(runDir)) {
            return List.of();
        }
        try (var files = Files.list(runDir)) {
            return files.filter(f -> f.toString().endsWith(".pid"))
                    .filter(
                            f -> {
                                try {
                                    long pid = Long.parseLong(Files.readString(f).trim());
                                    return ProcessHandle.of(pid)
                                            .map(ProcessHandle::isAlive)
                                            .orElse(false);
                                } catch (Exception e) {
                                    return false;
                                }
                            })
                    .toList();
        }
    }

    private static List<ProcessHandle> childrenStillRunning() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive).toList();
    }
}

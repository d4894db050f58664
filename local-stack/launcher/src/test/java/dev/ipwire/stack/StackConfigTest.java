package dev.ipwire.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackConfigTest {

    private static final Path HOME = Path.of(".ipwire");

    @Test
    void defaultsAreTheDocumentedPortsAndTimeout() {
        StackConfig config = StackConfig.fromEnvironment(HOME, Map.of());

        assertThat(config.kafkaPort()).isEqualTo(9092);
        assertThat(config.elasticsearchPort()).isEqualTo(9200);
        assertThat(config.readyTimeout()).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void theEnvironmentOverridesPortsAndTheReadinessTimeout() {
        StackConfig config =
                StackConfig.fromEnvironment(
                        HOME, Map.of("IPWIRE_ES_PORT", "19200", "IPWIRE_READY_TIMEOUT", "300"));

        assertThat(config.elasticsearchPort()).isEqualTo(19200);
        assertThat(config.readyTimeout()).isEqualTo(Duration.ofSeconds(300));
    }

    @Test
    void aBadValueIsRefusedWithWhatToWrite() {
        assertThatThrownBy(
                        () ->
                                StackConfig.fromEnvironment(
                                        HOME, Map.of("IPWIRE_READY_TIMEOUT", "2m")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("IPWIRE_READY_TIMEOUT must be a whole number of seconds");
        assertThatThrownBy(
                        () -> StackConfig.fromEnvironment(HOME, Map.of("IPWIRE_KAFKA_PORT", "0")))
                .hasMessageContaining("IPWIRE_KAFKA_PORT must be a port number");
    }
}

package dev.ipwire.stack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.stack.junit.ContainerStackAccess;
import dev.ipwire.stack.junit.TestStack;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The same checks as {@link LocalStackIT}, on the official images, for machines with a Docker
 * engine; skipped (not failed) where there is none.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainersStackIT {

    @Test
    void theContainerStackAnswersLikeTheLocalOne() throws Exception {
        try (TestStack stack = ContainerStackAccess.start()) {
            assertThat(StackProbe.roundTripThroughKafka(stack.kafkaBootstrapServers()))
                    .isEqualTo("知识产权");
            assertThat(StackProbe.indexAndSearch(stack.elasticsearchUrl())).contains("\"value\":1");
        }
    }
}

package dev.ipwire.stack.junit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.TestAbortedException;

/**
 * Gives integration tests a real Kafka broker and a real Elasticsearch node, once per test JVM.
 *
 * <p>Which stack, in order:
 *
 * <ol>
 *   <li>{@code IPWIRE_TEST_KAFKA_BOOTSTRAP} and {@code IPWIRE_TEST_ELASTICSEARCH_URL} set: that
 *       running stack is reused (e.g. one from {@code ./ipwire up --detach}) and never stopped;
 *   <li>{@code -Dipwire.test.stack=containers} (or {@code IPWIRE_TEST_STACK=containers}):
 *       Testcontainers with the official images; tests are skipped when there is no Docker engine;
 *   <li>otherwise the local stack: both nodes as child JVMs on free ports, stopped when the test
 *       JVM ends.
 * </ol>
 *
 * <p>Before the first test of a class it sets the system properties {@code
 * spring.kafka.bootstrap-servers} and {@code spring.elasticsearch.uris}, so a {@code
 * SpringBootTest} connects to the stack, and it resolves {@link TestStack} test parameters.
 */
public final class LocalStackExtension implements BeforeAllCallback, ParameterResolver {

    public static final String KAFKA_ENV = "IPWIRE_TEST_KAFKA_BOOTSTRAP";
    public static final String ELASTICSEARCH_ENV = "IPWIRE_TEST_ELASTICSEARCH_URL";
    public static final String STACK_KIND_PROPERTY = "ipwire.test.stack";

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(LocalStackExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        TestStack stack = stack(context);
        System.setProperty("spring.kafka.bootstrap-servers", stack.kafkaBootstrapServers());
        System.setProperty("spring.elasticsearch.uris", stack.elasticsearchUrl());
    }

    /** The stack of this test JVM, started on first use. */
    public static TestStack stack(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(TestStack.class, key -> startOrReuse(), TestStack.class);
    }

    private static TestStack startOrReuse() {
        String kafka = System.getenv(KAFKA_ENV);
        String elasticsearch = System.getenv(ELASTICSEARCH_ENV);
        if (kafka != null
                && !kafka.isBlank()
                && elasticsearch != null
                && !elasticsearch.isBlank()) {
            return new ExternalStack(kafka, elasticsearch);
        }
        String kind =
                System.getProperty(
                        STACK_KIND_PROPERTY,
                        System.getenv().getOrDefault("IPWIRE_TEST_STACK", "local"));
        if ("containers".equals(kind)) {
            if (!ContainerStack.dockerAvailable()) {
                throw new TestAbortedException(
                        "ipwire.test.stack=containers but no Docker engine is available");
            }
            return ContainerStack.start();
        }
        try {
            return LocalProcessStack.start();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the local stack", e);
        } catch (Exception e) {
            throw new IllegalStateException("the local stack did not start: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return stack(context);
    }
}

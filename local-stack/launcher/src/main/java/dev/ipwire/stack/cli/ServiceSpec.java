package dev.ipwire.stack.cli;

import java.util.List;

/**
 * One of the three services as the launcher runs it.
 *
 * @param name module and jar name, e.g. {@code ingest-service}
 * @param port HTTP port
 * @param heap maximum heap, e.g. {@code 384m}
 * @param arguments Spring Boot arguments ({@code --key=value})
 */
public record ServiceSpec(String name, int port, String heap, List<String> arguments) {

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public String readinessUrl() {
        return baseUrl() + "/actuator/health/readiness";
    }
}

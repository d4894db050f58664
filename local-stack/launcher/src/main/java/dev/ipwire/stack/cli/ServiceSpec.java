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

    /**
     * The same service on another HTTP port (a second instance); every other argument is kept, so
     * it joins the same consumer groups.
     */
    public ServiceSpec onPort(int otherPort) {
        String portArgument = "--server.port=";
        List<String> moved =
                arguments.stream()
                        .map(a -> a.startsWith(portArgument) ? portArgument + otherPort : a)
                        .toList();
        return new ServiceSpec(name, otherPort, heap, moved);
    }

    /** The same service with one more Spring Boot argument ({@code --key=value}). */
    public ServiceSpec withArgument(String argument) {
        List<String> more = new java.util.ArrayList<>(arguments);
        more.add(argument);
        return new ServiceSpec(name, port, heap, List.copyOf(more));
    }

    public String readinessUrl() {
        return baseUrl() + "/actuator/health/readiness";
    }
}

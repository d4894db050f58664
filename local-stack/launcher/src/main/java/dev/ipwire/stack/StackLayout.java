package dev.ipwire.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the project's built parts are: the node classpaths under {@code local-stack/} and the
 * service jars beside it.
 *
 * @param projectRoot the repository root (holds {@code ipwire}, {@code pom.xml})
 */
public record StackLayout(Path projectRoot) {

    /**
     * Finds the project root: system property {@code ipwire.stack.home} or environment variable
     * {@code IPWIRE_STACK_HOME} (either naming the {@code local-stack} folder), else the nearest
     * folder above the working directory that holds {@code local-stack/kafka-node}.
     */
    public static StackLayout discover() {
        String configured =
                System.getProperty("ipwire.stack.home", System.getenv("IPWIRE_STACK_HOME"));
        if (configured != null && !configured.isBlank()) {
            return new StackLayout(Path.of(configured).toAbsolutePath().normalize().getParent());
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("local-stack/kafka-node"))) {
                return new StackLayout(dir);
            }
        }
        throw new IllegalStateException(
                "cannot find the IPWire project (a folder with local-stack/kafka-node) above "
                        + Path.of("").toAbsolutePath()
                        + "; run from inside the checkout or set IPWIRE_STACK_HOME");
    }

    public List<Path> kafkaClasspath() {
        return nodeClasspath("kafka-node");
    }

    public List<Path> elasticsearchClasspath() {
        return nodeClasspath("elasticsearch-node");
    }

    /** The executable jar of a service, e.g. {@code ingest-service/target/ingest-service.jar}. */
    public Path serviceJar(String service) {
        Path jar = projectRoot.resolve(service).resolve("target").resolve(service + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(notBuilt(jar));
        }
        return jar;
    }

    private List<Path> nodeClasspath(String module) {
        Path target = projectRoot.resolve("local-stack").resolve(module).resolve("target");
        Path lib = target.resolve("lib");
        if (!Files.isDirectory(lib)) {
            throw new IllegalStateException(notBuilt(lib));
        }
        return List.of(target.resolve("classes"), lib.resolve("*"));
    }

    private static String notBuilt(Path missing) {
        return missing
                + " is missing: build first with ./mvnw -DskipTests package (./ipwire up does it)";
    }
}

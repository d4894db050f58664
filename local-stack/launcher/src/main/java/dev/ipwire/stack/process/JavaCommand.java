package dev.ipwire.stack.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@code java} command lines for child JVMs, on the same JDK as this launcher.
 *
 * <p>The launcher is compiled for Java 21, so the JVM running it is always one that can run the
 * Elasticsearch node and the services; {@code IPWIRE_JAVA_HOME} overrides it.
 */
public final class JavaCommand {

    private final List<String> args = new ArrayList<>();

    private JavaCommand(Path javaExecutable) {
        args.add(javaExecutable.toString());
    }

    /** A command for the JDK in {@code IPWIRE_JAVA_HOME}, else the one running this code. */
    public static JavaCommand create() {
        String override = System.getenv("IPWIRE_JAVA_HOME");
        Path home =
                Path.of(
                        override != null && !override.isBlank()
                                ? override
                                : System.getProperty("java.home"));
        Path java = home.resolve("bin").resolve("java");
        if (!Files.isExecutable(java)) {
            throw new IllegalStateException(
                    "no java executable at " + java + " (IPWIRE_JAVA_HOME?)");
        }
        return new JavaCommand(java);
    }

    /** Adds JVM options, skipping none. */
    public JavaCommand jvm(String... options) {
        args.addAll(List.of(options));
        return this;
    }

    /**
     * Silences JDK 23+ warnings about Unsafe and native access that Kafka, Netty and Lucene
     * trigger.
     */
    public JavaCommand quietOnNewJdks() {
        args.add("--enable-native-access=ALL-UNNAMED");
        if (Runtime.version().feature() >= 23) {
            args.add("--sun-misc-unsafe-memory-access=allow");
        }
        return this;
    }

    /** Runs {@code mainClass} under {@link OrphanGuard}, so the child dies with this launcher. */
    public List<String> guardedMain(
            List<Path> classpath, String mainClass, List<String> programArgs) {
        List<Path> full = new ArrayList<>(classpath);
        full.add(ownCodeLocation());
        List<String> command = new ArrayList<>(args);
        command.add("-cp");
        command.add(
                String.join(
                        java.io.File.pathSeparator, full.stream().map(Path::toString).toList()));
        command.add(OrphanGuard.class.getName());
        command.add(mainClass);
        command.addAll(programArgs);
        return command;
    }

    /** Runs {@code mainClass} directly (for short-lived tools). */
    public List<String> main(List<Path> classpath, String mainClass, List<String> programArgs) {
        List<String> command = new ArrayList<>(args);
        command.add("-cp");
        command.add(
                String.join(
                        java.io.File.pathSeparator,
                        classpath.stream().map(Path::toString).toList()));
        command.add(mainClass);
        command.addAll(programArgs);
        return command;
    }

    /** Runs an executable jar (the services). */
    public List<String> jar(Path jar, List<String> programArgs) {
        List<String> command = new ArrayList<>(args);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(programArgs);
        return command;
    }

    private static Path ownCodeLocation() {
        try {
            return Path.of(
                    OrphanGuard.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

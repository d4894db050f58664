package dev.ipwire.stack.process;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM (or any program) this launcher started: output appended to a log file, process id
 * recorded in a pid file, stopped with SIGTERM and, after a grace period, SIGKILL.
 *
 * <p>The child's standard input is a pipe the launcher never writes to. Children started through
 * {@link OrphanGuard} exit when it closes, which happens when the launcher dies for any reason, so
 * no node outlives the launcher that owns it.
 */
public final class ManagedProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path logFile;
    private final Path pidFile;

    private ManagedProcess(String name, Process process, Path logFile, Path pidFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.pidFile = pidFile;
    }

    /**
     * Starts {@code command}, appending its output to {@code logFile} and writing its pid to {@code
     * pidFile} (when not null).
     */
    public static ManagedProcess start(
            String name,
            List<String> command,
            Path workDir,
            Map<String, String> environment,
            Path logFile,
            Path pidFile)
            throws IOException {
        Files.createDirectories(logFile.getParent());
        ProcessBuilder builder =
                new ProcessBuilder(command)
                        .directory(workDir.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                        .redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().putAll(environment);
        Files.writeString(
                logFile,
                "---- "
                        + java.time.Instant.now()
                        + " starting "
                        + name
                        + ": "
                        + String.join(" ", command)
                        + "\n",
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        Process process = builder.start();
        if (pidFile != null) {
            Files.createDirectories(pidFile.getParent());
            Files.writeString(pidFile, Long.toString(process.pid()));
        }
        return new ManagedProcess(name, process, logFile, pidFile);
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path logFile() {
        return logFile;
    }

    /** Exit code, or -1 while running. */
    public int exitCode() {
        return process.isAlive() ? -1 : process.exitValue();
    }

    /** The last {@code lines} lines of the log, to explain a failure. */
    public String logTail(int lines) {
        try {
            Deque<String> tail = new ArrayDeque<>();
            for (String line : Files.readAllLines(logFile, StandardCharsets.UTF_8)) {
                tail.addLast(line);
                if (tail.size() > lines) {
                    tail.removeFirst();
                }
            }
            return String.join("\n", tail);
        } catch (IOException | java.io.UncheckedIOException e) {
            return "(log " + logFile + " unreadable: " + e.getMessage() + ")";
        }
    }

    /**
     * Stops the process: SIGTERM, then SIGKILL (to it and its descendants) when it has not exited
     * within {@code grace}. Returns true when it exited in the grace period.
     */
    public boolean stop(Duration grace) {
        boolean graceful = true;
        if (process.isAlive()) {
            process.destroy();
            try {
                graceful = process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                graceful = false;
            }
            if (!graceful) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                try {
                    process.waitFor(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        closeQuietly(process.getOutputStream());
        if (pidFile != null) {
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException ignored) {
                // a stale pid file is checked against the live process list by ./ipwire down
            }
        }
        return graceful;
    }

    /** Sends SIGKILL immediately, as a crash would (fault tests). */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(20));
    }

    private static void closeQuietly(OutputStream out) {
        try {
            out.close();
        } catch (IOException ignored) {
            // the child already exited
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }
}

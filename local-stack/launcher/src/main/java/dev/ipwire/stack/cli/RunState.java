package dev.ipwire.stack.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The launcher's state under {@code .ipwire/run/}: {@code ipwire.pid} while it runs and a {@code
 * state} file ({@code STARTING}, {@code READY} + the URLs, {@code FAILED} + the reason) that {@code
 * ./ipwire up --detach} waits on.
 */
final class RunState {

    private final Path dir;

    RunState(Path dir) {
        this.dir = dir;
    }

    /** Records this process as the running launcher; refuses when another one is alive. */
    void claim() throws IOException {
        Files.createDirectories(dir);
        Path pidFile = dir.resolve("ipwire.pid");
        if (Files.exists(pidFile)) {
            String other = Files.readString(pidFile).trim();
            boolean alive =
                    !other.isEmpty()
                            && ProcessHandle.of(Long.parseLong(other))
                                    .map(ProcessHandle::isAlive)
                                    .orElse(false)
                            && Long.parseLong(other) != ProcessHandle.current().pid();
            if (alive) {
                throw new IllegalStateException(
                        "IPWire is already running (pid "
                                + other
                                + "); stop it with ./ipwire down");
            }
        }
        Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()));
        write("STARTING");
    }

    void ready(String banner) {
        write("READY\n" + banner);
    }

    void failed(String reason) {
        write("FAILED\n" + reason);
    }

    void release() {
        try {
            Files.deleteIfExists(dir.resolve("ipwire.pid"));
            if (Files.exists(dir.resolve("state"))
                    && !Files.readString(dir.resolve("state")).startsWith("FAILED")) {
                write("STOPPED");
            }
        } catch (IOException e) {
            // best effort while the JVM exits
        }
    }

    private void write(String text) {
        try {
            Path tmp = dir.resolve("state.tmp");
            Files.writeString(tmp, text + "\n");
            Files.move(
                    tmp,
                    dir.resolve("state"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

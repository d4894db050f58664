package dev.ipwire.stack;

import dev.ipwire.stack.process.JavaCommand;
import dev.ipwire.stack.process.ManagedProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A stand-in launcher for process tests: starts a guarded {@link SleepForever} child, writes the
 * child's pid to the file named by {@code args[0]}, then waits to be killed.
 */
public final class LaunchGuardedSleeper {

    private LaunchGuardedSleeper() {}

    public static void main(String[] args) throws Exception {
        Path pidFile = Path.of(args[0]);
        List<Path> classpath =
                List.of(
                        Path.of(
                                System.getProperty("java.class.path")
                                        .split(java.io.File.pathSeparator)[0]));
        List<String> command =
                JavaCommand.create()
                        .guardedMain(classpath, SleepForever.class.getName(), List.of());
        ManagedProcess child =
                ManagedProcess.start(
                        "sleeper",
                        command,
                        pidFile.getParent(),
                        Map.of(),
                        pidFile.resolveSibling("sleeper.log"),
                        null);
        Files.writeString(pidFile, Long.toString(child.pid()));
        Thread.sleep(Long.MAX_VALUE);
    }
}

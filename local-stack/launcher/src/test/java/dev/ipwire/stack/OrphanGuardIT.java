package dev.ipwire.stack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.stack.process.JavaCommand;
import dev.ipwire.stack.process.ManagedProcess;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrphanGuardIT {

    private static final List<Path> TEST_CLASSPATH =
            List.of(
                    Path.of("target", "test-classes").toAbsolutePath(),
                    Path.of("target", "classes").toAbsolutePath());

    @Test
    void aNodeExitsWhenItsLauncherIsKilled(@TempDir Path dir) throws Exception {
        Path childPidFile = dir.resolve("child.pid");
        List<String> command =
                JavaCommand.create()
                        .main(
                                TEST_CLASSPATH,
                                LaunchGuardedSleeper.class.getName(),
                                List.of(childPidFile.toString()));
        ManagedProcess launcher =
                ManagedProcess.start(
                        "launcher", command, dir, Map.of(), dir.resolve("launcher.log"), null);
        long childPid = awaitPid(childPidFile, launcher);
        ProcessHandle child = ProcessHandle.of(childPid).orElseThrow();
        assertThat(child.isAlive()).isTrue();

        launcher.kill(); // SIGKILL: no shutdown hook runs in the launcher

        assertThat(awaitExit(child, Duration.ofSeconds(15)))
                .as("orphaned child %d exited", childPid)
                .isTrue();
        assertThat(Files.readString(dir.resolve("sleeper.log"))).contains("the launcher is gone");
    }

    @Test
    void stopEndsTheProcessAndRemovesItsPidFile(@TempDir Path dir) throws Exception {
        List<String> command =
                JavaCommand.create().main(TEST_CLASSPATH, SleepForever.class.getName(), List.of());
        ManagedProcess child =
                ManagedProcess.start(
                        "sleeper",
                        command,
                        dir,
                        Map.of(),
                        dir.resolve("sleeper.log"),
                        dir.resolve("sleeper.pid"));
        assertThat(dir.resolve("sleeper.pid")).hasContent(Long.toString(child.pid()));

        assertThat(child.stop(Duration.ofSeconds(10))).as("stopped by SIGTERM").isTrue();

        assertThat(child.isAlive()).isFalse();
        assertThat(dir.resolve("sleeper.pid")).doesNotExist();
    }

    private static long awaitPid(Path pidFile, ManagedProcess launcher) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(pidFile) && !Files.readString(pidFile).isBlank()) {
                return Long.parseLong(Files.readString(pidFile).trim());
            }
            assertThat(launcher.isAlive())
                    .as("launcher alive; log: %s", launcher.logTail(20))
                    .isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError(
                "the launcher never started its child" + File.separator + launcher.logTail(20));
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        return !process.isAlive();
    }
}

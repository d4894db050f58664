package dev.ipwire.stack.process;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Runs another program's {@code main} and exits the JVM when standard input reaches end of file.
 *
 * <p>The launcher starts node JVMs with a pipe on standard input and never writes to it. If the
 * launcher dies — even by SIGKILL — the operating system closes the pipe, this guard sees EOF and
 * calls {@link System#exit}, which runs the node's own shutdown hook. Usage: {@code java -cp …
 * dev.ipwire.stack.process.OrphanGuard <main class> [args…]}.
 */
public final class OrphanGuard {

    private OrphanGuard() {}

    public static void main(String[] args) throws Throwable {
        if (args.length == 0) {
            System.err.println("usage: OrphanGuard <main class> [args...]");
            System.exit(2);
        }
        Thread watcher = new Thread(OrphanGuard::exitOnEndOfInput, "orphan-guard");
        watcher.setDaemon(true);
        watcher.start();
        Method main = Class.forName(args[0]).getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void exitOnEndOfInput() {
        InputStream in = System.in;
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // input is ignored; only its end matters
            }
        } catch (IOException e) {
            // a broken pipe means the same as EOF: the launcher is gone
        }
        System.err.println("orphan-guard: the launcher is gone, shutting down");
        System.exit(0);
    }
}

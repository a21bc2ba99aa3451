package org.yjinspect.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The server's child JVM, seen from the launcher: it shares the launcher's terminal (input, output
 * and errors), its exit code is the launcher's, and stopping the launcher (Ctrl-C, SIGTERM) stops
 * it cleanly first, so the embedded PostgreSQL is never left running. If the launcher is killed
 * outright, the child notices and stops itself ({@link ServerJvm#stopWithLauncher}).
 */
final class ServerChild {
    /** Long enough for the server to finish its requests and PostgreSQL to shut down. */
    private static final long STOP_SECONDS = 60;
    private final List<String> command;

    ServerChild(List<String> command) {
        this.command = command;
    }

    int run() {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        // glibc gives each thread that allocates its own malloc arena; two are plenty for this server.
        builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
        Process child;
        try {
            child = builder.start();
        } catch (IOException e) {
            throw new InputError("cannot start the server's JVM (" + command.get(0) + "): " + e.getMessage()
                    + ". Start java with -Xmx (e.g. java -Xmx256m -jar yjinspect.jar serve) to serve in this JVM.", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child), "yjinspect-stop-server"));
        // The launcher only waits from here on: give back the memory that reading the command line took.
        System.gc();
        try {
            return child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(child);
            return Main.INTERNAL_ERROR;
        }
    }

    private static void stop(Process child) {
        if (!child.isAlive()) {
            return;
        }
        child.destroy();
        try {
            if (!child.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroyForcibly();
        }
    }
}

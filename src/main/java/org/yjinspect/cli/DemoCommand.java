package org.yjinspect.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code yjinspect demo}: the application on the embedded database with a demonstration
 * inspection (made-up caseload, drawn sample, assessments part done, organisational evidence)
 * and an account for each role, served exactly as {@code serve} serves (in a child JVM with a
 * bounded heap unless java was given its own limit). Run again on the same data directory, it
 * reuses the demonstration it made.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, description = {
    "Start yjinspect with a demonstration inspection and an account for each role, on the embedded database.",
    "The first run prints each account's password, once; later runs on the same --data-dir reuse the",
    "demonstration (reset a password with 'yjinspect user reset-password USERNAME --data-dir DIR')."})
public final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "7070", description = "Port to listen on (default 7070; 0 picks a free one).")
    int port;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory of the demonstration's embedded PostgreSQL (default: ~/.yjinspect/demo).")
    Path dataDirectory;

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "256m",
            description = "Heap limit of the server's JVM, e.g. 512m or 1g (default 256m).")
    String heap;

    /** The demonstration's own data directory, apart from the one real inspections are kept in. */
    static Path defaultDataDirectory() {
        return Path.of(System.getProperty("user.home"), ".yjinspect", "demo");
    }

    @Override
    public Integer call() {
        if (!heap.matches("[1-9][0-9]*[mMgG]")) {
            throw new InputError("--heap must be a size in megabytes or gigabytes such as 256m or 1g (got " + heap + ")");
        }
        ListenAddress address = new ListenAddress("127.0.0.1", port);
        address.checkFree();
        ServerJvm jvm = ServerJvm.current();
        if (!jvm.heapLimitGiven()) {
            List<String> args = spec.commandLine().getParseResult().originalArgs();
            return ServerJvm.serveInChild(ServerJvm.childOptions(heap), args);
        }
        DemoServe serve = new DemoServe(address);
        serve.database = new DatabaseOptions();
        serve.database.dataDirectory = dataDirectory != null ? dataDirectory : defaultDataDirectory();
        serve.spec = spec;
        ServerJvm.stopWithLauncher();
        return serve.call();
    }
}

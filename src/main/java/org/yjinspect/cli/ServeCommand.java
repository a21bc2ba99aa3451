package org.yjinspect.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code yjinspect serve}: the JSON API until interrupted (Ctrl-C), then a clean shutdown.
 *
 * <p>A JVM started without a heap limit may grow its heap to a quarter of the machine's memory, and
 * a server under load, or under a run of bad requests, takes what it may. So when this JVM has no
 * limit of its own, the server runs in a child JVM with a bounded heap ({@link ServerJvm}); a JVM
 * started with {@code -Xmx} (or {@code -XX:MaxRAM...}) serves in-process, as its user asked.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = {
    "Serve the JSON API (see docs/api.md).",
    "Memory: unless java was started with its own heap limit (-Xmx...), the server runs in a child JVM"
            + " with a heap limit of --heap (default 256m); the environment variable " + ServerJvm.JAVA_OPTS_ENV
            + " replaces that JVM's options (docs/benchmarks.md)."})
public final class ServeCommand implements Callable<Integer> {
    private static final Pattern HEAP = Pattern.compile("[1-9][0-9]*[mMgG]");

    @Mixin
    DatabaseOptions database;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "7070", description = "Port to listen on (default 7070; 0 picks a free one).")
    int port;
    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default 127.0.0.1).")
    String host;
    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "256m",
            description = "Heap limit of the server's JVM, e.g. 512m or 1g (default 256m).")
    String heap;

    @Override
    public Integer call() {
        ListenAddress address = new ListenAddress(host, port);
        if (!HEAP.matcher(heap).matches()) {
            throw new InputError("--heap must be a size in megabytes or gigabytes such as 256m or 1g (got " + heap + ")");
        }
        address.checkFree();
        ServerJvm jvm = ServerJvm.current();
        if (jvm.heapLimitGiven()) {
            if (spec.commandLine().getParseResult().hasMatchedOption("--heap")) {
                spec.commandLine().getErr().println("note: --heap " + heap + " is not used: java was started with"
                        + " its own heap limit (" + jvm.describeLimit() + ")");
            }
            return serveHere(address);
        }
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        return ServerJvm.serveInChild(ServerJvm.childOptions(heap), args);
    }

    private int serveHere(ListenAddress address) {
        ServeApi api = new ServeApi(address);
        api.database = database;
        api.spec = spec;
        ServerJvm.stopWithLauncher();
        return api.call();
    }
}

package org.yjinspect.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import org.yjinspect.Application;
import org.yjinspect.cli.DatabaseCommand;
import org.yjinspect.platform.web.AccessCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yjinspect serve}: the JSON API until interrupted (Ctrl-C), then a clean shutdown. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the JSON API (see docs/api.md).")
public final class ServeCommand extends DatabaseCommand {
    @Option(names = "--port", defaultValue = "7070", description = "Port to listen on (default 7070; 0 picks a free one).")
    int port;
    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default 127.0.0.1).")
    String host;

    @Override
    protected int run(Application app, PrintWriter out) {
        if (port < 0 || port > 65535) {
            throw new InputError("--port must be between 0 and 65535 (got " + port + ")");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Javalin web = app.web(AccessCheck.ALLOW_ALL).start(host, port);
        // On Ctrl-C the JVM runs hooks and then halts, so the hook itself stops the server and
        // closes the database (which stops the embedded PostgreSQL); closing again later is a no-op.
        Thread hook = new Thread(() -> {
            web.stop();
            app.close();
            stopped.countDown();
        }, "yjinspect-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("yjinspect serving on http://" + host + ":" + web.port() + " (" + app.database().config().describe()
                + "); Ctrl-C to stop");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            web.stop();
        }
        return 0;
    }
}

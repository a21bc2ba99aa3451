package org.yjinspect.cli;

import io.javalin.Javalin;
import io.javalin.util.JavalinException;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import org.yjinspect.Application;

/**
 * The server itself, on the database {@link ServeCommand} was given: a {@link DatabaseCommand}, so it
 * opens, refuses and closes the database as every other command does.
 */
final class ServeApi extends DatabaseCommand {
    private final ListenAddress address;

    ServeApi(ListenAddress address) {
        this.address = address;
    }

    @Override
    protected int run(Application app, PrintWriter out) {
        CountDownLatch stopped = new CountDownLatch(1);
        Javalin web = start(app);
        // On Ctrl-C the JVM runs hooks and then halts, so the hook itself stops the server and
        // closes the database (which stops the embedded PostgreSQL); closing again later is a no-op.
        Thread hook = new Thread(() -> {
            web.stop();
            app.close();
            stopped.countDown();
        }, "yjinspect-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        long heapLimit = Runtime.getRuntime().maxMemory() >> 20;
        out.println("yjinspect serving on http://" + address.host() + ":" + web.port() + " ("
                + app.database().config().describe() + "; heap limit " + heapLimit + " MB); Ctrl-C to stop");
        UserSetUpNotice.print(app, "http://" + address.host() + ":" + web.port(), out);
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            web.stop();
        }
        return 0;
    }

    /** Checked before the database opened ({@link ListenAddress}); another program may have taken the port since. */
    private Javalin start(Application app) {
        Javalin web = app.web();
        try {
            return web.start(address.host(), address.port());
        } catch (JavalinException e) {
            throw new InputError("cannot listen on " + address.describe() + " (" + rootMessage(e) + "); stop the"
                    + " program using it, or choose another --port or --host", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}

package org.yjinspect.cli;

import java.io.PrintWriter;
import org.yjinspect.Application;

/** The demonstration made (or found) on the opened database, then the server as {@code serve} runs it. */
final class DemoServe extends DatabaseCommand {
    private final ListenAddress address;

    DemoServe(ListenAddress address) {
        this.address = address;
    }

    @Override
    protected int run(Application app, PrintWriter out) {
        out.println("Preparing the demonstration inspection (the first run takes a minute)...");
        out.flush();
        DemoSeed.Outcome outcome = new DemoSeed(app).seedOrReuse();
        DemoNotice.print(outcome, "http://" + address.host() + ":" + address.port(), database.config().describe(), out);
        out.flush();
        return new ServeApi(address).run(app, out);
    }
}

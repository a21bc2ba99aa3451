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
        out.println("Looking for the demonstration inspection (making one takes a minute or two the first time)...");
        out.flush();
        DemoSeed.Outcome outcome = new DemoSeed(app).seedOrReuse();
        DemoNotice.print(outcome, "http://" + address.host() + ":" + address.port(), database.config().describe(),
                String.valueOf(database.dataDirectory), out);
        out.flush();
        return new ServeApi(address).run(app, out);
    }
}

package org.yjinspect.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.yjinspect.cli.Main;
import org.yjinspect.platform.db.TestDatabase;

/** One run of the command line as a user types it: its exit code and what it printed on each stream. */
public record CommandRun(int exit, String out, String err) {
    public static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CommandRun(exit, out.toString(), err.toString());
    }

    /** The same, on the test's database (its options added after the user's words). */
    public static CommandRun on(TestDatabase db, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(db.options()));
        return of(all.toArray(String[]::new));
    }
}

package org.yjinspect.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.yjinspect.Application;
import org.yjinspect.library.domain.LibraryInspection;
import picocli.CommandLine.Command;

/** {@code yjinspect published list}: the library, newest publication first. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the inspections in the library.")
public final class PublishedListCommand extends DatabaseCommand {
    @Override
    protected int run(Application app, PrintWriter out) {
        List<LibraryInspection> all = app.library().all();
        if (all.isEmpty()) {
            out.println("the library is empty; add reports with: yjinspect published add FILE... --as ADMINISTRATOR");
            return 0;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"id", "service", "month", "version", "score", "overall"});
        for (LibraryInspection i : all) {
            rows.add(new String[] {String.valueOf(i.id()), i.service(), i.published().toString(),
                i.frameworkVersion().label(), i.score() == null ? "-" : i.score() + "/" + i.maxScore(),
                i.overallRating() == null ? "-" : i.overallRating().label()});
        }
        PublishedShowCommand.table(out, rows);
        return 0;
    }
}

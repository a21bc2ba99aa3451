package org.yjinspect.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.yjinspect.Application;
import org.yjinspect.library.domain.LibraryInspection;
import org.yjinspect.library.domain.LibraryKeyQuestion;
import org.yjinspect.library.domain.LibraryStandard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code yjinspect published show ID}: one inspection's figures and warnings. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show an inspection of the library.")
public final class PublishedShowCommand extends DatabaseCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "the library id (yjinspect published list)")
    long id;

    @Override
    protected int run(Application app, PrintWriter out) {
        LibraryInspection i = app.library().kept(id);
        out.println(i.service() + ", published " + i.published() + " (" + i.frameworkVersion().label() + " framework)");
        out.println("score: " + (i.score() == null ? "not printed" : i.score() + "/" + i.maxScore()) + "; overall: "
                + (i.overallRating() == null ? "not printed" : i.overallRating().label()));
        out.println("cases inspected: court " + count(i.cases().court()) + ", out-of-court "
                + count(i.cases().outOfCourt()) + ", resettlement " + count(i.cases().resettlement()));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"standard", "rating", "key question", "figure"});
        for (LibraryStandard s : i.standards()) {
            rows.add(new String[] {s.number() + " " + s.name(), s.rating() == null ? "-" : s.rating().label(), "", ""});
            for (LibraryKeyQuestion q : s.keyQuestions()) {
                rows.add(new String[] {"", "", q.text(), q.figure() == null ? "no figure" : q.figure().describe()});
            }
        }
        table(out, rows);
        out.println(i.warnings().isEmpty() ? "no warnings" : "warnings:");
        i.warnings().forEach(w -> out.println("  - " + w));
        out.println("source: " + i.source() + "; added " + i.added());
        return 0;
    }

    private static String count(Integer n) {
        return n == null ? "not printed" : n.toString();
    }

    /** Columns padded to their widest cell, the last one not padded. */
    static void table(PrintWriter out, List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        rows.forEach(r -> {
            for (int c = 0; c < r.length; c++) {
                widths[c] = Math.max(widths[c], r[c].length());
            }
        });
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < r.length; c++) {
                line.append(c == r.length - 1 ? r[c] : String.format("%-" + widths[c] + "s  ", r[c]));
            }
            out.println(line.toString().stripTrailing());
        }
    }
}

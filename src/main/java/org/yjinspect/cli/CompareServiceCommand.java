package org.yjinspect.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.yjinspect.Application;
import org.yjinspect.comparison.domain.ServiceHistory;
import org.yjinspect.comparison.web.ComparisonJson;
import org.yjinspect.library.domain.LibraryInspection;
import org.yjinspect.library.domain.ServiceKeyPolicy;
import org.yjinspect.records.web.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code yjinspect compare service NAME-or-KEY}: a service's published inspections over time. */
@Command(name = "service", description = "A service's published inspections over time, by its name as a report"
        + " prints it or its key as the library lists it.")
final class CompareServiceCommand extends DatabaseCommand {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;
    @Parameters(paramLabel = "NAME-or-KEY", description = "Such as \"Torbay Youth Offending Service\" or torbay.")
    String service;
    @Mixin
    JsonOption output;

    @Override
    protected int run(Application app, PrintWriter out) {
        String key = ServiceKeyPolicy.fold(service).value();
        ServiceHistory history = app.comparisons().service(key == null ? service : key);
        if (output.json) {
            out.println(RecordJson.write(ComparisonJson.service(history)));
            return 0;
        }
        out.println(history.service() + " (" + history.serviceKey() + "): " + history.inspections().size()
                + " published inspection" + (history.inspections().size() == 1 ? "" : "s") + ", oldest first");
        List<String[]> rows = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("standard"));
        List<String> overall = new ArrayList<>(List.of("overall rating"));
        for (LibraryInspection i : history.inspections()) {
            head.add(i.published() + " (" + i.frameworkVersion().label() + ")");
            overall.add(i.overallRating() == null ? "not printed" : i.overallRating().label());
        }
        rows.add(head.toArray(String[]::new));
        rows.add(overall.toArray(String[]::new));
        for (ServiceHistory.Row row : history.rows()) {
            List<String> line = new ArrayList<>(List.of(row.label()));
            row.cells().forEach(c -> line.add(!c.applies() ? "-" : c.rating() == null ? "not rated" : c.rating().label()));
            rows.add(line.toArray(String[]::new));
        }
        CompareText.table(out, rows);
        out.println("-: the standard is not in that inspection's framework version");
        return 0;
    }
}

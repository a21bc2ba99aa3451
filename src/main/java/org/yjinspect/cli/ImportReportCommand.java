package org.yjinspect.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.framework.resource.FrameworkCatalogue;
import org.yjinspect.published.app.ImportPublishedReportCommand;
import org.yjinspect.published.app.ImportPublishedReport;
import org.yjinspect.published.app.ReportImportException;
import org.yjinspect.published.csv.PublishedReportCsv;
import org.yjinspect.published.domain.PublishedReport;
import org.yjinspect.published.json.PublishedReportJson;
import org.yjinspect.published.text.PublishedReportText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code yjinspect import-report FILE...}: read published inspection reports (PDF or text) into structured data. */
@Command(name = "import-report", mixinStandardHelpOptions = true,
        description = {"Import published HMIP youth inspection reports: the PDF itself, or its text (as a",
            "converter such as pdftotext leaves it). A PDF is told by its content, not its name.",
            "Prints per report its ratings page, each standard's key-question and prompt figures, the",
            "cases inspected, recommendations, contextual facts, stated panel discretion and warnings.",
            "The JSON of one report is valid input to 'yjinspect rate'. Files that are missing, not",
            "inspection reports, or PDFs without readable text (password-protected, scanned, damaged)",
            "are named on standard error with what to do, and the exit code is 2."})
public final class ImportReportCommand implements Callable<Integer> {
    enum Format { json, csv, text }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "report PDFs or text files")
    List<Path> files;

    @Option(names = "--format", defaultValue = "json",
            description = "json (one object, or an array for several files), csv (one row per report) or text "
                    + "(default: ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() {
        ImportPublishedReport importer = new ImportPublishedReport(ImportReportCommand::catalogue);
        List<PublishedReport> reports = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Path file : files) {
            try {
                reports.add(importer.importFile(new ImportPublishedReportCommand(file)));
            } catch (ReportImportException e) {
                errors.add(e.getMessage());
            }
        }
        if (!reports.isEmpty()) {
            spec.commandLine().getOut().print(render(reports));
            spec.commandLine().getOut().flush();
        }
        errors.forEach(e -> spec.commandLine().getErr().println("error: " + e));
        spec.commandLine().getErr().flush();
        return errors.isEmpty() ? 0 : Main.INPUT_ERROR;
    }

    private String render(List<PublishedReport> reports) {
        return switch (format) {
            case json -> (reports.size() == 1 ? new PublishedReportJson().write(reports.get(0))
                    : new PublishedReportJson().writeAll(reports)) + "\n";
            case csv -> new PublishedReportCsv().write(reports);
            case text -> String.join("\n", reports.stream().map(r -> new PublishedReportText().write(r)).toList());
        };
    }

    private static Optional<Framework> catalogue(FrameworkVersion version) {
        try {
            return Optional.of(FrameworkCatalogue.load(version));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}

package org.yjinspect.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.yjinspect.Application;
import org.yjinspect.caseload.app.CaseloadSnapshot;
import org.yjinspect.caseload.app.ImportCaseloadCommand;
import org.yjinspect.caseload.app.ImportReport;
import org.yjinspect.caseload.csv.CaseloadCsvReader;
import org.yjinspect.caseload.csv.CaseloadCsvWriter;
import org.yjinspect.caseload.domain.CaseTypes;
import org.yjinspect.caseload.synthetic.SyntheticCaseload;
import org.yjinspect.platform.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code yjinspect caseload import|show|generate}. */
@Command(name = "caseload", mixinStandardHelpOptions = true, description = "Import and look at an inspection's caseload.",
        subcommands = {CaseloadCommand.Import.class, CaseloadCommand.Show.class, CaseloadCommand.Generate.class})
public final class CaseloadCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Import a caseload CSV export"
            + " (columns: see docs/sampling.md). Nothing is imported if any row is invalid, unless --skip-invalid.")
    static final class Import extends InspectionRecordCommand {
        @Parameters(paramLabel = "FILE", description = "The CSV file (UTF-8, comma or semicolon).")
        Path file;
        @Option(names = "--skip-invalid", description = "Import the valid rows and list the invalid ones.")
        boolean skipInvalid;
        @Option(names = "--json", description = "Print the import report as JSON.")
        boolean json;

        @Override
        protected int change(Application app, PrintWriter out) {
            byte[] content = read(file);
            ImportReport report = app.caseloads().importCaseload(new ImportCaseloadCommand(inspection,
                    new CaseloadCsvReader().read(file.getFileName().toString(), content), skipInvalid, actor()));
            if (json) {
                out.println(Json.write(report));
            } else {
                report.errors().forEach(e -> out.println(file.getFileName() + ", " + e));
                out.println(report.summary());
            }
            return report.imported() ? 0 : Main.INPUT_ERROR;
        }

        private static byte[] read(Path file) {
            try {
                if (Files.size(file) > CaseloadCsvReader.MAX_BYTES) {
                    throw new InputError(file + ": larger than 64 MB; is this a caseload export?");
                }
                return Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                throw new InputError(file + ": no such file");
            } catch (IOException e) {
                throw new InputError(file + ": cannot be read (" + e.getMessage() + ")", e);
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Count an inspection's cases by type.")
    static final class Show extends DatabaseCommand {
        @Option(names = "--inspection", required = true, paramLabel = "ID")
        long inspection;

        @Override
        protected int run(Application app, PrintWriter out) {
            CaseloadSnapshot caseload = app.caseloads().caseload(inspection);
            out.println("Inspection " + inspection + ": " + caseload.cases().size() + " cases (caseload revision "
                    + caseload.revision() + ")");
            caseload.records().stream().collect(java.util.stream.Collectors.groupingBy(c -> c.caseType(),
                    java.util.TreeMap::new, java.util.stream.Collectors.counting()))
                    .forEach((type, count) -> out.println("  " + CaseTypes.label(type) + ": " + count));
            return 0;
        }
    }

    @Command(name = "generate", mixinStandardHelpOptions = true, description = "Write a made-up caseload CSV for"
            + " trying yjinspect out or benchmarking (no real children). With --inspection, every case is dated"
            + " inside that inspection's eligibility windows, so all of it can be sampled.")
    static final class Generate implements java.util.concurrent.Callable<Integer> {
        @Option(names = "--rows", defaultValue = "1000")
        int rows;
        @Option(names = "--seed", defaultValue = "1")
        long seed;
        @Option(names = "--announced", paramLabel = "DATE", converter = IsoDate.class, description = "Announcement date"
                + " the dates are spread over the 450 days before (default today). Not with --inspection.")
        LocalDate announced;
        @Option(names = "--inspection", paramLabel = "ID", description = "Date every case inside this inspection's"
                + " eligibility windows (reads the inspection from the database).")
        Long inspection;
        @Option(names = "--output", paramLabel = "FILE", required = true)
        Path output;
        @picocli.CommandLine.Mixin
        DatabaseOptions database;

        @Override
        public Integer call() {
            if (rows < 1 || rows > CaseloadCsvReader.MAX_ROWS) {
                throw new InputError("--rows must be between 1 and " + CaseloadCsvReader.MAX_ROWS + " (got " + rows + ")");
            }
            if (inspection != null && announced != null) {
                throw new InputError("give --inspection or --announced, not both: with --inspection the cases are"
                        + " dated from that inspection's announcement and windows");
            }
            SyntheticCaseload caseload = inspection != null ? forInspection(inspection)
                    : new SyntheticCaseload(seed, announced != null ? announced : LocalDate.now());
            try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                new CaseloadCsvWriter().write(caseload.cases(rows), writer);
            } catch (IOException e) {
                throw new InputError(output + ": cannot be written (" + e.getMessage() + ")", e);
            }
            return 0;
        }

        private SyntheticCaseload forInspection(long id) {
            try (Application app = Application.open(database.config())) {
                var details = app.inspections().get(id).details();
                return SyntheticCaseload.insideWindows(seed, details.announcementDate(), details.windows());
            } catch (IllegalArgumentException e) {
                throw new InputError(e.getMessage(), e);
            }
        }
    }
}

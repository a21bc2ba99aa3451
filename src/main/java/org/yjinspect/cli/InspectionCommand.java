package org.yjinspect.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import org.yjinspect.Application;
import org.yjinspect.inspection.app.CreateInspectionCommand;
import org.yjinspect.inspection.app.DeleteInspectionCommand;
import org.yjinspect.inspection.app.InspectionDeleted;
import org.yjinspect.inspection.domain.Inspection;
import org.yjinspect.inspection.web.DeletionJson;
import org.yjinspect.inspection.web.InspectionJson;
import org.yjinspect.platform.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code yjinspect inspection create|list|show|delete|export|import}. */
@Command(name = "inspection", mixinStandardHelpOptions = true, description = "Set up and look at inspections.",
        subcommands = {InspectionCommand.Create.class, InspectionCommand.ListAll.class, InspectionCommand.Show.class,
            InspectionCommand.Delete.class, TransferExportCommand.class, TransferImportCommand.class})
public final class InspectionCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static String describe(Inspection i) {
        var d = i.details();
        return "Inspection " + i.id() + ": " + d.serviceName() + " (" + d.kind().label() + ", framework "
                + d.frameworkVersion().label() + ")\n  announced " + d.announcementDate() + ", fieldwork "
                + d.fieldworkStart() + " to " + d.fieldworkEnd() + "\n  eligibility: court "
                + d.windows().court().describe(d.announcementDate()) + "; out-of-court "
                + d.windows().outOfCourt().describe(d.announcementDate()) + "; resettlement "
                + d.windows().resettlement().describe(d.announcementDate());
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create an inspection and print its id.")
    static final class Create extends RecordCommand {
        @Option(names = "--service", required = true, description = "Name of the youth justice service.")
        String service;
        @Option(names = "--kind", defaultValue = "inspection", description = "inspection or self-assessment.")
        String kind;
        @Option(names = "--framework", required = true, description = "Framework version: 2018 or 2021 (fixed for"
                + " the inspection's whole life).")
        String framework;
        @Option(names = "--announced", required = true, paramLabel = "DATE", converter = IsoDate.class, description = "Announcement date, yyyy-mm-dd.")
        LocalDate announced;
        @Option(names = "--fieldwork-start", required = true, paramLabel = "DATE", converter = IsoDate.class)
        LocalDate fieldworkStart;
        @Option(names = "--fieldwork-end", required = true, paramLabel = "DATE", converter = IsoDate.class)
        LocalDate fieldworkEnd;
        @Option(names = "--court-window", paramLabel = "N-M", description = "Months before the announcement (default 6-9).")
        String courtWindow;
        @Option(names = "--out-of-court-window", paramLabel = "N-M", description = "Default 3-5.")
        String outOfCourtWindow;
        @Option(names = "--resettlement-window", paramLabel = "N-M", description = "Default 4-12.")
        String resettlementWindow;
        @Option(names = "--json", description = "Print JSON instead of text.")
        boolean json;

        @Override
        protected int change(Application app, PrintWriter out) {
            Inspection created = app.inspections().create(new CreateInspectionCommand(service, kind, framework,
                    announced, fieldworkStart, fieldworkEnd, courtWindow, outOfCourtWindow, resettlementWindow,
                    actor(), account()));
            out.println(json ? Json.write(InspectionJson.of(created)) : describe(created));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List inspections.")
    static final class ListAll extends DatabaseCommand {
        @Option(names = "--json", description = "Print JSON instead of text.")
        boolean json;

        @Override
        protected int run(Application app, PrintWriter out) {
            var all = app.inspections().all();
            if (json) {
                out.println(Json.write(all.stream().map(InspectionJson::of).toList()));
            } else {
                all.forEach(i -> out.println(i.id() + "\t" + i.details().serviceName() + "\t"
                        + i.details().frameworkVersion().label() + "\t" + i.details().announcementDate()));
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one inspection.")
    static final class Show extends DatabaseCommand {
        @Parameters(paramLabel = "ID", description = "The inspection id.")
        long id;
        @Option(names = "--json", description = "Print JSON instead of text.")
        boolean json;

        @Override
        protected int run(Application app, PrintWriter out) {
            Inspection inspection = app.inspections().get(id);
            out.println(json ? Json.write(InspectionJson.of(inspection)) : describe(inspection));
            return 0;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete an inspection that was never"
            + " published (set up by mistake, or a trial run), with everything in it. Its audit trail is kept."
            + " A published inspection is never deleted.")
    static final class Delete extends RecordCommand {
        @Parameters(paramLabel = "ID", description = "The inspection id.")
        long id;
        @Option(names = "--reason", required = true, description = "Why, e.g. \"set up twice by mistake\".")
        String reason;
        @Option(names = "--json", description = "Print JSON instead of text.")
        boolean json;

        @Override
        protected int change(Application app, PrintWriter out) {
            InspectionDeleted deleted = app.inspections().delete(new DeleteInspectionCommand(id, reason, actor()));
            if (json) {
                out.println(Json.write(DeletionJson.of(deleted)));
            } else {
                String said = deleted.deleted().explanation();
                out.println(Character.toUpperCase(said.charAt(0)) + said.substring(1));
                deleted.removedRecords().forEach((table, rows) -> out.println("  removed " + rows + " " + table));
            }
            return 0;
        }
    }
}

package org.yjinspect.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.yjinspect.Application;
import org.yjinspect.context.app.AddFigureCommand;
import org.yjinspect.context.domain.ContextualFactsView;
import org.yjinspect.context.domain.EnteredFigure;
import org.yjinspect.context.domain.ProfileRow;
import org.yjinspect.context.domain.ProfileTable;
import org.yjinspect.records.web.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code yjinspect context show|add-figure|remove-figure}: the report's contextual facts. */
@Command(name = "context", mixinStandardHelpOptions = true,
        description = "Contextual facts: the caseload's profile and the national or local figures entered beside it.",
        subcommands = {ContextCommand.Show.class, ContextCommand.AddFigure.class, ContextCommand.RemoveFigure.class})
public final class ContextCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "The caseload's profile and the figures.")
    static final class Show extends InspectionReadCommand {
        @Mixin
        JsonOption output;

        @Override
        protected int run(Application app, PrintWriter out) {
            ContextualFactsView view = app.contextualFacts().of(inspection);
            if (output.json) {
                out.println(RecordJson.write(view));
                return 0;
            }
            if (view.profile().isEmpty()) {
                out.println("Caseload profile: not recorded (no caseload has been imported)");
            } else {
                out.println("Caseload profile (" + view.caseloadSize() + " cases):");
            }
            for (ProfileTable table : view.profile()) {
                out.println(table.heading());
                for (ProfileRow row : table.rows()) {
                    out.println(String.format(Locale.UK, "  %-45s %5d  %5.1f%%", row.category(), row.count(),
                            row.percent()));
                }
            }
            out.println(view.figures().isEmpty() ? "No figures entered" : "Figures entered:");
            view.figures().forEach(f -> out.println("  [id " + f.id() + "] " + CaseText.visible(f.label()) + ": "
                    + CaseText.visible(f.value()) + " (" + CaseText.visible(f.source()) + ")"));
            return 0;
        }
    }

    @Command(name = "add-figure", mixinStandardHelpOptions = true, description = "Enter a national or local figure.")
    static final class AddFigure extends InspectionRecordCommand {
        @Option(names = "--label", required = true, paramLabel = "TEXT",
                description = "What it is, e.g. \"Reoffending rate (national)\".")
        String label;
        @Option(names = "--value", required = true, paramLabel = "TEXT", description = "As the source gives it, e.g. 34.9%.")
        String value;
        @Option(names = "--source", required = true, paramLabel = "TEXT",
                description = "Where it comes from, e.g. \"MoJ proven reoffending, Jan 2022\".")
        String source;

        @Override
        protected int change(Application app, PrintWriter out) {
            EnteredFigure f = app.contextualFacts().addFigure(new AddFigureCommand(inspection, label, value, source,
                    actor()));
            out.println("figure " + f.id() + " entered: " + CaseText.visible(f.label()) + ": " + CaseText.visible(f.value()));
            return 0;
        }
    }

    @Command(name = "remove-figure", mixinStandardHelpOptions = true, description = "Remove a figure entered.")
    static final class RemoveFigure extends InspectionRecordCommand {
        @Option(names = "--id", required = true, paramLabel = "ID")
        long id;

        @Override
        protected int change(Application app, PrintWriter out) {
            int left = app.contextualFacts().removeFigure(inspection, id, actor()).size();
            out.println("figure " + id + " removed; " + left + " figures left");
            return 0;
        }
    }
}

package org.yjinspect.cli;

import java.io.PrintWriter;
import org.yjinspect.Application;
import org.yjinspect.records.web.RecordJson;
import org.yjinspect.panel.app.DecideCommand;
import org.yjinspect.panel.app.PanelDecisions;
import org.yjinspect.panel.app.PublishCommand;
import org.yjinspect.panel.app.PanelView;
import org.yjinspect.rating.domain.Rating;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yjinspect panel show|decide|publish}. */
@Command(name = "panel", mixinStandardHelpOptions = true, description = "The ratings panel: decisions per standard, then publishing (which locks the inspection).",
        subcommands = {PanelCommand.Show.class, PanelCommand.Decide.class, PanelCommand.Publish.class})
public final class PanelCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static String label(Rating rating) {
        return rating == null ? "not rated" : rating.label();
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Each standard's computed rating, triggers, decision and final rating.")
    static final class Show extends InspectionReadCommand {
        @Override
        protected int run(Application app, PrintWriter out) {
            PanelView view = app.panel().show(inspection);
            out.println("Inspection " + inspection + " (revision " + view.state().revision() + ")"
                    + (view.state().publishedAt() != null ? ", published " + view.state().publishedAt() + " by "
                    + view.state().publishedBy() : ""));
            for (PanelView.StandardLine line : view.standards()) {
                out.println(String.format("%-4s %-28s computed %-21s final %-21s decision %s", line.number(),
                        line.name().length() > 28 ? line.name().substring(0, 27) + "." : line.name(),
                        label(line.computedRating()), label(line.finalRating()),
                        line.decision().revision() == 0 ? "-" : label(line.decision().rating()) + " [revision "
                                + line.decision().revision() + "]"));
                line.triggers().forEach(t -> out.println("       trigger: " + t));
                if (line.decisionRefused() != null) {
                    out.println("       no longer holds: " + line.decisionRefused());
                }
            }
            out.println(view.readiness().ready() ? "Ready to publish." : "Not ready to publish: "
                    + String.join("; ", view.readiness().outstanding()));
            return 0;
        }
    }

    @Command(name = "decide", mixinStandardHelpOptions = true,
            description = "Record the panel's decision: the computed rating, or one band up or down where a trigger holds, with a rationale.")
    static final class Decide extends RecordCommand {
        @Option(names = "--inspection", required = true, paramLabel = "ID")
        long inspection;
        @Option(names = "--standard", required = true, paramLabel = "N")
        String standard;
        @Option(names = "--rating", required = true, paramLabel = "RATING")
        String rating;
        @Option(names = "--rationale", defaultValue = "", paramLabel = "TEXT")
        String rationale;
        @Option(names = "--base-revision", required = true, paramLabel = "N", description = "0 for the first decision.")
        int baseRevision;

        @Override
        protected int change(Application app, PrintWriter out) {
            PanelDecisions.Decision decision = app.panel().decide(new DecideCommand(inspection, standard, rating,
                    rationale, baseRevision, actor()));
            out.println(RecordJson.write(decision));
            return 0;
        }
    }

    @Command(name = "publish", mixinStandardHelpOptions = true, description = "Publish the final ratings; the inspection becomes read-only.")
    static final class Publish extends RecordCommand {
        @Option(names = "--inspection", required = true, paramLabel = "ID")
        long inspection;
        @Option(names = "--base-revision", required = true, paramLabel = "N", description = "The inspection's revision (see panel show).")
        int baseRevision;

        @Override
        protected int change(Application app, PrintWriter out) {
            PanelDecisions.Publication p = app.panel().publish(new PublishCommand(inspection, baseRevision, actor()));
            out.println("Inspection " + inspection + " published " + p.publishedAt() + " by " + p.publishedBy()
                    + "; it is now read-only.\n" + p.summary());
            return 0;
        }
    }
}

package org.yjinspect.cli;

import java.io.PrintWriter;
import java.util.List;
import org.yjinspect.Application;
import org.yjinspect.recommendation.app.AddRecommendationCommand;
import org.yjinspect.recommendation.app.ChangeRecommendationCommand;
import org.yjinspect.recommendation.app.MoveRecommendationCommand;
import org.yjinspect.recommendation.app.RecommendationLine;
import org.yjinspect.recommendation.domain.Recommendation;
import org.yjinspect.records.web.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code yjinspect recommendation add|list|edit|remove|move}: the report's recommendations by addressee. */
@Command(name = "recommendation", mixinStandardHelpOptions = true,
        description = "The report's recommendations, each addressed to someone, in the report's order.",
        subcommands = {RecommendationCommand.Add.class, RecommendationCommand.ListAll.class,
            RecommendationCommand.Edit.class, RecommendationCommand.Remove.class, RecommendationCommand.Move.class})
public final class RecommendationCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The list as the report numbers it, grouped under each addressee. */
    static int print(PrintWriter out, List<Recommendation> listed) {
        if (listed.isEmpty()) {
            out.println("no recommendations yet");
            return 0;
        }
        String addressee = null;
        for (Recommendation r : listed) {
            if (!r.addressee().equals(addressee)) {
                addressee = r.addressee();
                out.println(CaseText.visible(addressee) + ":");
            }
            out.println("  " + r.position() + ". " + CaseText.visible(r.text()) + "   [id " + r.id() + "]");
        }
        return 0;
    }

    static int saved(PrintWriter out, RecommendationLine line) {
        out.println("recommendation " + line.recommendation().id() + " is number " + line.recommendation().position()
                + " (revision " + line.revision() + ")");
        return 0;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a recommendation; it goes after the"
            + " others to the same addressee.")
    static final class Add extends InspectionRecordCommand {
        @Option(names = "--addressee", required = true, paramLabel = "WHO",
                description = "Whom it is addressed to, e.g. \"The YJS management board should\".")
        String addressee;
        @Option(names = "--text", required = true, paramLabel = "TEXT", description = "What the recommendation says.")
        String text;

        @Override
        protected int change(Application app, PrintWriter out) {
            return saved(out, app.recommendations().add(new AddRecommendationCommand(inspection, addressee, text,
                    actor())));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The recommendations in the report's order.")
    static final class ListAll extends InspectionReadCommand {
        @Mixin
        JsonOption output;

        @Override
        protected int run(Application app, PrintWriter out) {
            if (output.json) {
                out.println(RecordJson.write(app.recommendations().lines(inspection)));
                return 0;
            }
            return print(out, app.recommendations().of(inspection));
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true, description = "Change a recommendation's words or"
            + " addressee (what you leave out stays as it is).")
    static final class Edit extends InspectionRecordCommand {
        @Option(names = "--id", required = true, paramLabel = "ID")
        long id;
        @Option(names = "--base-revision", required = true, paramLabel = "N",
                description = "The revision your change is based on (list --json shows it).")
        int baseRevision;
        @Option(names = "--addressee", paramLabel = "WHO")
        String addressee;
        @Option(names = "--text", paramLabel = "TEXT")
        String text;

        @Override
        protected int change(Application app, PrintWriter out) {
            if (addressee == null && text == null) {
                throw new InputError("say what to change: --addressee WHO, --text TEXT, or both");
            }
            Recommendation now = app.recommendations().of(inspection).stream().filter(r -> r.id() == id).findFirst()
                    .orElseThrow(() -> new InputError("--id " + id + ": there is no recommendation " + id
                            + " in inspection " + inspection + " (recommendation list shows them)"));
            return saved(out, app.recommendations().change(new ChangeRecommendationCommand(inspection, id, baseRevision,
                    addressee == null ? now.addressee() : addressee, text == null ? now.text() : text, actor())));
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a recommendation; the others"
            + " close up.")
    static final class Remove extends InspectionRecordCommand {
        @Option(names = "--id", required = true, paramLabel = "ID")
        long id;

        @Override
        protected int change(Application app, PrintWriter out) {
            return print(out, app.recommendations().remove(inspection, id, actor()));
        }
    }

    @Command(name = "move", mixinStandardHelpOptions = true, description = "Move a recommendation to a number in the"
            + " report's list; the first of an addressee's recommendations takes the others with it.")
    static final class Move extends InspectionRecordCommand {
        @Option(names = "--id", required = true, paramLabel = "ID")
        long id;
        @Option(names = "--to", required = true, paramLabel = "POSITION", description = "1 for the first.")
        int position;

        @Override
        protected int change(Application app, PrintWriter out) {
            app.recommendations().move(new MoveRecommendationCommand(inspection, id, position, actor()));
            return print(out, app.recommendations().of(inspection));
        }
    }
}

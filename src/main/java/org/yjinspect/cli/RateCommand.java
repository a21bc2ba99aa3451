package org.yjinspect.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.yjinspect.Application;
import org.yjinspect.framework.resource.FrameworkCatalogue;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.rating.app.InspectionRating;
import org.yjinspect.rating.app.RateInspection;
import org.yjinspect.rating.app.RateInspectionCommand;
import org.yjinspect.rating.app.StandardResult;
import org.yjinspect.rating.json.RatingInputException;
import org.yjinspect.rating.json.RatingInputReader;
import org.yjinspect.rating.json.RatingJsonWriter;
import org.yjinspect.rating.text.RatingsPageWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code yjinspect rate FILE} rates an inspection from its key-question figures;
 * {@code yjinspect rate --inspection ID} rates a stored inspection from its answers as they stand.
 * A refused panel decision is data on its standard: in a FILE it is the user's input error
 * (exit 2); for a stored inspection it is a decision the figures no longer support, shown on the
 * ratings page for the panel to take again (exit 0).
 */
@Command(name = "rate", mixinStandardHelpOptions = true,
        description = {"Rate an inspection from a JSON file of its standards' figures (see README, 'Rating input'),",
            "or (--inspection ID) a stored inspection from its case assessments, proposed ratings and panel decisions.",
            "Prints the ratings page: score, overall rating, each standard with its driving key question,",
            "discretion triggers, ratings panel decisions and any difference from published ratings."})
public final class RateCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "the rating input, JSON")
    Path file;

    @Option(names = "--inspection", paramLabel = "ID", description = "rate this stored inspection instead of a FILE")
    Long inspection;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() {
        if ((file == null) == (inspection == null)) {
            throw new InputError("give either a FILE or --inspection ID, not " + (file == null ? "neither" : "both"));
        }
        if (inspection != null) {
            print(stored(inspection));
            return 0;
        }
        RatingInputReader reader = new RatingInputReader(FrameworkCatalogue::load);
        RateInspectionCommand command;
        try {
            command = reader.read(file);
        } catch (RatingInputException e) {
            throw new InputError(e.getMessage(), e);
        }
        InspectionRating rating = new RateInspection(FrameworkCatalogue::load).rate(command);
        print(rating);
        return refusedDecisionsInTheFile(rating, command);
    }

    /**
     * A panel decision written into the input that the discretion rule refuses is an input error
     * (exit 2), one message per decision naming the file, the field and the value. The ratings
     * page is still printed, with the computed rating standing and the refusal under it.
     */
    private int refusedDecisionsInTheFile(InspectionRating rating, RateInspectionCommand command) {
        List<StandardResult> refused = rating.refusedPanelDecisions();
        PrintWriter err = spec.commandLine().getErr();
        for (StandardResult standard : refused) {
            err.println("error: " + file + ": " + panelField(standard.number(), command) + " = '"
                    + standard.panel().value().decision().orElseThrow().rating().label() + "': "
                    + standard.panelRefusal().orElseThrow());
        }
        return refused.isEmpty() ? 0 : Main.INPUT_ERROR;
    }

    /** Where in the input file a standard's panel decision sits, e.g. "standards[1].panel.rating (standard 2.1)". */
    private static String panelField(String number, RateInspectionCommand command) {
        for (int i = 0; i < command.standards().size(); i++) {
            if (command.standards().get(i).number().equals(number)) {
                return "standards[" + i + "].panel.rating (standard " + number + ")";
            }
        }
        return "standard " + number + ": panel.rating";
    }

    private InspectionRating stored(long id) {
        try (Application app = Application.open(database.config())) {
            return app.ratings().rate(id).rating();
        } catch (Problem problem) {
            throw new InputError(problem.getMessage(), problem);
        } catch (IllegalArgumentException e) {
            throw new InputError(e.getMessage(), e);
        }
    }

    private void print(InspectionRating rating) {
        String output = format == Format.json ? new RatingJsonWriter().write(rating) + "\n"
                : new RatingsPageWriter().write(rating);
        spec.commandLine().getOut().print(output);
    }
}

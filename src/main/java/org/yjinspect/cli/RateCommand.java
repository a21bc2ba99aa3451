package org.yjinspect.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.yjinspect.framework.resource.FrameworkCatalogue;
import org.yjinspect.rating.app.InspectionRating;
import org.yjinspect.rating.app.RateInspection;
import org.yjinspect.rating.app.RateInspectionCommand;
import org.yjinspect.rating.app.RatingRuleBroken;
import org.yjinspect.rating.json.RatingInputException;
import org.yjinspect.rating.json.RatingInputReader;
import org.yjinspect.rating.json.RatingJsonWriter;
import org.yjinspect.rating.text.RatingsPageWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code yjinspect rate FILE}: rate an inspection from its key-question figures. */
@Command(name = "rate", mixinStandardHelpOptions = true,
        description = {"Rate an inspection from a JSON file of its standards' figures (see README, 'Rating input').",
            "Prints the ratings page: score, overall rating, each standard with its driving key question,",
            "discretion triggers, ratings panel decisions and any difference from published ratings."})
public final class RateCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the rating input, JSON")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() {
        RatingInputReader reader = new RatingInputReader(FrameworkCatalogue::load);
        RateInspectionCommand command;
        try {
            command = reader.read(file);
        } catch (RatingInputException e) {
            throw new InputError(e.getMessage(), e);
        }
        InspectionRating rating;
        try {
            rating = new RateInspection(FrameworkCatalogue::load).rate(command);
        } catch (RatingRuleBroken e) {
            throw new InputError(file + ": " + RuleBreakLocation.path(e, command) + " = '" + e.value() + "': "
                    + e.getMessage(), e);
        }
        String output = format == Format.json ? new RatingJsonWriter().write(rating) + "\n"
                : new RatingsPageWriter().write(rating);
        spec.commandLine().getOut().print(output);
        spec.commandLine().getOut().flush();
        return 0;
    }
}

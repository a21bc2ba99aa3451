package org.yjinspect.cli;

import java.io.PrintWriter;
import org.yjinspect.Application;
import org.yjinspect.organisation.app.ProposeRatingCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yjinspect organisation propose}. */
@Command(name = "propose", mixinStandardHelpOptions = true, description = "The lead inspector's proposed rating with its rationale.")
final class OrganisationProposeCommand extends OrganisationWriteCommand {
    @Option(names = "--standard", required = true, paramLabel = "N")
    String standard;
    @Option(names = "--rating", required = true, paramLabel = "RATING")
    String rating;
    @Option(names = "--rationale", required = true, paramLabel = "TEXT")
    String rationale;

    @Override
    protected int change(Application app, PrintWriter out) {
        return print(out, app.organisation().propose(new ProposeRatingCommand(ref(), standard, rating, rationale)));
    }
}

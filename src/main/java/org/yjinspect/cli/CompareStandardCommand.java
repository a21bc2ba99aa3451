package org.yjinspect.cli;

import java.io.PrintWriter;
import org.yjinspect.Application;
import org.yjinspect.comparison.app.DistributionQuery;
import org.yjinspect.comparison.app.KeyQuestionComparison;
import org.yjinspect.comparison.app.StandardComparison;
import org.yjinspect.comparison.domain.Correspondence;
import org.yjinspect.comparison.web.ComparisonJson;
import org.yjinspect.records.web.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code yjinspect compare standard --version 2021 --standard 2.1}: its ratings across the library, per version. */
@Command(name = "standard", description = "How many of the library's inspections of a framework version got each"
        + " rating for a standard, and its key questions' spread.")
final class CompareStandardCommand extends DatabaseCommand {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;
    @Option(names = "--version", required = true, paramLabel = "2018|2021", description = "The framework version.")
    String version;
    @Option(names = "--standard", required = true, paramLabel = "N", description = "The standard, such as 2.1.")
    String standard;
    @Mixin
    JsonOption output;

    @Override
    protected int run(Application app, PrintWriter out) {
        StandardComparison compared = app.comparisons().standard(DistributionQuery.of(version, standard, null));
        if (output.json) {
            out.println(RecordJson.write(ComparisonJson.standard(compared)));
            return 0;
        }
        out.println(compared.standard().number() + " " + compared.standard().name() + ", "
                + compared.tally().version().label() + " framework: published ratings");
        CompareText.tally(out, compared.tally());
        String other = Correspondence.other(compared.tally().version()).label();
        CompareText.mapping(out, compared.mapping(), other);
        compared.counterpart().ifPresent(tally -> {
            out.println(tally.standard() + " in " + other + " inspections:");
            CompareText.tally(out, tally);
        });
        for (KeyQuestionComparison kq : compared.keyQuestions()) {
            out.println(kq.name() + ": " + CompareText.spread(kq.spread()));
        }
        return 0;
    }
}

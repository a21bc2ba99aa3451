package org.yjinspect.cli;

import java.io.PrintWriter;
import org.yjinspect.Application;
import org.yjinspect.cli.DatabaseCommand;
import org.yjinspect.platform.json.Json;
import org.yjinspect.sampling.app.DrawSampleCommand;
import org.yjinspect.sampling.app.ReplaceSampledCaseCommand;
import org.yjinspect.sampling.app.SampleReport;
import org.yjinspect.sampling.app.StoredSample;
import org.yjinspect.sampling.text.SampleText;
import org.yjinspect.sampling.web.SampleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yjinspect sample draw|show|replace}. */
@Command(name = "sample", mixinStandardHelpOptions = true, description = "Draw, show and adjust an inspection's case sample.",
        subcommands = {SampleCommand.Draw.class, SampleCommand.Show.class, SampleCommand.Replace.class})
public final class SampleCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static void print(PrintWriter out, SampleReport report, boolean json) {
        out.print(json ? Json.write(SampleJson.of(report)) + "\n" : SampleText.render(report));
        out.flush();
    }

    @Command(name = "draw", mixinStandardHelpOptions = true, description = "Draw the sample from the imported caseload.")
    static final class Draw extends DatabaseCommand {
        @Option(names = "--inspection", required = true, paramLabel = "ID")
        long inspection;
        @Option(names = "--seed", description = "Seed for the random choice (default: a random seed, stored with the sample).")
        Long seed;
        @Option(names = "--confidence", paramLabel = "PERCENT", description = "80, 85, 90, 95 or 99 (default 80).")
        Integer confidence;
        @Option(names = "--margin", paramLabel = "POINTS", description = "Margin of error in percentage points (default 5).")
        Double margin;
        @Option(names = "--minimum", description = "Smallest court sample (default none).")
        Integer minimum;
        @Option(names = "--maximum", description = "Largest court sample (default none).")
        Integer maximum;
        @Option(names = "--resettlement-cap", description = "Most resettlement cases to take (default 3).")
        Integer resettlementCap;
        @Option(names = "--json", description = "Print JSON instead of text.")
        boolean json;

        @Override
        protected int run(Application app, PrintWriter out) {
            print(out, app.samples().draw(new DrawSampleCommand(inspection, seed, confidence, margin, minimum,
                    maximum, resettlementCap)), json);
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show the sample against the population.")
    static final class Show extends DatabaseCommand {
        @Option(names = "--inspection", required = true, paramLabel = "ID")
        long inspection;
        @Option(names = "--json", description = "Print JSON instead of text.")
        boolean json;

        @Override
        protected int run(Application app, PrintWriter out) {
            print(out, app.samples().show(inspection), json);
            return 0;
        }
    }

    @Command(name = "replace", mixinStandardHelpOptions = true, description = "Replace a sampled case, giving the reason.")
    static final class Replace extends DatabaseCommand {
        @Option(names = "--inspection", required = true, paramLabel = "ID")
        long inspection;
        @Option(names = "--case", required = true, paramLabel = "REFERENCE")
        String caseReference;
        @Option(names = "--reason", required = true, description = "Why, e.g. \"case file unavailable\".")
        String reason;
        @Option(names = "--json", description = "Print JSON instead of text.")
        boolean json;

        @Override
        protected int run(Application app, PrintWriter out) {
            StoredSample.ReplacementRecord r = app.samples().replace(
                    new ReplaceSampledCaseCommand(inspection, caseReference, reason));
            out.println(json ? Json.write(r) : r.replacedReference() + " replaced by " + r.replacementReference()
                    + ": " + r.matchReason());
            return 0;
        }
    }
}

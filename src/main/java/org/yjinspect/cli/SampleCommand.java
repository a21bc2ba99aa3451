package org.yjinspect.cli;

import java.io.PrintWriter;
import org.yjinspect.Application;
import org.yjinspect.platform.json.Json;
import org.yjinspect.rules.Ruling;
import org.yjinspect.sampling.app.DiscardOutcome;
import org.yjinspect.sampling.app.DiscardSampleCommand;
import org.yjinspect.sampling.app.DrawOutcome;
import org.yjinspect.sampling.app.DrawSampleCommand;
import org.yjinspect.sampling.app.ReplaceSampledCaseCommand;
import org.yjinspect.sampling.app.SampleReport;
import org.yjinspect.sampling.app.StoredSample;
import org.yjinspect.sampling.text.SampleText;
import org.yjinspect.sampling.web.RefusalJson;
import org.yjinspect.sampling.web.SampleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yjinspect sample draw|show|replace|discard}. */
@Command(name = "sample", mixinStandardHelpOptions = true, description = "Draw, show and adjust an inspection's case sample.",
        subcommands = {SampleCommand.Draw.class, SampleCommand.Show.class, SampleCommand.Replace.class,
            SampleCommand.Discard.class})
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

    /** A rule's refusal: the reason on standard error (JSON on standard output with --json), exit code 2. */
    static int refused(PrintWriter out, PrintWriter err, Ruling<?> ruling, Object json) {
        if (json != null) {
            out.println(Json.write(json));
        }
        err.println("error: " + ruling.reason());
        return Main.INPUT_ERROR;
    }

    @Command(name = "draw", mixinStandardHelpOptions = true, description = "Draw the sample from the imported caseload."
            + " Refused, with each case type's window as dates, when no case can be sampled.")
    static final class Draw extends InspectionRecordCommand {
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
        protected int change(Application app, PrintWriter out) {
            DrawOutcome outcome = app.samples().draw(new DrawSampleCommand(inspection, seed, confidence, margin,
                    minimum, maximum, resettlementCap, actor()));
            if (outcome.refused()) {
                return refused(out, spec.commandLine().getErr(), outcome.ruling(),
                        json ? RefusalJson.of(outcome.ruling(), outcome.windows()) : null);
            }
            print(out, outcome.sample(), json);
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
    static final class Replace extends InspectionRecordCommand {
        @Option(names = "--case", required = true, paramLabel = "REFERENCE")
        String caseReference;
        @Option(names = "--reason", required = true, description = "Why, e.g. \"case file unavailable\".")
        String reason;
        @Option(names = "--json", description = "Print JSON instead of text.")
        boolean json;

        @Override
        protected int change(Application app, PrintWriter out) {
            StoredSample.ReplacementRecord r = app.samples().replace(
                    new ReplaceSampledCaseCommand(inspection, caseReference, reason, actor()));
            out.println(json ? Json.write(r) : r.replacedReference() + " replaced by " + r.replacementReference()
                    + ": " + r.matchReason());
            return 0;
        }
    }

    @Command(name = "discard", mixinStandardHelpOptions = true, description = "Discard the sample while none of its"
            + " cases has an answer, so the caseload can be corrected and a sample drawn again. Recorded in the"
            + " audit trail.")
    static final class Discard extends InspectionRecordCommand {
        @Option(names = "--reason", required = true, description = "Why, e.g. \"caseload export had the wrong dates\".")
        String reason;
        @Option(names = "--json", description = "Print JSON instead of text.")
        boolean json;

        @Override
        protected int change(Application app, PrintWriter out) {
            DiscardOutcome outcome = app.samples().discard(new DiscardSampleCommand(inspection, reason, actor()));
            if (outcome.refused()) {
                return refused(out, spec.commandLine().getErr(), outcome.ruling(),
                        json ? RefusalJson.of(outcome.ruling(), java.util.List.of()) : null);
            }
            var d = outcome.discarded();
            out.println(json ? Json.write(d) : "Sample " + d.sampleId() + " of inspection " + d.inspectionId() + " ("
                    + d.cases() + " cases, seed " + d.seed() + ") discarded by " + d.discardedBy() + ": " + d.reason()
                    + "\nThe caseload can be imported again and a new sample drawn.");
            return 0;
        }
    }
}

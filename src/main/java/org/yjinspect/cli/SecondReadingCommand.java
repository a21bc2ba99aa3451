package org.yjinspect.cli;

import java.io.PrintWriter;
import java.util.List;
import org.yjinspect.Application;
import org.yjinspect.access.domain.Action;
import org.yjinspect.records.web.RecordJson;
import org.yjinspect.secondreading.app.AllocateSecondReaderCommand;
import org.yjinspect.secondreading.app.ChooseCasesCommand;
import org.yjinspect.secondreading.app.ChosenCase;
import org.yjinspect.secondreading.app.DrawCasesCommand;
import org.yjinspect.secondreading.app.SecondReadingOverview;
import org.yjinspect.secondreading.app.WithdrawCaseCommand;
import org.yjinspect.secondreading.app.Who;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yjinspect second-reading ...}: choose, draw and allocate cases to read twice, read, compare, settle. */
@Command(name = "second-reading", mixinStandardHelpOptions = true,
        description = "Second reading and moderation (docs/second-reading.md): part of the sample read again, blind.",
        subcommands = {SecondReadingCommand.Cases.class, SecondReadingCommand.Choose.class,
            SecondReadingCommand.Draw.class, SecondReadingCommand.Allocate.class, SecondReadingCommand.Withdraw.class,
            SecondReadingAnswerCommand.Show.class, SecondReadingAnswerCommand.Answer.class,
            SecondReadingAnswerCommand.Classify.class, SecondReadingAnswerCommand.Submit.class,
            SecondReadingResultCommand.Agreement.class, SecondReadingResultCommand.Disagreements.class,
            SecondReadingResultCommand.Settle.class, SecondReadingResultCommand.Effect.class})
public final class SecondReadingCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static String line(ChosenCase c) {
        return CaseText.visible(c.caseReference()) + "  first: " + reader(c.firstReader()) + " ("
                + c.firstReading().name().toLowerCase(java.util.Locale.ROOT) + ")  second: " + reader(c.secondReader())
                + " (" + c.secondReading().name().toLowerCase(java.util.Locale.ROOT) + ", revision " + c.revision() + ")"
                + (c.drawn() ? "  drawn" : "  by hand") + (c.bothSubmitted() ? "  both submitted" : "");
    }

    private static String reader(String name) {
        return name == null ? "nobody yet" : CaseText.visible(name);
    }

    @Command(name = "cases", mixinStandardHelpOptions = true, description = "The cases chosen for second reading.")
    static final class Cases extends SecondReadingAccessCommand {
        @Override
        protected Action action() {
            return Action.READ_INSPECTION;
        }

        @Override
        protected int run(Application app, PrintWriter out, Who who) {
            SecondReadingOverview overview = app.secondReading().overview(inspection, who);
            if (output.json) {
                out.println(RecordJson.write(overview.cases()));
                return 0;
            }
            overview.draw().ifPresent(d -> out.println("drawn " + d.sharePercent() + "% with seed " + d.seed() + ": "
                    + d.policyReason()));
            if (overview.cases().isEmpty()) {
                out.println("no cases chosen for second reading");
            }
            overview.cases().forEach(c -> out.println(line(c)));
            return 0;
        }
    }

    @Command(name = "choose", mixinStandardHelpOptions = true, description = "Choose cases by hand.")
    static final class Choose extends SecondReadingAccessCommand {
        @Option(names = "--case", required = true, paramLabel = "REFERENCE", description = "A sampled case (repeat).")
        List<String> cases;

        @Override
        protected Action action() {
            return Action.CHOOSE_SECOND_READING;
        }

        @Override
        protected int run(Application app, PrintWriter out, Who who) {
            return print(out, app.secondReading().choose(new ChooseCasesCommand(inspection, cases, who)),
                    chosen -> String.join("\n", chosen.stream().map(SecondReadingCommand::line).toList()));
        }
    }

    @Command(name = "draw", mixinStandardHelpOptions = true, description = "Draw a share of the sample at random,"
            + " spread across the first readers; the seed is stored and printed.")
    static final class Draw extends SecondReadingAccessCommand {
        @Option(names = "--share", required = true, paramLabel = "PERCENT", description = "1 to 100.")
        int share;
        @Option(names = "--seed", paramLabel = "N", description = "To reproduce a draw (default: a fresh one).")
        Long seed;

        @Override
        protected Action action() {
            return Action.CHOOSE_SECOND_READING;
        }

        @Override
        protected int run(Application app, PrintWriter out, Who who) {
            var drawn = app.secondReading().draw(new DrawCasesCommand(inspection, share, seed, who));
            if (!drawn.allowed()) {
                throw new InputError(drawn.because());
            }
            if (output.json) {
                out.println(RecordJson.write(drawn.value().draw().orElseThrow()));
                return 0;
            }
            out.println("seed " + drawn.value().draw().orElseThrow().seed() + ": " + drawn.ruling().reason());
            drawn.value().cases().forEach(c -> out.println(line(c)));
            return 0;
        }
    }

    @Command(name = "allocate", mixinStandardHelpOptions = true, description = "Give a chosen case its second reader.")
    static final class Allocate extends SecondReadingAccessCommand {
        @Option(names = "--case", required = true, paramLabel = "REFERENCE")
        String caseReference;
        @Option(names = "--reader", required = true, paramLabel = "USER", description = "The second reader's username.")
        String reader;

        @Override
        protected Action action() {
            return Action.CHOOSE_SECOND_READING;
        }

        @Override
        protected int run(Application app, PrintWriter out, Who who) {
            return print(out, app.secondReading().allocate(new AllocateSecondReaderCommand(inspection, caseReference,
                    reader, who)), SecondReadingCommand::line);
        }
    }

    @Command(name = "withdraw", mixinStandardHelpOptions = true, description = "Take a case out before its second"
            + " reading starts.")
    static final class Withdraw extends SecondReadingAccessCommand {
        @Option(names = "--case", required = true, paramLabel = "REFERENCE")
        String caseReference;

        @Override
        protected Action action() {
            return Action.CHOOSE_SECOND_READING;
        }

        @Override
        protected int run(Application app, PrintWriter out, Who who) {
            return print(out, app.secondReading().withdraw(new WithdrawCaseCommand(inspection, caseReference, who)),
                    c -> "case " + CaseText.visible(c.caseReference()) + " is no longer chosen for second reading");
        }
    }
}

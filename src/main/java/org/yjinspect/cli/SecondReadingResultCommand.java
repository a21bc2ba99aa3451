package org.yjinspect.cli;

import java.io.PrintWriter;
import org.yjinspect.Application;
import org.yjinspect.access.domain.Action;
import org.yjinspect.agreement.domain.AgreementGroup;
import org.yjinspect.agreement.domain.SecondReadItem;
import org.yjinspect.records.web.RecordJson;
import org.yjinspect.secondreading.app.CaseDisagreements;
import org.yjinspect.secondreading.app.RatingEffect;
import org.yjinspect.secondreading.app.SettleCommand;
import org.yjinspect.secondreading.app.Who;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** What the two readings show: agreement, the differences, settling one, the effect on the ratings. */
final class SecondReadingResultCommand {
    private SecondReadingResultCommand() {
    }

    /** A command that reads the comparison (READ_AGREEMENT). */
    abstract static class Reading extends SecondReadingAccessCommand {
        @Override
        protected Action action() {
            return Action.READ_AGREEMENT;
        }
    }

    @Command(name = "agreement", mixinStandardHelpOptions = true, description = "Agreement between the readings.")
    static final class Agreement extends Reading {
        @Override
        protected int run(Application app, PrintWriter out, Who who) {
            return print(out, app.secondReading().agreementBreakdown(inspection, who), b -> {
                StringBuilder text = new StringBuilder();
                for (AgreementGroup g : b.groups()) {
                    if (g.scope() == AgreementGroup.Scope.INSPECTION || g.scope() == AgreementGroup.Scope.LEVEL) {
                        text.append(g.level() == null ? "all answers" : g.level().name().toLowerCase(java.util.Locale.ROOT))
                                .append(": n = ").append(g.n()).append('\n');
                    }
                }
                return text.append("(--json for every group and figure)").toString();
            });
        }
    }

    @Command(name = "disagreements", mixinStandardHelpOptions = true, description = "The differences, case by case.")
    static final class Disagreements extends Reading {
        @Override
        protected int run(Application app, PrintWriter out, Who who) {
            var cases = app.secondReading().disagreements(inspection, who);
            if (output.json) {
                out.println(RecordJson.write(cases));
                return 0;
            }
            if (cases.isEmpty()) {
                out.println("no differences between readings submitted both");
            }
            for (CaseDisagreements c : cases) {
                out.println(CaseText.visible(c.chosen().caseReference()) + " (" + CaseText.visible(c.firstReader())
                        + " / " + CaseText.visible(c.secondReader()) + ")");
                c.differences().forEach(d -> out.println("  " + d.level().name().toLowerCase(java.util.Locale.ROOT)
                        + " " + d.itemId() + ": " + d.first() + " / " + d.second()
                        + (d.open() ? "" : "  settled: " + d.settled().agreedAnswer())));
            }
            return 0;
        }
    }

    @Command(name = "settle", mixinStandardHelpOptions = true, description = "Settle a difference: the agreed answer"
            + " and why; it becomes the case's live answer.")
    static final class Settle extends SecondReadingAccessCommand {
        @Option(names = "--case", required = true, paramLabel = "REFERENCE")
        String caseReference;
        @Option(names = "--level", required = true, paramLabel = "LEVEL",
                description = "PROMPT, KEY_QUESTION or CLASSIFICATION.")
        SecondReadItem.Level level;
        @Option(names = "--item", required = true, paramLabel = "ID",
                description = "The prompt or key question, or risk_of_serious_harm / safety_wellbeing.")
        String item;
        @Option(names = "--answer", required = true, paramLabel = "ANSWER")
        String answer;
        @Option(names = "--reason", required = true, paramLabel = "TEXT")
        String reason;

        @Override
        protected Action action() {
            return Action.SETTLE_READINGS;
        }

        @Override
        protected int run(Application app, PrintWriter out, Who who) {
            long id = sampled(app, inspection, caseReference).sampleCaseId();
            return print(out, app.secondReading().settle(new SettleCommand(inspection, id, level, item, answer, reason,
                    who)), s -> "settled " + s.itemId() + " of case " + CaseText.visible(caseReference) + " as "
                    + s.agreedAnswer() + " (first " + s.firstAnswer() + ", second " + s.secondAnswer() + ")");
        }
    }

    @Command(name = "effect", mixinStandardHelpOptions = true, description = "What the readings do to the ratings.")
    static final class Effect extends Reading {
        @Override
        protected int run(Application app, PrintWriter out, Who who) {
            RatingEffect effect = app.secondReading().effect(inspection, who);
            if (output.json) {
                out.println(RecordJson.write(effect.standards().stream().map(RatingEffect.StandardEffect::sentences)
                        .toList()));
                return 0;
            }
            out.println(effect.casesSecondRead() + " case(s) with both readings submitted");
            effect.standards().forEach(s -> s.sentences().forEach(out::println));
            return 0;
        }
    }
}

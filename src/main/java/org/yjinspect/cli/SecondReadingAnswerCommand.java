package org.yjinspect.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.yjinspect.Application;
import org.yjinspect.access.domain.Action;
import org.yjinspect.secondreading.app.SaveSecondAnswerCommand;
import org.yjinspect.secondreading.app.SaveSecondClassificationCommand;
import org.yjinspect.secondreading.app.SecondReadingForm;
import org.yjinspect.secondreading.app.SubmitSecondReadingCommand;
import org.yjinspect.secondreading.app.Who;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The second reader's commands: their form, an answer, the classifications, the submission. */
final class SecondReadingAnswerCommand {
    private SecondReadingAnswerCommand() {
    }

    /** A command on one case's second reading (SECOND_READ: its second reader only). */
    abstract static class OnCase extends SecondReadingAccessCommand {
        @Option(names = "--case", required = true, paramLabel = "REFERENCE", description = "The sampled case's reference.")
        String caseReference;

        @Override
        protected Action action() {
            return Action.SECOND_READ;
        }

        @Override
        protected Long sampleCase(Application app) {
            return sampled(app, inspection, caseReference).sampleCaseId();
        }

        long id(Application app) {
            return sampleCase(app);
        }
    }

    static String form(SecondReadingForm f) {
        StringBuilder text = new StringBuilder(SecondReadingCommand.line(f.chosen())).append('\n');
        for (SecondReadingForm.StandardForm s : f.standards()) {
            text.append(s.number()).append(' ').append(CaseText.visible(s.name())).append('\n');
            for (SecondReadingForm.KeyQuestionForm kq : s.keyQuestions()) {
                text.append("  ").append(kq.id()).append(": ").append(word(kq.answer())).append('\n');
                kq.prompts().forEach(p -> text.append("    ").append(p.id()).append(": ").append(word(p.answer()))
                        .append('\n'));
            }
        }
        return text.append("revision ").append(f.revision()).toString();
    }

    private static String word(Enum<?> answer) {
        return answer == null ? "-" : answer.name().toLowerCase(Locale.ROOT);
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Your second reading of a case.")
    static final class Show extends OnCase {
        @Override
        protected int run(Application app, PrintWriter out, Who who) {
            return print(out, app.secondReading().form(inspection, id(app), who), SecondReadingAnswerCommand::form);
        }
    }

    /** Exactly one of --prompt and --key-question. */
    static final class Item {
        @Option(names = "--prompt", required = true, paramLabel = "ID", description = "e.g. 2.1.desistance.a")
        String prompt;
        @Option(names = "--key-question", required = true, paramLabel = "ID", description = "e.g. 2.1.desistance")
        String keyQuestion;
    }

    @Command(name = "answer", mixinStandardHelpOptions = true, description = "Answer a prompt (yes, no, not_applicable)"
            + " or judge a key question (yes, no, not_relevant) of your second reading; blank clears.")
    static final class Answer extends OnCase {
        @ArgGroup(exclusive = true, multiplicity = "1")
        Item item;
        @Option(names = "--answer", required = true, paramLabel = "ANSWER")
        String answer;
        @Option(names = "--base-revision", required = true, paramLabel = "N", description = "See show (0 at first).")
        int baseRevision;

        @Override
        protected int run(Application app, PrintWriter out, Who who) {
            boolean prompt = item.prompt != null;
            return print(out, app.secondReading().saveAnswer(new SaveSecondAnswerCommand(inspection, id(app),
                    prompt ? SaveSecondAnswerCommand.Item.PROMPT : SaveSecondAnswerCommand.Item.KEY_QUESTION,
                    prompt ? item.prompt : item.keyQuestion, answer, baseRevision, who)),
                    f -> "saved; the second reading is at revision " + f.revision());
        }
    }

    @Command(name = "classify", mixinStandardHelpOptions = true, description = "Your own classifications of the case.")
    static final class Classify extends OnCase {
        @Option(names = "--risk-of-serious-harm", paramLabel = "LEVEL", description = "low, medium, high, very_high")
        String risk;
        @Option(names = "--risk-agrees", paramLabel = "true|false")
        Boolean riskAgrees;
        @Option(names = "--safety-wellbeing", paramLabel = "LEVEL")
        String wellbeing;
        @Option(names = "--safety-wellbeing-agrees", paramLabel = "true|false")
        Boolean wellbeingAgrees;
        @Option(names = "--base-revision", required = true, paramLabel = "N")
        int baseRevision;

        @Override
        protected int run(Application app, PrintWriter out, Who who) {
            return print(out, app.secondReading().saveClassification(new SaveSecondClassificationCommand(inspection,
                    id(app), risk, riskAgrees, wellbeing, wellbeingAgrees, baseRevision, who)),
                    f -> "saved; the second reading is at revision " + f.revision());
        }
    }

    @Command(name = "submit", mixinStandardHelpOptions = true, description = "Submit your second reading (complete).")
    static final class Submit extends OnCase {
        @Option(names = "--base-revision", required = true, paramLabel = "N")
        int baseRevision;

        @Override
        protected int run(Application app, PrintWriter out, Who who) {
            return print(out, app.secondReading().submit(new SubmitSecondReadingCommand(inspection, id(app),
                    baseRevision, who)), c -> "submitted: " + SecondReadingCommand.line(c));
        }
    }
}

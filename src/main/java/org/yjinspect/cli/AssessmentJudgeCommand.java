package org.yjinspect.cli;

import java.io.PrintWriter;
import org.yjinspect.Application;
import org.yjinspect.assessment.app.SaveKeyQuestionAnswerCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yjinspect assessment judge}: one key question. */
@Command(name = "judge", mixinStandardHelpOptions = true, description = "Judge one key question: yes, no or not_relevant.")
final class AssessmentJudgeCommand extends CaseWriteCommand {
    @Option(names = "--key-question", required = true, paramLabel = "ID", description = "e.g. 2.1.desistance")
    String keyQuestion;
    @Option(names = "--answer", required = true, paramLabel = "ANSWER")
    String answer;

    @Override
    protected int change(Application app, PrintWriter out) {
        print(out, app.assessments().saveKeyQuestion(new SaveKeyQuestionAnswerCommand(ref(app), keyQuestion,
                answer)), "key question " + keyQuestion + " = " + answer);
        return 0;
    }
}

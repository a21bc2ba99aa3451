package org.yjinspect.cli;

import java.io.PrintWriter;
import org.yjinspect.Application;
import org.yjinspect.assessment.app.SavePromptAnswerCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yjinspect assessment answer}: one prompt. */
@Command(name = "answer", mixinStandardHelpOptions = true, description = "Answer one prompt: yes, no or not_applicable (blank clears).")
final class AssessmentAnswerCommand extends CaseWriteCommand {
    @Option(names = "--prompt", required = true, paramLabel = "ID", description = "e.g. 2.1.desistance.a")
    String prompt;
    @Option(names = "--answer", required = true, paramLabel = "ANSWER")
    String answer;

    @Override
    protected int change(Application app, PrintWriter out) {
        print(out, app.assessments().savePrompt(new SavePromptAnswerCommand(ref(app), prompt, answer)),
                "prompt " + prompt + " = " + answer);
        return 0;
    }
}

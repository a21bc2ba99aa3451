package org.yjinspect.cli;

import picocli.CommandLine.Command;

/** {@code yjinspect assessment list|show|answer|judge|evidence|classify|status}. */
@Command(name = "assessment", mixinStandardHelpOptions = true,
        description = "Case assessments: answer prompts and key questions one at a time, move cases through their status.",
        subcommands = {AssessmentListCommand.class, AssessmentShowCommand.class, AssessmentAnswerCommand.class,
            AssessmentJudgeCommand.class, AssessmentEvidenceCommand.class, AssessmentClassifyCommand.class,
            AssessmentStatusCommand.class})
public final class AssessmentCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

package org.yjinspect.cli;

import java.io.PrintWriter;
import org.yjinspect.Application;
import org.yjinspect.assessment.app.SaveJudgementCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yjinspect assessment classify}: the inspector's own risk classifications. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Your own classifications (low, medium, high, very_high) and whether they agree with the service's.")
final class AssessmentClassifyCommand extends CaseWriteCommand {
    @Option(names = "--rosh", paramLabel = "LEVEL", description = "Risk of serious harm.")
    String rosh;
    @Option(names = "--rosh-agrees", paramLabel = "true|false")
    Boolean roshAgrees;
    @Option(names = "--safety-wellbeing", paramLabel = "LEVEL")
    String safetyWellbeing;
    @Option(names = "--safety-wellbeing-agrees", paramLabel = "true|false")
    Boolean safetyWellbeingAgrees;

    @Override
    protected int change(Application app, PrintWriter out) {
        print(out, app.assessments().saveJudgement(new SaveJudgementCommand(ref(app), rosh, roshAgrees,
                safetyWellbeing, safetyWellbeingAgrees)), "classifications");
        return 0;
    }
}

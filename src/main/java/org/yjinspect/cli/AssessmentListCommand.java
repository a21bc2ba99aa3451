package org.yjinspect.cli;

import java.io.PrintWriter;
import org.yjinspect.Application;
import org.yjinspect.records.web.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code yjinspect assessment list}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "The sampled cases with status and progress.")
final class AssessmentListCommand extends InspectionReadCommand {
    @Mixin
    JsonOption output;

    @Override
    protected int run(Application app, PrintWriter out) {
        var cases = app.assessments().list(inspection);
        out.print(output.json ? RecordJson.write(cases) + "\n" : CaseText.list(cases));
        return 0;
    }
}

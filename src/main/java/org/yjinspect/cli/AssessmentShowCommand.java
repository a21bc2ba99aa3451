package org.yjinspect.cli;

import java.io.PrintWriter;
import org.yjinspect.Application;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.records.web.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code yjinspect assessment show}. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "One case's assessment: every answer with its revision.")
final class AssessmentShowCommand extends InspectionReadCommand {
    @Option(names = "--case", required = true, paramLabel = "REFERENCE")
    String caseReference;
    @Mixin
    JsonOption output;

    @Override
    protected int run(Application app, PrintWriter out) {
        AssessedCase c = app.assessments().caseWithReference(inspection, caseReference);
        var form = app.assessments().show(inspection, c.sampleCaseId());
        out.print(output.json ? RecordJson.write(form) + "\n" : CaseText.form(form));
        return 0;
    }
}

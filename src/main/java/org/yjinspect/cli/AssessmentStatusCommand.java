package org.yjinspect.cli;

import java.io.PrintWriter;
import org.yjinspect.Application;
import org.yjinspect.assessment.app.MoveCaseStatusCommand;
import org.yjinspect.records.web.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yjinspect assessment status}: moves a case through its status life. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Move the case: submitted, accepted, returned_for_rework (with --reason) or in_progress.")
final class AssessmentStatusCommand extends CaseWriteCommand {
    @Option(names = "--to", required = true, paramLabel = "STATUS")
    String to;
    @Option(names = "--reason", paramLabel = "TEXT", description = "Why it is returned for rework.")
    String reason;

    @Override
    protected int change(Application app, PrintWriter out) {
        var status = app.assessments().moveStatus(new MoveCaseStatusCommand(ref(app), to, reason));
        out.println(output.json ? RecordJson.write(status) : "case " + caseReference + " is now "
                + CaseText.words(status.status()) + " (revision " + status.revision() + ")");
        return 0;
    }
}

package org.yjinspect.cli;

import java.io.PrintWriter;
import org.yjinspect.Application;
import org.yjinspect.access.app.InspectionAccess;
import org.yjinspect.account.domain.Account;
import org.yjinspect.account.domain.Username;
import org.yjinspect.assessment.app.CaseRef;
import org.yjinspect.assessment.app.CaseStatusRule;
import org.yjinspect.assessment.app.MoveCaseStatusCommand;
import org.yjinspect.records.web.RecordJson;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code yjinspect assessment status}: moves a case through its status life, held to the same
 * rule as the API and the case page ({@link CaseStatusRule}): the --as account must be allowed the
 * move, and a refusal ends with exit code 2 and the rule's reason, the API's 403 in the same words.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Move the case: submitted, accepted, returned_for_rework (with --reason) or in_progress.")
final class AssessmentStatusCommand extends CaseWriteCommand {
    @Option(names = "--to", required = true, paramLabel = "STATUS")
    String to;
    @Option(names = "--reason", paramLabel = "TEXT", description = "Why it is returned for rework.")
    String reason;

    @Override
    protected int change(Application app, PrintWriter out) {
        CaseRef ref = ref(app);
        MoveCaseStatusCommand move = new MoveCaseStatusCommand(ref, to, reason);
        Account account = app.accounts().activeAccount(new Username(account()));
        Ruling<Verdict> may = new CaseStatusRule(app.access(), app.assessments()).mayMove(
                new InspectionAccess.Asker(account.id(), account.administrator()), account.username(),
                inspection, ref.sampleCaseId(), move.to());
        if (!may.allowed()) {
            throw new InputError(may.rule() + ": " + may.reason());
        }
        var status = app.assessments().moveStatus(move);
        out.println(output.json ? RecordJson.write(status) : "case " + caseReference + " is now "
                + CaseText.words(status.status()) + " (revision " + status.revision() + ")");
        return 0;
    }
}

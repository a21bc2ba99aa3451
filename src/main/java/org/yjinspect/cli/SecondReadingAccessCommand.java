package org.yjinspect.cli;

import java.io.PrintWriter;
import org.yjinspect.Application;
import org.yjinspect.access.app.InspectionAccess;
import org.yjinspect.access.domain.Access;
import org.yjinspect.access.domain.Action;
import org.yjinspect.account.domain.Account;
import org.yjinspect.account.domain.Username;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.records.web.RecordJson;
import org.yjinspect.rules.Ruling;
import org.yjinspect.secondreading.app.Outcome;
import org.yjinspect.secondreading.app.Who;
import picocli.CommandLine.Mixin;

/**
 * A {@code second-reading} command: it names the account it acts as ({@code --as USER}, reads as
 * well as writes, since what one may see of a second reading depends on who one is), is held to
 * the same access rule as the API for its action, and prints a refusal (exit code 2) with its reason.
 */
abstract class SecondReadingAccessCommand extends InspectionRecordCommand {
    @Mixin
    JsonOption output;

    /** The action the command needs; a case-level one is asked about {@link #sampleCase}. */
    protected abstract Action action();

    protected abstract int run(Application app, PrintWriter out, Who who);

    /** The case a case-level command names (null for the others). */
    protected Long sampleCase(Application app) {
        return null;
    }

    @Override
    protected final int change(Application app, PrintWriter out) {
        Account account = app.accounts().activeAccount(new Username(account()));
        Ruling<Access> ruling = app.access().decide(new InspectionAccess.Asker(account.id(), account.administrator()),
                inspection, action().caseLevel() ? sampleCase(app) : null, action());
        if (ruling.value() != Access.ALLOWED) {
            throw new InputError(ruling.value() == Access.HIDDEN ? "there is no inspection " + inspection
                    : ruling.rule() + ": " + ruling.reason());
        }
        return run(app, out, new Who(account(), actor()));
    }

    /** The sampled case with the reference, or an input error naming it. */
    static AssessedCase sampled(Application app, long inspection, String reference) {
        return app.assessments().caseWithReference(inspection, reference);
    }

    /** The result as JSON or in words, or the refusal as an input error (exit code 2). */
    <T> int print(PrintWriter out, Outcome<T> outcome, java.util.function.Function<T, String> words) {
        if (!outcome.allowed()) {
            throw new InputError(outcome.because());
        }
        out.println(output.json ? RecordJson.write(outcome.value()) : words.apply(outcome.value()));
        return 0;
    }
}

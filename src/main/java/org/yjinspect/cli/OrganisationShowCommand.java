package org.yjinspect.cli;

import java.io.PrintWriter;
import org.yjinspect.Application;
import org.yjinspect.records.web.RecordJson;
import org.yjinspect.organisation.app.OrganisationView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code yjinspect organisation show}. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Everything recorded for the qualitative standards.")
final class OrganisationShowCommand extends InspectionReadCommand {
    @Mixin
    JsonOption output;

    @Override
    protected int run(Application app, PrintWriter out) {
        OrganisationView view = app.organisation().show(inspection);
        if (output.json) {
            out.println(RecordJson.write(view));
            return 0;
        }
        view.standards().forEach(s -> printStandard(out, s));
        out.println("Key data [revision " + view.keyData().revision() + "]: " + view.keyData().data());
        out.println(view.staffSurvey().size() + " staff survey lines, " + view.meetings().size() + " meetings");
        return 0;
    }

    private static void printStandard(PrintWriter out, OrganisationView.QualitativeStandard s) {
        out.println("Standard " + s.number() + " " + s.name() + ": proposed "
                + (s.proposedRating().rating() == null ? "-" : s.proposedRating().rating().label())
                + " [revision " + s.proposedRating().revision() + "]");
        s.questions().forEach(q -> out.println("  " + q.number() + ". [revision " + q.evidence().revision() + "] "
                + CaseText.visible(q.evidence().note())));
    }
}

package org.yjinspect.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import org.yjinspect.Application;
import org.yjinspect.organisation.domain.SurveyResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yjinspect organisation survey-add}. */
@Command(name = "survey-add", mixinStandardHelpOptions = true, description = "Add a staff survey result.")
final class OrganisationSurveyAddCommand extends OrganisationWriteCommand {
    @Option(names = "--question", required = true, paramLabel = "TEXT")
    String question;
    @Option(names = "--responses", required = true, paramLabel = "N")
    int responses;
    @Option(names = "--percent-agreeing", required = true, paramLabel = "PERCENT")
    BigDecimal percentAgreeing;

    @Override
    protected int change(Application app, PrintWriter out) {
        return print(out, app.organisation().addSurveyResult(ref(), new SurveyResult(question, responses,
                percentAgreeing)));
    }
}

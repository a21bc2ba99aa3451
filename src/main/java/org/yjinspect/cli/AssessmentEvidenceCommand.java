package org.yjinspect.cli;

import java.io.PrintWriter;
import org.yjinspect.Application;
import org.yjinspect.assessment.app.SaveEvidenceCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yjinspect assessment evidence}: the note for one key question. */
@Command(name = "evidence", mixinStandardHelpOptions = true, description = "The evidence note for a key question.")
final class AssessmentEvidenceCommand extends CaseWriteCommand {
    @Option(names = "--key-question", required = true, paramLabel = "ID")
    String keyQuestion;
    @Option(names = "--note", required = true, paramLabel = "TEXT")
    String note;
    @Option(names = "--good-practice", description = "Mark it as a good practice example.")
    boolean goodPractice;

    @Override
    protected int change(Application app, PrintWriter out) {
        print(out, app.assessments().saveEvidence(new SaveEvidenceCommand(ref(app), keyQuestion, note,
                goodPractice)), "evidence for " + keyQuestion);
        return 0;
    }
}

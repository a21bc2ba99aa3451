package org.yjinspect.cli;

import java.io.PrintWriter;
import org.yjinspect.Application;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.assessment.app.AssessmentService;
import org.yjinspect.assessment.app.CaseRef;
import org.yjinspect.assessment.app.CaseViews;
import org.yjinspect.records.web.RecordJson;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every write to one sampled case shares, and how a saved answer is printed. */
abstract class CaseWriteCommand extends InspectionRecordCommand {
    @Option(names = "--case", required = true, paramLabel = "REFERENCE", description = "The sampled case's reference.")
    String caseReference;
    @Option(names = "--base-revision", required = true, paramLabel = "N",
            description = "The revision of the record your change is based on (0 if it has none yet; see show).")
    int baseRevision;
    @Mixin
    JsonOption output;

    CaseRef ref(Application app) {
        AssessedCase c = app.assessments().caseWithReference(inspection, caseReference);
        return AssessmentService.ref(inspection, c.sampleCaseId(), baseRevision, actor());
    }

    void print(PrintWriter out, CaseViews.AnswerSaved<?> saved, String what) {
        if (output.json) {
            out.println(RecordJson.write(saved));
            return;
        }
        out.println("saved " + what + "; case " + CaseText.words(saved.caseStatus().status()));
        saved.warnings().forEach(w -> out.println("warning: " + w));
    }
}

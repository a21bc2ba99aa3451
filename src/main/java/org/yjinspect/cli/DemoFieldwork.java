package org.yjinspect.cli;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.yjinspect.Application;
import org.yjinspect.access.app.AllocateCommand;
import org.yjinspect.assessment.app.CaseRef;
import org.yjinspect.assessment.app.CaseViews;
import org.yjinspect.assessment.app.MoveCaseStatusCommand;
import org.yjinspect.assessment.app.SaveKeyQuestionAnswerCommand;
import org.yjinspect.assessment.app.SavePromptAnswerCommand;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.caseload.app.ImportCaseloadCommand;
import org.yjinspect.caseload.csv.CaseloadCsvReader;
import org.yjinspect.caseload.csv.CaseloadCsvWriter;
import org.yjinspect.caseload.synthetic.SyntheticCaseload;
import org.yjinspect.framework.domain.Applicability;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.sampling.app.DrawSampleCommand;

/**
 * The demonstration's fieldwork: a made-up caseload of a few hundred cases (no names: the
 * caseload carries none), a drawn sample, cases allocated to the inspector and the local
 * assessor, and assessments part done, so that every case status and the live ratings show:
 * of every ten cases, four accepted, one submitted, one returned for rework, two in progress
 * and two not started (a resettlement case is answered: it has no status). Answers are drawn from a fixed seed, mostly 'Yes', so the ratings vary.
 */
final class DemoFieldwork {
    static final long SEED = 20_240_601L;
    static final int CASELOAD = 320;
    private static final int LARGEST_COURT_SAMPLE = 20;
    private final Application app;
    private final long inspectionId;
    private final LocalDate announced;
    private final SplittableRandom random = new SplittableRandom(SEED);
    private final Actor lead = Actor.of("demo-lead");

    DemoFieldwork(Application app, long inspectionId, LocalDate announced) {
        this.app = app;
        this.inspectionId = inspectionId;
        this.announced = announced;
    }

    void run() {
        StringWriter csv = new StringWriter();
        new CaseloadCsvWriter().write(new SyntheticCaseload(SEED, announced).cases(CASELOAD), csv);
        app.caseloads().importCaseload(new ImportCaseloadCommand(inspectionId, new CaseloadCsvReader().read(
                "demo-caseload.csv", csv.toString().getBytes(StandardCharsets.UTF_8)), true, lead));
        app.samples().draw(new DrawSampleCommand(inspectionId, SEED, null, null, null, LARGEST_COURT_SAMPLE, 3, lead));
        List<AssessedCase> cases = app.assessments().list(inspectionId).stream()
                .map(CaseViews.CaseSummary::assessedCase).toList();
        int place = 0;
        for (int i = 0; i < cases.size(); i++) {
            AssessedCase c = cases.get(i);
            String assessor = i % 3 == 1 ? "demo-inspector" : i % 3 == 2 ? "demo-local" : "demo-lead";
            app.team().allocate(new AllocateCommand(inspectionId, c.reference(), assessor, lead));
            if (c.caseType() == CaseType.RESETTLEMENT) {
                // A resettlement case illustrates standard 4.1: answered, with no status to move on.
                answer(c, Actor.of(assessor), false);
            } else {
                assess(c, place++ % 10, Actor.of(assessor));
            }
        }
    }

    private void assess(AssessedCase c, int place, Actor assessor) {
        if (place >= 8) {
            return;
        }
        answer(c, assessor, place >= 6);
        if (place >= 6) {
            return;
        }
        int revision = move(c, status(c), "submitted", null, assessor);
        if (place == 5) {
            move(c, revision, "returned_for_rework", "Check the evidence for the risk questions against the case"
                    + " record; two answers do not match the notes.", lead);
        } else if (place < 4) {
            move(c, revision, "accepted", null, lead);
        }
    }

    /** Answers the case's prompts and key questions (the first half of them only, when {@code half}). */
    private void answer(AssessedCase c, Actor assessor, boolean half) {
        CaseViews.CaseAssessment form = app.assessments().show(inspectionId, c.sampleCaseId());
        int standards = half ? Math.max(1, form.standards().size() / 2) : form.standards().size();
        for (CaseViews.StandardForm standard : form.standards().subList(0, standards)) {
            for (CaseViews.KeyQuestionForm kq : standard.keyQuestions()) {
                for (CaseViews.PromptForm prompt : kq.prompts()) {
                    app.assessments().savePrompt(new SavePromptAnswerCommand(ref(c, prompt.answer().revision(),
                            assessor), prompt.id(), random.nextInt(100) < 85 ? "yes" : "no"));
                }
                boolean yccOnly = kq.appliesTo() == Applicability.YOUTH_CONDITIONAL_CAUTIONS;
                String judgement = yccOnly && !c.youthConditionalCaution() ? "not_relevant"
                        : random.nextInt(100) < 78 ? "yes" : "no";
                app.assessments().saveKeyQuestion(new SaveKeyQuestionAnswerCommand(ref(c, kq.answer().revision(),
                        assessor), kq.id(), judgement));
            }
        }
    }

    private int status(AssessedCase c) {
        return app.assessments().show(inspectionId, c.sampleCaseId()).status().revision();
    }

    private int move(AssessedCase c, int revision, String status, String reason, Actor actor) {
        return app.assessments().moveStatus(new MoveCaseStatusCommand(ref(c, revision, actor), status, reason)).revision();
    }

    private CaseRef ref(AssessedCase c, int revision, Actor actor) {
        return new CaseRef(inspectionId, c.sampleCaseId(), revision, actor);
    }
}

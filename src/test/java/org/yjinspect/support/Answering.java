package org.yjinspect.support;

import org.yjinspect.Application;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.assessment.app.CaseRef;
import org.yjinspect.assessment.app.CaseViews;
import org.yjinspect.assessment.app.MoveCaseStatusCommand;
import org.yjinspect.assessment.app.SaveKeyQuestionAnswerCommand;
import org.yjinspect.assessment.app.SavePromptAnswerCommand;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.framework.domain.Applicability;

/** Answers whole case assessments through the use cases, the way an inspector would. */
public final class Answering {
    private Answering() {
    }

    /** Answers every prompt Yes and every key question with {@code judgement} (or not relevant where it must be). */
    public static void answerAll(Application app, long inspectionId, AssessedCase c, String judgement, Actor actor) {
        CaseViews.CaseAssessment form = app.assessments().show(inspectionId, c.sampleCaseId());
        for (CaseViews.StandardForm standard : form.standards()) {
            for (CaseViews.KeyQuestionForm kq : standard.keyQuestions()) {
                for (CaseViews.PromptForm prompt : kq.prompts()) {
                    app.assessments().savePrompt(new SavePromptAnswerCommand(ref(inspectionId, c,
                            prompt.answer().revision(), actor), prompt.id(), "yes"));
                }
                boolean yccOnly = kq.appliesTo() == Applicability.YOUTH_CONDITIONAL_CAUTIONS;
                String answer = yccOnly && !c.youthConditionalCaution() ? "not_relevant" : judgement;
                app.assessments().saveKeyQuestion(new SaveKeyQuestionAnswerCommand(ref(inspectionId, c,
                        kq.answer().revision(), actor), kq.id(), answer));
            }
        }
    }

    /** Answers everything, submits, and accepts the case. */
    public static void complete(Application app, long inspectionId, AssessedCase c, String judgement, Actor actor) {
        answerAll(app, inspectionId, c, judgement, actor);
        int revision = app.assessments().show(inspectionId, c.sampleCaseId()).status().revision();
        revision = app.assessments().moveStatus(new MoveCaseStatusCommand(ref(inspectionId, c, revision, actor),
                "submitted", null)).revision();
        app.assessments().moveStatus(new MoveCaseStatusCommand(ref(inspectionId, c, revision, actor), "accepted", null));
    }

    public static CaseRef ref(long inspectionId, AssessedCase c, int revision, Actor actor) {
        return new CaseRef(inspectionId, c.sampleCaseId(), revision, actor);
    }
}

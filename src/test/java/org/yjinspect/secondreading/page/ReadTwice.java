package org.yjinspect.secondreading.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.yjinspect.Application;
import org.yjinspect.access.domain.Role;
import org.yjinspect.assessment.app.MoveCaseStatusCommand;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.framework.domain.Applicability;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.secondreading.app.AllocateSecondReaderCommand;
import org.yjinspect.secondreading.app.ChooseCasesCommand;
import org.yjinspect.secondreading.app.Outcome;
import org.yjinspect.secondreading.app.SaveSecondAnswerCommand;
import org.yjinspect.secondreading.app.SecondReadingForm;
import org.yjinspect.secondreading.app.SubmitSecondReadingCommand;
import org.yjinspect.secondreading.app.Who;
import org.yjinspect.support.Answering;
import org.yjinspect.support.SampledInspection;
import org.yjinspect.support.TestUsers;

/**
 * A sampled inspection with a team (lead lowri, inspectors ifan and siwan, panel member gwen), its
 * first court case allocated to ifan and read by him, as the tests' starting point; and the use
 * cases' way of choosing it for second reading, giving it to siwan and reading it, so that a test
 * of one page need not go through the others.
 */
record ReadTwice(Application app, SampledInspection inspection, AssessedCase court) {
    static ReadTwice create(Application app, long seed) {
        SampledInspection s = SampledInspection.create(app, "2021", seed, 300, 3, 0);
        TestUsers.join(app, s.id(), "lowri", Role.LEAD_INSPECTOR);
        TestUsers.join(app, s.id(), "ifan", Role.INSPECTOR);
        TestUsers.join(app, s.id(), "siwan", Role.INSPECTOR);
        TestUsers.join(app, s.id(), "gwen", Role.PANEL_MEMBER);
        AssessedCase court = s.first(CaseType.COURT_DISPOSAL);
        TestUsers.allocate(app, s.id(), court.reference(), "ifan");
        Answering.answerAll(app, s.id(), court, "yes", Actor.of("ifan"));
        return new ReadTwice(app, s, court);
    }

    long id() {
        return inspection.id();
    }

    String casePath() {
        return "/inspections/" + id() + "/cases/" + court.sampleCaseId();
    }

    String readingPath() {
        return "/inspections/" + id() + "/second-reading/cases/" + court.sampleCaseId();
    }

    /** The lead chooses the court case and gives it to siwan. */
    ReadTwice chosenForSiwan() {
        Who lead = Who.signedIn("lowri");
        assertThat(app.secondReading().choose(new ChooseCasesCommand(id(), List.of(court.reference()), lead)).allowed())
                .isTrue();
        assertThat(app.secondReading().allocate(new AllocateSecondReaderCommand(id(), court.reference(), "siwan", lead))
                .allowed()).isTrue();
        return this;
    }

    /** Siwan answers every prompt {@code prompts} and every key question {@code judgement} (not relevant where it must be), and submits. */
    ReadTwice readBySiwan(String prompts, String judgement) {
        Who siwan = Who.signedIn("siwan");
        SecondReadingForm form = app.secondReading().form(id(), court.sampleCaseId(), siwan).value();
        int revision = form.revision();
        for (SecondReadingForm.StandardForm standard : form.standards()) {
            for (SecondReadingForm.KeyQuestionForm kq : standard.keyQuestions()) {
                for (SecondReadingForm.PromptForm p : kq.prompts()) {
                    revision = saved(app.secondReading().saveAnswer(new SaveSecondAnswerCommand(id(),
                            court.sampleCaseId(), SaveSecondAnswerCommand.Item.PROMPT, p.id(), prompts, revision, siwan)));
                }
                boolean cautionsOnly = kq.appliesTo() == Applicability.YOUTH_CONDITIONAL_CAUTIONS
                        && !court.youthConditionalCaution();
                revision = saved(app.secondReading().saveAnswer(new SaveSecondAnswerCommand(id(), court.sampleCaseId(),
                        SaveSecondAnswerCommand.Item.KEY_QUESTION, kq.id(), cautionsOnly ? "not_relevant" : judgement,
                        revision, siwan)));
            }
        }
        assertThat(app.secondReading().submit(new SubmitSecondReadingCommand(id(), court.sampleCaseId(), revision,
                siwan)).allowed()).as("siwan submits").isTrue();
        return this;
    }

    /** Ifan submits his first reading. */
    ReadTwice submittedByIfan() {
        int revision = app.assessments().show(id(), court.sampleCaseId()).status().revision();
        app.assessments().moveStatus(new MoveCaseStatusCommand(Answering.ref(id(), court, revision, Actor.of("ifan")),
                "submitted", null));
        return this;
    }

    private static int saved(Outcome<SecondReadingForm> outcome) {
        assertThat(outcome.allowed()).as(outcome.ruling().reason()).isTrue();
        return outcome.value().revision();
    }
}

package org.yjinspect.secondreading;

import java.util.List;
import java.util.function.Function;
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
 * A sampled inspection with a team for second reading: Lowri leads, Ceri reads cases first,
 * Dafydd reads them second; Pat sits on the panel and Sioned is a local assessor with no case.
 */
public record SecondReadingSetUp(Application app, SampledInspection sample) {
    public static final Who LOWRI = Who.signedIn("lowri");
    public static final Who CERI = Who.signedIn("ceri");
    public static final Who DAFYDD = Who.signedIn("dafydd");
    public static final Who PAT = Who.signedIn("pat");
    public static final Who SIONED = Who.signedIn("sioned");

    public static SecondReadingSetUp create(Application app, long seed) {
        SampledInspection s = SampledInspection.create(app, "2021", seed, 120, 6, 1);
        TestUsers.join(app, s.id(), "Lowri", Role.LEAD_INSPECTOR);
        TestUsers.join(app, s.id(), "Ceri", Role.INSPECTOR);
        TestUsers.join(app, s.id(), "Dafydd", Role.INSPECTOR);
        TestUsers.join(app, s.id(), "Pat", Role.PANEL_MEMBER);
        TestUsers.join(app, s.id(), "Sioned", Role.LOCAL_ASSESSOR);
        for (AssessedCase c : s.cases()) {
            TestUsers.allocate(app, s.id(), c.reference(), "Ceri");
        }
        return new SecondReadingSetUp(app, s);
    }

    public long id() {
        return sample.id();
    }

    public AssessedCase court(int index) {
        return sample.ofType(CaseType.COURT_DISPOSAL).get(index);
    }

    /** Chooses the case by hand and gives it Dafydd to read second. */
    public void chooseForDafydd(AssessedCase c) {
        app.secondReading().choose(new ChooseCasesCommand(id(), List.of(c.reference()), LOWRI));
        Outcome<?> allocated = app.secondReading().allocate(new AllocateSecondReaderCommand(id(), c.reference(),
                "dafydd", LOWRI));
        if (!allocated.allowed()) {
            throw new IllegalStateException(allocated.because());
        }
    }

    /** Ceri answers every prompt yes and every key question {@code judgement}, and submits. */
    public void firstReading(AssessedCase c, String judgement) {
        Actor ceri = Actor.of("ceri");
        Answering.answerAll(app, id(), c, judgement, ceri);
        int revision = app.assessments().show(id(), c.sampleCaseId()).status().revision();
        app.assessments().moveStatus(new MoveCaseStatusCommand(Answering.ref(id(), c, revision, ceri), "submitted", null));
    }

    /** Dafydd answers every prompt yes and each key question as {@code judgement} says, and submits. */
    public void secondReading(AssessedCase c, Function<String, String> judgement) {
        answerSecond(id(), c, "dafydd", judgement, true);
    }

    /** Dafydd answers every prompt yes and each key question as {@code judgement} says; returns the revision. */
    public int answerSecond(AssessedCase c, Function<String, String> judgement) {
        return answerSecond(id(), c, "dafydd", judgement, false);
    }

    /** {@code reader} answers their second reading of the case (prompts yes), submitting it if asked; the revision. */
    public int answerSecond(long inspectionId, AssessedCase c, String reader, Function<String, String> judgement,
                            boolean submit) {
        Who who = Who.signedIn(reader);
        SecondReadingForm form = checked(app.secondReading().form(inspectionId, c.sampleCaseId(), who));
        int revision = form.revision();
        for (SecondReadingForm.StandardForm s : form.standards()) {
            for (SecondReadingForm.KeyQuestionForm kq : s.keyQuestions()) {
                for (SecondReadingForm.PromptForm p : kq.prompts()) {
                    revision = save(inspectionId, c, who, SaveSecondAnswerCommand.Item.PROMPT, p.id(), "yes", revision);
                }
                boolean yccOnly = kq.appliesTo() == Applicability.YOUTH_CONDITIONAL_CAUTIONS;
                String answer = yccOnly && !c.youthConditionalCaution() ? "not_relevant" : judgement.apply(kq.id());
                revision = save(inspectionId, c, who, SaveSecondAnswerCommand.Item.KEY_QUESTION, kq.id(), answer,
                        revision);
            }
        }
        if (submit) {
            checked(app.secondReading().submit(new SubmitSecondReadingCommand(inspectionId, c.sampleCaseId(), revision,
                    who)));
        }
        return revision;
    }

    private int save(long inspectionId, AssessedCase c, Who who, SaveSecondAnswerCommand.Item item, String itemId,
                     String answer, int revision) {
        return checked(app.secondReading().saveAnswer(new SaveSecondAnswerCommand(inspectionId, c.sampleCaseId(), item,
                itemId, answer, revision, who))).revision();
    }

    private static <T> T checked(Outcome<T> outcome) {
        if (!outcome.allowed()) {
            throw new IllegalStateException(outcome.because());
        }
        return outcome.value();
    }
}

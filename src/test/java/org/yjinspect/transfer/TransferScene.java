package org.yjinspect.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.yjinspect.Application;
import org.yjinspect.access.domain.Role;
import org.yjinspect.assessment.app.CaseViews;
import org.yjinspect.assessment.app.MoveCaseStatusCommand;
import org.yjinspect.assessment.app.SaveEvidenceCommand;
import org.yjinspect.assessment.app.SaveJudgementCommand;
import org.yjinspect.assessment.app.SaveKeyQuestionAnswerCommand;
import org.yjinspect.assessment.app.SavePromptAnswerCommand;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.context.app.AddFigureCommand;
import org.yjinspect.context.domain.EnteredFigure;
import org.yjinspect.finding.app.AddFindingCommand;
import org.yjinspect.finding.app.ChangeFindingCommand;
import org.yjinspect.finding.app.FindingLine;
import org.yjinspect.finding.domain.FindingKind;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.organisation.app.OrganisationView;
import org.yjinspect.organisation.app.ProposeRatingCommand;
import org.yjinspect.organisation.app.RecordRef;
import org.yjinspect.organisation.app.SaveNoteCommand;
import org.yjinspect.organisation.domain.KeyData;
import org.yjinspect.organisation.domain.Meeting;
import org.yjinspect.organisation.domain.MeetingKind;
import org.yjinspect.organisation.domain.SurveyResult;
import org.yjinspect.panel.app.DecideCommand;
import org.yjinspect.panel.app.PanelView;
import org.yjinspect.recommendation.app.AddRecommendationCommand;
import org.yjinspect.recommendation.app.ChangeRecommendationCommand;
import org.yjinspect.recommendation.app.MoveRecommendationCommand;
import org.yjinspect.recommendation.app.RecommendationLine;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.sampling.app.ReplaceSampledCaseCommand;
import org.yjinspect.support.Answering;
import org.yjinspect.support.SampledInspection;
import org.yjinspect.support.TestUsers;

/**
 * A stored inspection part of the way through fieldwork, made through the use cases as people
 * would make it: a team with an allocation, a replaced case, cases untouched, half answered,
 * answered in full, returned for rework with a reason and accepted, evidence notes (some marked
 * as good practice, with markup and non-ASCII text), classifications, organisational evidence,
 * key data, survey lines, meetings, some panel decisions, the report's recommendations (one
 * removed, some re-worded or moved), entered contextual figures (some removed) and findings (one
 * removed, one perhaps re-worded). {@code random}
 * decides how far each part has got.
 */
final class TransferScene {
    static final Actor LEAD = new Actor("lead inspector");
    static final String NOTE = "Siân's note: <b>planning</b> & \"review\" were 'timely';\nsecond line\tend";

    private TransferScene() {
    }

    static SampledInspection build(Application app, String framework, long seed, SplittableRandom random) {
        SampledInspection s = SampledInspection.create(app, framework, seed, 300, 3, 1);
        TestUsers.join(app, s.id(), "transfer lead", Role.LEAD_INSPECTOR);
        TestUsers.join(app, s.id(), "transfer inspector", Role.INSPECTOR);
        AssessedCase court = s.first(CaseType.COURT_DISPOSAL);
        TestUsers.allocate(app, s.id(), court.reference(), "transfer inspector");
        if (random.nextBoolean()) {
            app.samples().replace(new ReplaceSampledCaseCommand(s.id(), s.ofType(CaseType.COURT_DISPOSAL).get(1)
                    .reference(), "case file unavailable", LEAD));
        }
        List<AssessedCase> cases = app.assessments().list(s.id()).stream()
                .map(CaseViews.CaseSummary::assessedCase).toList();
        int done = 0;
        for (AssessedCase c : cases) {
            if (!c.selected()) {
                continue;
            }
            // The first cases go every way once; the rest as the random decides.
            assess(app, s.id(), c, done < 5 ? (done + (int) seed) % 5 : random.nextInt(5), random);
            done++;
        }
        organisation(app, s.id(), random);
        panel(app, s.id(), random);
        reportInputs(app, s.id(), random);
        return new SampledInspection(s.inspection(), cases);
    }

    private static void assess(Application app, long id, AssessedCase c, int chosen, SplittableRandom random) {
        // A 2021 resettlement case illustrates 4.1 and has no status to move.
        int howFar = c.caseType() == CaseType.RESETTLEMENT ? Math.min(chosen, 2) : chosen;
        if (howFar > 0 && c.caseType() != CaseType.RESETTLEMENT && random.nextBoolean()) {
            int revision = app.assessments().show(id, c.sampleCaseId()).judgement().revision();
            app.assessments().saveJudgement(new SaveJudgementCommand(Answering.ref(id, c, revision, LEAD), "high",
                    false, "medium", true));
        }
        switch (howFar) {
            case 0 -> { }
            case 1 -> partly(app, id, c, random);
            case 2 -> Answering.answerAll(app, id, c, random.nextBoolean() ? "yes" : "no", LEAD);
            case 3 -> {
                Answering.answerAll(app, id, c, "yes", LEAD);
                move(app, id, c, "submitted", null);
                move(app, id, c, "returned_for_rework", "evidence for 2.1 is thin");
            }
            default -> Answering.complete(app, id, c, random.nextBoolean() ? "yes" : "no", LEAD);
        }
    }

    /** Some prompts answered, one key question judged, one evidence note. */
    private static void partly(Application app, long id, AssessedCase c, SplittableRandom random) {
        CaseViews.CaseAssessment form = app.assessments().show(id, c.sampleCaseId());
        if (form.standards().isEmpty() || form.standards().get(0).keyQuestions().isEmpty()) {
            return;
        }
        CaseViews.KeyQuestionForm kq = form.standards().get(0).keyQuestions().get(0);
        for (CaseViews.PromptForm prompt : kq.prompts()) {
            if (random.nextBoolean()) {
                app.assessments().savePrompt(new SavePromptAnswerCommand(Answering.ref(id, c,
                        prompt.answer().revision(), LEAD), prompt.id(), random.nextBoolean() ? "yes" : "no"));
            }
        }
        app.assessments().saveKeyQuestion(new SaveKeyQuestionAnswerCommand(Answering.ref(id, c,
                kq.answer().revision(), LEAD), kq.id(), random.nextBoolean() ? "yes" : "no"));
        app.assessments().saveEvidence(new SaveEvidenceCommand(Answering.ref(id, c, kq.evidence().revision(), LEAD),
                kq.id(), NOTE, random.nextBoolean()));
    }

    private static void move(Application app, long id, AssessedCase c, String status, String reason) {
        int revision = app.assessments().show(id, c.sampleCaseId()).status().revision();
        app.assessments().moveStatus(new MoveCaseStatusCommand(Answering.ref(id, c, revision, LEAD), status, reason));
    }

    private static void organisation(Application app, long id, SplittableRandom random) {
        for (OrganisationView.QualitativeStandard standard : app.organisation().show(id).standards()) {
            if (random.nextBoolean()) {
                app.organisation().propose(new ProposeRatingCommand(new RecordRef(id, standard.proposedRating()
                        .revision(), LEAD), standard.number(), random.nextBoolean() ? "Good" : "Requires improvement",
                        "from the meetings and the staff survey"));
            }
            if (standard.questions().isEmpty()) {
                continue;
            }
            OrganisationView.Question first = standard.questions().get(0);
            app.organisation().saveNote(new SaveNoteCommand(new RecordRef(id, first.evidence().revision(), LEAD),
                    standard.number(), first.number(), NOTE));
        }
        if (random.nextBoolean()) {
            app.organisation().saveKeyData(new RecordRef(id, 0, LEAD), new KeyData(new BigDecimal("1250000.50"), 42,
                    new BigDecimal("7.25"), null, new BigDecimal("9.5")));
        }
        app.organisation().addSurveyResult(new RecordRef(id, 0, LEAD), new SurveyResult("I feel supported", 40,
                new BigDecimal("72.50")));
        app.organisation().addMeeting(new RecordRef(id, 0, LEAD), new Meeting(LocalDate.of(2024, 11, 5),
                MeetingKind.FOCUS_GROUP, "Case managers (Ørjan, Zoë)", 6, null));
    }

    /** Recommendations to two addressees, one always removed, and figures beside the caseload's profile. */
    static void reportInputs(Application app, long id, SplittableRandom random) {
        RecommendationLine board = app.recommendations().add(new AddRecommendationCommand(id,
                "The YJS management board should", "make sure <b>planning</b> & \"review\" address Siân's"
                + " safety work;\nsecond line", LEAD));
        RecommendationLine service = app.recommendations().add(new AddRecommendationCommand(id, "The YJS should",
                "review case allocation (Ørjan, Zoë)", LEAD));
        RecommendationLine more = app.recommendations().add(new AddRecommendationCommand(id,
                "the YJS management board should", "appoint a resettlement lead", LEAD));
        if (random.nextBoolean()) {
            app.recommendations().change(new ChangeRecommendationCommand(id, service.recommendation().id(),
                    service.revision(), "The YJS should", "review case allocation every quarter", LEAD));
        }
        if (random.nextBoolean()) {
            app.recommendations().move(new MoveRecommendationCommand(id, more.recommendation().id(), 1, LEAD));
        }
        long removed = random.nextBoolean() ? board.recommendation().id() : more.recommendation().id();
        app.recommendations().remove(id, removed, LEAD);
        EnteredFigure national = app.contextualFacts().addFigure(new AddFigureCommand(id,
                "Reoffending rate (national)", "34.9%", "MoJ proven reoffending, Jan 2022", LEAD));
        app.contextualFacts().addFigure(new AddFigureCommand(id, "Children in the YJS (local)", "1 in 1,250",
                "Local authority figures, 2024", LEAD));
        if (random.nextBoolean()) {
            app.contextualFacts().removeFigure(id, national.id(), LEAD);
        }
        findings(app, id, random);
    }

    /** Strengths and areas for improvement in two domains, one always removed (its list closing up). */
    static void findings(Application app, long id, SplittableRandom random) {
        FindingLine governance = app.findings().add(new AddFindingCommand(id, 1, FindingKind.STRENGTH,
                "The board's <b>oversight</b> & \"challenge\" of Siân's partnership work is strong", LEAD));
        FindingLine staff = app.findings().add(new AddFindingCommand(id, 1, FindingKind.STRENGTH,
                "Staff (Ørjan, Zoë) are well supported", LEAD));
        app.findings().add(new AddFindingCommand(id, 1, FindingKind.AREA_FOR_IMPROVEMENT,
                "Information sharing with health services is slow", LEAD));
        FindingLine court = app.findings().add(new AddFindingCommand(id, 2, FindingKind.AREA_FOR_IMPROVEMENT,
                "Planning for safety does not always involve the child", LEAD));
        if (random.nextBoolean()) {
            app.findings().change(new ChangeFindingCommand(id, court.finding().id(), court.revision(),
                    "Planning for safety seldom involves the child or parents", LEAD));
        }
        long removed = random.nextBoolean() ? governance.finding().id() : staff.finding().id();
        app.findings().remove(id, removed, LEAD);
    }

    private static void panel(Application app, long id, SplittableRandom random) {
        for (PanelView.StandardLine line : app.panel().show(id).standards()) {
            if (line.computedRating() != null && random.nextBoolean()) {
                app.panel().decide(new DecideCommand(id, line.number(), line.computedRating().label(), "confirmed",
                        line.decision().revision(), LEAD));
            }
        }
    }
}

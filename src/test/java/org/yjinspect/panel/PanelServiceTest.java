package org.yjinspect.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.assessment.app.SaveKeyQuestionAnswerCommand;
import org.yjinspect.audit.app.AuditQuery;
import org.yjinspect.records.app.StaleRecord;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.organisation.app.ProposeRatingCommand;
import org.yjinspect.organisation.app.RecordRef;
import org.yjinspect.panel.app.DecideCommand;
import org.yjinspect.panel.app.LiveRating;
import org.yjinspect.panel.app.PanelDecisions;
import org.yjinspect.panel.app.PanelView;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.rating.app.KeyQuestionResult;
import org.yjinspect.rating.app.StandardResult;
import org.yjinspect.rating.domain.DiscretionTrigger;
import org.yjinspect.rating.domain.Rating;
import org.yjinspect.support.Answering;
import org.yjinspect.support.SampledInspection;

/** Live ratings from stored answers, the ratings panel's decisions, and publishing. */
@ExtendWith(EmbeddedPostgresExtension.class)
class PanelServiceTest {
    private static final Actor LEAD = new Actor("lead inspector");
    private static Application app;

    @BeforeAll
    static void open(Application opened) {
        app = opened;
    }

    private static void judge(SampledInspection s, AssessedCase c, String keyQuestion, String answer) {
        int revision = app.assessments().show(s.id(), c.sampleCaseId()).standards().stream()
                .flatMap(st -> st.keyQuestions().stream()).filter(k -> k.id().equals(keyQuestion)).findFirst()
                .orElseThrow().answer().revision();
        app.assessments().saveKeyQuestion(new SaveKeyQuestionAnswerCommand(Answering.ref(s.id(), c, revision, LEAD),
                keyQuestion, answer));
    }

    private static StandardResult standard(LiveRating live, String number) {
        return java.util.stream.Stream.concat(live.rating().standards().stream(), live.rating().separatelyRated().stream())
                .filter(s -> s.number().equals(number)).findFirst().orElseThrow();
    }

    @Test
    void theRatingsFormFromTheStoredJudgementsAndFollowEveryChange() {
        SampledInspection s = SampledInspection.create(app, "2021", 41, 600, 10, 0);
        List<AssessedCase> court = s.ofType(CaseType.COURT_DISPOSAL);
        assertThat(court).hasSize(10);
        for (int i = 0; i < 10; i++) {
            judge(s, court.get(i), "2.1.desistance", i < 7 ? "yes" : "no");
            judge(s, court.get(i), "2.1.child-safety", "yes");
            judge(s, court.get(i), "2.1.others-safety", "yes");
        }
        StandardResult assessing = standard(app.ratings().rate(s.id()), "2.1");
        KeyQuestionResult desistance = assessing.keyQuestions().get(0);
        assertThat(desistance.figure().yes()).isEqualTo(7);
        assertThat(desistance.figure().relevant()).isEqualTo(10);
        assertThat(assessing.computed().rating()).contains(Rating.GOOD);
        assertThat(assessing.drivingKeyQuestion()).map(KeyQuestionResult::id).contains("2.1.desistance");

        judge(s, court.get(9), "2.1.desistance", "yes");
        assertThat(standard(app.ratings().rate(s.id()), "2.1").computed().rating()).contains(Rating.OUTSTANDING);
        assertThat(standard(app.ratings().rate(s.id()), "2.2").computed().rated()).isFalse();
    }

    @Test
    void resettlementIsNotRatedWhenTheSampleHasNoResettlementCases() {
        SampledInspection none = SampledInspection.create(app, "2021", 42, 300, 5, 0);
        app.organisation().propose(new ProposeRatingCommand(new RecordRef(none.id(), 0, LEAD), "4.1", "Good", "policy is sound"));
        assertThat(app.ratings().rate(none.id()).rating().resettlement().value()).isEmpty();
        assertThat(app.ratings().rate(none.id()).rating().resettlement().reason()).contains("no resettlement cases");

        SampledInspection some = SampledInspection.create(app, "2021", 42, 300, 5, 2);
        assertThat(some.ofType(CaseType.RESETTLEMENT)).isNotEmpty();
        app.organisation().propose(new ProposeRatingCommand(new RecordRef(some.id(), 0, LEAD), "4.1", "Good", "policy is sound"));
        assertThat(app.ratings().rate(some.id()).rating().resettlement().value()).contains(Rating.GOOD);
    }

    @Test
    void thePanelMayMoveARatingOneBandOnlyWhereATriggerHoldsWithARationale() {
        SampledInspection s = SampledInspection.create(app, "2021", 43, 600, 10, 0);
        List<AssessedCase> court = s.ofType(CaseType.COURT_DISPOSAL);
        for (AssessedCase c : court) {
            judge(s, c, "2.1.desistance", "yes");
            judge(s, c, "2.1.child-safety", "yes");
            judge(s, c, "2.1.others-safety", "yes");
        }
        assertThat(standard(app.ratings().rate(s.id()), "2.1").triggers().any()).isFalse();
        assertThatThrownBy(() -> app.panel().decide(new DecideCommand(s.id(), "2.1", "Good", "we think so", 0, LEAD)))
                .isInstanceOf(Problem.class).hasMessageContaining("no discretion trigger holds");
        var confirmed = app.panel().decide(new DecideCommand(s.id(), "2.1", "Outstanding", "", 0, LEAD));
        assertThat(confirmed.revision()).isEqualTo(1);

        // Judged No in all but two cases: 2/10 is Inadequate, and no trigger lets the panel move it.
        for (int i = 2; i < 10; i++) {
            judge(s, court.get(i), "2.1.desistance", "no");
        }
        PanelView view = app.panel().show(s.id());
        PanelView.StandardLine line = view.standards().stream().filter(l -> l.number().equals("2.1")).findFirst().orElseThrow();
        assertThat(line.computedRating()).isEqualTo(Rating.INADEQUATE);
        assertThat(line.decisionRefused()).contains("one band only");
        assertThat(line.finalRating()).isEqualTo(Rating.INADEQUATE);
        assertThat(standard(view.live(), "2.1").panel().value().refused()).as("the refusal is on the live rating").isTrue();
        assertThat(view.readiness().outstanding()).anyMatch(o -> o.contains("panel decision for 2.1 no longer holds"));
    }

    @Test
    void withATriggerThePanelMovesTheRatingAndTheFinalRatingFollows() {
        SampledInspection s = SampledInspection.create(app, "2021", 44, 300, 4, 0);
        List<AssessedCase> court = s.ofType(CaseType.COURT_DISPOSAL);
        for (int i = 0; i < court.size(); i++) {
            judge(s, court.get(i), "2.1.desistance", i == 0 ? "no" : "yes");
        }
        StandardResult computed = standard(app.ratings().rate(s.id()), "2.1");
        assertThat(computed.triggers().holds(DiscretionTrigger.SMALL_SAMPLE)).isTrue();
        Rating up = Rating.values()[computed.computed().rating().orElseThrow().ordinal() + 1];

        assertThatThrownBy(() -> app.panel().decide(new DecideCommand(s.id(), "2.1", up.label(), " ", 0, LEAD)))
                .hasMessageContaining("must record its rationale");
        app.panel().decide(new DecideCommand(s.id(), "2.1", up.label(), "strong practice in every case read", 0, LEAD));
        assertThat(standard(app.ratings().rate(s.id()), "2.1").finalRating()).contains(up);
        assertThatThrownBy(() -> app.panel().decide(new DecideCommand(s.id(), "2.1", up.label(), "again", 0, LEAD)))
                .isInstanceOf(StaleRecord.class);
        assertThat(app.audit().entries(new AuditQuery(s.id(), null, "2.1", 0, 0)))
                .anyMatch(e -> e.entity().equals("panel_decision") && e.newValue().equals(up.name()));
    }

    @Test
    void aQualitativeRatingIsTheLeadInspectorsProposalAndThePanelCanOnlyConfirmIt() {
        SampledInspection s = SampledInspection.create(app, "2021", 45, 300, 4, 0);
        app.organisation().propose(new ProposeRatingCommand(new RecordRef(s.id(), 0, LEAD), "1.2", "requires improvement", "staff turnover"));
        assertThat(standard(app.ratings().rate(s.id()), "1.2").finalRating()).contains(Rating.REQUIRES_IMPROVEMENT);
        assertThatThrownBy(() -> app.panel().decide(new DecideCommand(s.id(), "1.2", "Good", "better than it looks", 0, LEAD)))
                .hasMessageContaining("only to case-based standards");
        PanelDecisions.Decision confirmed = app.panel().decide(new DecideCommand(s.id(), "1.2", "Requires improvement", "agreed", 0, LEAD));
        assertThat(confirmed.rating()).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
    }
}

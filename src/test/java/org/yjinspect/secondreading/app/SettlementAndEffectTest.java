package org.yjinspect.secondreading.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yjinspect.secondreading.SecondReadingSetUp.LOWRI;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.agreement.domain.SecondReadItem;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.assessment.domain.KeyQuestionAnswer;
import org.yjinspect.audit.app.AuditQuery;
import org.yjinspect.audit.domain.AuditEntry;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.secondreading.SecondReadingSetUp;

/**
 * Settling a difference and its effect on the ratings, worked by hand on six court cases. Ceri
 * judges every key question of every court case Yes: standard 2.1's key questions are all 6/6 =
 * 100%, Outstanding. Dafydd second-reads two cases and judges "keeping the child safe" (2.1.child-safety)
 * No on both: on the second readings it is 4/6 = 67%, in the Good band (65% to 79%), the lowest, so
 * 2.1 would move from Outstanding to Good. Lowri settles one of the two as No: the live figure
 * becomes 5/6 = 83%, still Outstanding; on the agreed answers it is the same 83%.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class SettlementAndEffectTest {
    private static final String CHILD_SAFETY = "2.1.child-safety";

    @Test
    void aSettledAnswerBecomesTheLiveAnswerAuditedAndBothReadingsStayAsTheyWere(Application app) {
        SecondReadingSetUp s = twoCasesReadTwice(app);
        AssessedCase a = s.court(0);
        assertThat(app.secondReading().settle(settle(s, a, "no", "the safety plan missed the exploitation risk"))
                .allowed()).isTrue();

        assertThat(app.assessments().show(s.id(), a.sampleCaseId()).standards().stream()
                .flatMap(f -> f.keyQuestions().stream()).filter(k -> k.id().equals(CHILD_SAFETY)).findFirst()
                .orElseThrow().answer().answer()).isEqualTo(KeyQuestionAnswer.NO);
        BothReadings both = app.secondReading().bothReadings(s.id(), a.sampleCaseId(), LOWRI).value();
        assertThat(both.first().keyQuestions().get(CHILD_SAFETY)).isEqualTo(KeyQuestionAnswer.YES);
        assertThat(both.second().keyQuestions().get(CHILD_SAFETY)).isEqualTo(KeyQuestionAnswer.NO);
        assertThat(both.settlements()).singleElement().satisfies(settled -> {
            assertThat(settled.agreedAnswer()).isEqualTo("NO");
            assertThat(settled.firstAnswer()).isEqualTo("YES");
            assertThat(settled.settledBy()).isEqualTo("lowri");
            assertThat(settled.reason()).isEqualTo("the safety plan missed the exploitation risk");
        });
        List<AuditEntry> trail = app.audit().entries(new AuditQuery(s.id(), null, null, 0L, AuditQuery.LARGEST_LIMIT));
        assertThat(trail).anySatisfy(e -> {
            assertThat(e.entity()).isEqualTo("key_question_answer");
            assertThat(e.record()).isEqualTo(CHILD_SAFETY);
            assertThat(e.oldValue()).isEqualTo("YES");
            assertThat(e.newValue()).isEqualTo("NO");
            assertThat(e.actor()).isEqualTo("lowri");
        });
        assertThat(trail).anySatisfy(e -> {
            assertThat(e.entity()).isEqualTo("reading_settlement");
            assertThat(e.field()).isEqualTo("reason");
            assertThat(e.newValue()).isEqualTo("the safety plan missed the exploitation risk");
        });
        assertThat(app.secondReading().disagreements(s.id(), LOWRI)).flatMap(CaseDisagreements::differences)
                .filteredOn(d -> d.itemId().equals(CHILD_SAFETY)).hasSize(2).filteredOn(Disagreement::open).hasSize(1);
    }

    @Test
    void aReasonIsRequiredAndOnlyADifferenceIsSettled(Application app) {
        SecondReadingSetUp s = twoCasesReadTwice(app);
        AssessedCase a = s.court(0);
        assertThatThrownBy(() -> settle(s, a, "no", " ")).isInstanceOf(Problem.class).hasMessageContaining("reason");
        Outcome<Settlement> agreed = app.secondReading().settle(new SettleCommand(s.id(), a.sampleCaseId(),
                SecondReadItem.Level.KEY_QUESTION, "2.1.desistance", "no", "why not", LOWRI));
        assertThat(agreed.because()).contains("both readings answered 2.1.desistance YES");
    }

    @Test
    void theEffectOnTheRatingsNamesTheKeyQuestionThatMovesItAndItsPercentage(Application app) {
        SecondReadingSetUp s = twoCasesReadTwice(app);
        RatingEffect.StandardEffect before = standard(app.secondReading().effect(s.id(), LOWRI), "2.1");
        assertThat(before.live().rating()).hasValueSatisfying(r -> assertThat(r.label()).isEqualTo("Outstanding"));
        assertThat(before.secondReadings().drivingKeyQuestionId()).isEqualTo(CHILD_SAFETY);
        assertThat(before.secondReadings().yes()).isEqualTo(4);
        assertThat(before.secondReadings().relevant()).isEqualTo(6);
        assertThat(before.sentences()).contains("on the second readings 2.1 would move from Outstanding to Good: "
                + lower(before.secondReadings().drivingKeyQuestion()) + " falls from 100% to 67%");

        app.secondReading().settle(settle(s, s.court(0), "no", "agreed at moderation"));
        RatingEffect.StandardEffect after = standard(app.secondReading().effect(s.id(), LOWRI), "2.1");
        assertThat(after.live().yes()).isEqualTo(5);
        assertThat(after.sentences()).contains("on the second readings 2.1 would move from Outstanding to Good: "
                        + lower(after.secondReadings().drivingKeyQuestion()) + " falls from 83% to 67%",
                "on the agreed answers 2.1 would stay Outstanding: " + lower(after.agreed().drivingKeyQuestion())
                        + " stays at 83%");
    }

    private static SecondReadingSetUp twoCasesReadTwice(Application app) {
        SecondReadingSetUp s = SecondReadingSetUp.create(app, 37);
        List<AssessedCase> court = s.sample().ofType(CaseType.COURT_DISPOSAL);
        assertThat(court).as("the worked example has six court cases").hasSize(6);
        for (AssessedCase c : court) {
            s.firstReading(c, "yes");
        }
        for (AssessedCase c : court.subList(0, 2)) {
            s.chooseForDafydd(c);
            s.secondReading(c, kq -> kq.equals(CHILD_SAFETY) ? "no" : "yes");
        }
        return s;
    }

    private static SettleCommand settle(SecondReadingSetUp s, AssessedCase c, String answer, String reason) {
        return new SettleCommand(s.id(), c.sampleCaseId(), SecondReadItem.Level.KEY_QUESTION, CHILD_SAFETY, answer,
                reason, LOWRI);
    }

    private static RatingEffect.StandardEffect standard(RatingEffect effect, String number) {
        return effect.standards().stream().filter(e -> e.standardNumber().equals(number)).findFirst().orElseThrow();
    }

    private static String lower(String text) {
        return text.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + text.substring(1);
    }
}

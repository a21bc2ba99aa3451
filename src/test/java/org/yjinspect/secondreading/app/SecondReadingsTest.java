package org.yjinspect.secondreading.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yjinspect.secondreading.SecondReadingSetUp.CERI;
import static org.yjinspect.secondreading.SecondReadingSetUp.DAFYDD;
import static org.yjinspect.secondreading.SecondReadingSetUp.LOWRI;
import static org.yjinspect.secondreading.SecondReadingSetUp.PAT;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.agreement.domain.SecondReadItem;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.assessment.domain.KeyQuestionAnswer;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.secondreading.SecondReadingSetUp;
import org.yjinspect.secondreading.domain.ReadingState;

/** The second reading's use cases on the embedded database, from choosing a case to settling a difference. */
@ExtendWith(EmbeddedPostgresExtension.class)
class SecondReadingsTest {
    @Test
    void theSecondReadingStaysHiddenUntilBothAreSubmittedThenBothAreSeenSideBySide(Application app) {
        SecondReadingSetUp s = SecondReadingSetUp.create(app, 31);
        AssessedCase c = s.court(0);
        s.chooseForDafydd(c);
        assertThat(app.secondReading().form(s.id(), c.sampleCaseId(), LOWRI).allowed()).isFalse();

        s.secondReading(c, kq -> "no");
        for (Who who : List.of(LOWRI, CERI, PAT)) {
            assertThat(app.secondReading().form(s.id(), c.sampleCaseId(), who).allowed()).as(who.username()).isFalse();
            assertThat(app.secondReading().bothReadings(s.id(), c.sampleCaseId(), who).allowed()).isFalse();
        }
        assertThat(app.secondReading().form(s.id(), c.sampleCaseId(), DAFYDD).allowed()).isTrue();
        assertThat(app.secondReading().bothReadings(s.id(), c.sampleCaseId(), DAFYDD).because())
                .contains("stays hidden from you");
        assertThat(app.secondReading().agreement(s.id(), LOWRI).value().cases()).isZero();

        s.firstReading(c, "yes");
        ChosenCase after = app.secondReading().overview(s.id(), LOWRI).cases().get(0);
        assertThat(after.bothSubmitted()).isTrue();
        assertThat(after.firstReading()).isEqualTo(ReadingState.SUBMITTED);
        for (Who who : List.of(LOWRI, CERI, PAT, DAFYDD)) {
            BothReadings both = app.secondReading().bothReadings(s.id(), c.sampleCaseId(), who).value();
            assertThat(both.first().keyQuestions().values()).as(who.username()).isSubsetOf(KeyQuestionAnswer.YES,
                    KeyQuestionAnswer.NOT_RELEVANT);
            assertThat(both.second().keyQuestions().values()).contains(KeyQuestionAnswer.NO);
        }
        AgreementView agreement = app.secondReading().agreement(s.id(), LOWRI).value();
        assertThat(agreement.cases()).isEqualTo(1);
        assertThat(agreement.items()).filteredOn(i -> i.level() == SecondReadItem.Level.PROMPT)
                .allMatch(i -> i.answers().agree());
        assertThat(agreement.items()).filteredOn(i -> i.level() == SecondReadItem.Level.KEY_QUESTION)
                .anyMatch(i -> !i.answers().agree());
        assertThat(agreement.items()).allMatch(i -> i.firstReader().equals("ceri") && i.secondReader().equals("dafydd"));
    }
}

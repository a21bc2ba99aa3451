package org.yjinspect.secondreading;

import java.util.List;
import org.yjinspect.Application;
import org.yjinspect.agreement.domain.SecondReadItem;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.secondreading.app.AllocateSecondReaderCommand;
import org.yjinspect.secondreading.app.ChooseCasesCommand;
import org.yjinspect.secondreading.app.DrawCasesCommand;
import org.yjinspect.secondreading.app.Who;
import org.yjinspect.support.Answering;
import org.yjinspect.support.Fixtures;
import org.yjinspect.secondreading.app.SettleCommand;
import org.yjinspect.secondreading.app.WithdrawCaseCommand;

/** Every kind of change second reading writes to the audit trail, made once (for the audit label test). */
public final class SecondReadingWrites {
    private SecondReadingWrites() {
    }

    /**
     * The case read twice and revealed: its first reading complete (by the test set-up, accepted), and
     * {@code reader} (who must assess cases there) chosen to read it second, reading it all and submitting.
     */
    public static void readTwice(Application app, long inspectionId, AssessedCase c, String reader) {
        Answering.complete(app, inspectionId, c, "yes", Fixtures.SET_UP);
        Who who = Who.signedIn(reader);
        app.secondReading().choose(new ChooseCasesCommand(inspectionId, List.of(c.reference()), who));
        app.secondReading().allocate(new AllocateSecondReaderCommand(inspectionId, c.reference(), reader, who));
        new SecondReadingSetUp(app, null).answerSecond(inspectionId, c, reader, kq -> "yes", true);
    }

    /** Draws, chooses, allocates, withdraws, reads twice, reveals and settles; returns the inspection's id. */
    public static long everyKind(Application app) {
        SecondReadingSetUp s = SecondReadingSetUp.create(app, 41);
        app.secondReading().draw(new DrawCasesCommand(s.id(), 10, 7L, SecondReadingSetUp.LOWRI));
        AssessedCase c = s.court(0);
        s.chooseForDafydd(c);
        AssessedCase other = s.court(1);
        s.chooseForDafydd(other);
        app.secondReading().withdraw(new WithdrawCaseCommand(s.id(), other.reference(), SecondReadingSetUp.LOWRI));
        s.secondReading(c, kq -> "no");
        s.firstReading(c, "yes");
        String keyQuestion = s.app().secondReading().disagreements(s.id(), SecondReadingSetUp.LOWRI).get(0)
                .differences().stream().filter(d -> d.level() == SecondReadItem.Level.KEY_QUESTION).findFirst()
                .orElseThrow().itemId();
        var settled = app.secondReading().settle(new SettleCommand(s.id(), c.sampleCaseId(),
                SecondReadItem.Level.KEY_QUESTION, keyQuestion, "no", "the plan was not reviewed", SecondReadingSetUp.LOWRI));
        if (!settled.allowed()) {
            throw new IllegalStateException(settled.because());
        }
        return List.of(s.id()).get(0);
    }
}

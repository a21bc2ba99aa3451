package org.yjinspect.organisation.page;

import java.math.BigDecimal;
import org.yjinspect.organisation.app.MeetingKinds;
import org.yjinspect.organisation.domain.KeyData;
import org.yjinspect.organisation.domain.Meeting;
import org.yjinspect.organisation.domain.SurveyResult;

/** The key data, a staff survey line and a meeting as their forms give them, each figure refused on its own field. */
final class EvidenceForms {
    private EvidenceForms() {
    }

    static KeyData keyData(FormValues v) {
        return new KeyData(v.decimal("budgetPounds", "the budget in pounds", "1250000"),
                v.whole("staffHeadcount", "the staff headcount", "42"),
                v.decimal("vacancyRatePercent", "the vacancy rate", "12.5"),
                v.decimal("averageCaseload", "the average caseload", "8.5"),
                v.decimal("sicknessDaysPerPerson", "the sickness days per person", "6.2"));
    }

    static SurveyResult survey(FormValues v) {
        Integer responses = v.whole("responses", "the number of responses", "35");
        if (responses == null) {
            throw new FormValues.Refused(v.id("responses"), "Enter the number of responses, like 35");
        }
        BigDecimal agreeing = v.decimal("percentAgreeing", "the percentage agreeing", "72.5");
        if (agreeing == null) {
            throw new FormValues.Refused(v.id("percentAgreeing"), "Enter the percentage agreeing, like 72.5");
        }
        return new SurveyResult(v.text("question"), responses, agreeing);
    }

    static Meeting meeting(FormValues v) {
        var heldOn = v.date("heldOn", "the date it was held");
        Integer participants = v.whole("participants", "the number of people taking part", "6");
        if (participants == null) {
            throw new FormValues.Refused(v.id("participants"), "Enter the number of people taking part, like 6");
        }
        return new Meeting(heldOn, MeetingKinds.parse(v.text("kind")), v.text("withWhom"),
                participants, v.text("standardNumber"));
    }
}

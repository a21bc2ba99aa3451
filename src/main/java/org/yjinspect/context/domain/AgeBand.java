package org.yjinspect.context.domain;

import java.time.LocalDate;
import java.time.Period;
import org.yjinspect.caseload.domain.CaseRecord;

/**
 * The age bands of the published reports' caseload tables (10–14 and 15–17 years), with one for
 * those 18 and over, whom youth justice services also supervise. The age is the one the caseload
 * holds for every case: at the start of the disposal (from the date of birth, or as given).
 */
public enum AgeBand {
    TEN_TO_FOURTEEN("10–14 years"),
    FIFTEEN_TO_SEVENTEEN("15–17 years"),
    EIGHTEEN_AND_OVER("18 years and over");

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static AgeBand of(int age) {
        if (age <= 14) {
            return TEN_TO_FOURTEEN;
        }
        return age <= 17 ? FIFTEEN_TO_SEVENTEEN : EIGHTEEN_AND_OVER;
    }

    /** The case's age at the disposal start: from the date of birth when held, else the age given. */
    public static int ageAtStart(CaseRecord c) {
        LocalDate birth = c.dateOfBirth();
        return birth != null ? Period.between(birth, c.disposalStart()).getYears() : c.age();
    }
}

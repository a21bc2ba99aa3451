package org.yjinspect.sampling.domain;

import java.util.Comparator;
import org.yjinspect.caseload.domain.CaseRecord;
import org.yjinspect.caseload.domain.DisposalType;
import org.yjinspect.caseload.domain.Gender;
import org.yjinspect.caseload.domain.RiskLevel;

/**
 * One cell of the stratification: the cases that share gender, disposal type, risk of serious
 * harm and safety and wellbeing classification. The sample matches the eligible population on
 * these four, as the reports' methodology annexes say.
 */
public record Stratum(Gender gender, DisposalType disposalType, RiskLevel rosh, RiskLevel safetyWellbeing)
        implements Comparable<Stratum> {
    private static final Comparator<Stratum> ORDER = Comparator.comparing(Stratum::gender)
            .thenComparing(Stratum::disposalType).thenComparing(Stratum::rosh)
            .thenComparing(Stratum::safetyWellbeing);

    public static Stratum of(CaseRecord c) {
        return new Stratum(c.gender(), c.disposalType(), c.rosh(), c.safetyWellbeing());
    }

    /** How many of the four variables two strata share; used to find the nearest replacement. */
    public int sharedWith(Stratum other) {
        int shared = 0;
        for (StratificationVariable v : StratificationVariable.values()) {
            if (v.valueOf(this).equals(v.valueOf(other))) {
                shared++;
            }
        }
        return shared;
    }

    @Override
    public int compareTo(Stratum other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return gender.label() + " / " + disposalType.label() + " / RoSH " + rosh.label() + " / S&W "
                + safetyWellbeing.label();
    }
}

package org.yjinspect.sampling.domain;

import org.yjinspect.inspection.domain.EligibilityWindow;
import org.yjinspect.inspection.domain.EligibilityWindows;
import java.time.LocalDate;
import org.yjinspect.caseload.domain.CaseRecord;
import org.yjinspect.caseload.domain.CaseTypes;
import org.yjinspect.framework.domain.CaseType;

/**
 * A case is eligible when its date falls inside its case type's window before the
 * announcement. Court and out-of-court cases are measured from the disposal start; a
 * resettlement case counts if the child was sentenced or released inside the window.
 */
public final class EligibilityPolicy {
    private final LocalDate announcement;
    private final EligibilityWindows windows;

    public EligibilityPolicy(LocalDate announcement, EligibilityWindows windows) {
        this.announcement = announcement;
        this.windows = windows;
    }

    public Eligibility assess(CaseRecord c) {
        EligibilityWindow window = windows.forType(c.caseType());
        String type = CaseTypes.label(c.caseType()).toLowerCase(java.util.Locale.ROOT);
        if (window.contains(c.disposalStart(), announcement)) {
            return new Eligibility(true, "disposal started " + c.disposalStart() + ", inside the " + type
                    + " window " + window.describe(announcement));
        }
        if (c.caseType() == CaseType.RESETTLEMENT && c.releaseDate() != null
                && window.contains(c.releaseDate(), announcement)) {
            return new Eligibility(true, "released " + c.releaseDate() + ", inside the resettlement window "
                    + window.describe(announcement));
        }
        return new Eligibility(false, "disposal started " + c.disposalStart() + ", outside the " + type
                + " window " + window.describe(announcement));
    }

    public LocalDate announcement() {
        return announcement;
    }

    public EligibilityWindow window(CaseType type) {
        return windows.forType(type);
    }

    public boolean isEligible(CaseRecord c) {
        return assess(c).eligible();
    }
}

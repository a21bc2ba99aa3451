package org.yjinspect.caseload.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.yjinspect.caseload.domain.CaseRecord;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.inspection.domain.EligibilityWindow;
import org.yjinspect.inspection.domain.EligibilityWindows;

/** A made-up caseload for an inspection is dated inside that inspection's windows, whatever the windows. */
class SyntheticCaseloadTest {
    private static final int TRIALS = 200;

    private static EligibilityWindow window(SplittableRandom random) {
        int nearest = random.nextInt(EligibilityWindow.LONGEST_MONTHS);
        return new EligibilityWindow(nearest, nearest + 1 + random.nextInt(EligibilityWindow.LONGEST_MONTHS - nearest));
    }

    @Test
    void everyCaseOfACaseloadForAnInspectionStartsInsideItsCaseTypesWindow() {
        String fixed = System.getProperty("yjinspect.seed");
        long seed = fixed != null ? Long.parseLong(fixed) : System.nanoTime();
        System.out.println("SyntheticCaseloadTest seed " + seed + " (-Dyjinspect.seed=" + seed + " repeats it)");
        SplittableRandom random = new SplittableRandom(seed);
        for (int trial = 0; trial < TRIALS; trial++) {
            LocalDate announced = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(3000));
            EligibilityWindows windows = new EligibilityWindows(window(random), window(random), window(random));
            List<CaseRecord> cases = SyntheticCaseload.insideWindows(random.nextLong(), announced, windows).cases(200);
            for (CaseRecord c : cases) {
                assertThat(windows.forType(c.caseType()).contains(c.disposalStart(), announced))
                        .as("seed %d, trial %d: %s started %s, windows %s", seed, trial, c.reference(),
                                c.disposalStart(), windows).isTrue();
                assertThat(c.releaseDate() == null || !c.releaseDate().isAfter(announced)).isTrue();
            }
            assertThat(cases).extracting(CaseRecord::caseType).contains(CaseType.COURT_DISPOSAL,
                    CaseType.OUT_OF_COURT_DISPOSAL);
        }
    }

    @Test
    void withoutAnInspectionTheDatesSpreadOverTheYearAndAQuarterBeforeTheAnnouncement() {
        LocalDate announced = LocalDate.of(2024, 10, 14);
        List<CaseRecord> cases = new SyntheticCaseload(1, announced).cases(2000);
        assertThat(cases).allMatch(c -> c.disposalStart().isBefore(announced)
                && !c.disposalStart().isBefore(announced.minusDays(450)));
        assertThat(cases).anyMatch(c -> !EligibilityWindows.DEFAULTS.forType(c.caseType())
                .contains(c.disposalStart(), announced));
        assertThat(new SyntheticCaseload(1, announced).cases(2000)).isEqualTo(cases);
    }
}

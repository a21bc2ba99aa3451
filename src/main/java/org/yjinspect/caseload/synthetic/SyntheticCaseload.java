package org.yjinspect.caseload.synthetic;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.yjinspect.caseload.domain.CaseRecord;
import org.yjinspect.caseload.domain.DisposalType;
import org.yjinspect.caseload.domain.Ethnicity;
import org.yjinspect.caseload.domain.Gender;
import org.yjinspect.caseload.domain.RiskLevel;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.inspection.domain.EligibilityWindow;
import org.yjinspect.inspection.domain.EligibilityWindows;

/**
 * A made-up caseload for trying yjinspect out, for tests and for the benchmark: no real child
 * is in it. Proportions are skewed the way youth justice caseloads are (mostly boys, mostly
 * low risk, more out-of-court than court work), so stratification has real work to do.
 * Disposals start at any time in the 450 days before the announcement, so some fall outside
 * the eligibility windows; a caseload made for an inspection dates every case inside its case
 * type's window instead, so all of it can be sampled.
 */
public final class SyntheticCaseload {
    private static final DisposalType[] COURT = {DisposalType.REFERRAL_ORDER, DisposalType.REFERRAL_ORDER,
        DisposalType.YOUTH_REHABILITATION_ORDER, DisposalType.YOUTH_REHABILITATION_ORDER,
        DisposalType.DETENTION_AND_TRAINING_ORDER};
    private static final DisposalType[] OUT_OF_COURT = {DisposalType.YOUTH_CONDITIONAL_CAUTION,
        DisposalType.YOUTH_CONDITIONAL_CAUTION, DisposalType.YOUTH_CAUTION, DisposalType.COMMUNITY_RESOLUTION,
        DisposalType.DIVERSION, DisposalType.DIVERSION};
    private static final DisposalType[] CUSTODY = {DisposalType.DETENTION_AND_TRAINING_ORDER,
        DisposalType.DETENTION_AND_TRAINING_ORDER, DisposalType.OTHER_CUSTODIAL_SENTENCE};

    private static final int DAYS_BACK = 450;
    private final SplittableRandom random;
    private final LocalDate announcement;
    private final EligibilityWindows windows;

    public SyntheticCaseload(long seed, LocalDate announcement) {
        this(seed, announcement, null);
    }

    private SyntheticCaseload(long seed, LocalDate announcement, EligibilityWindows windows) {
        this.random = new SplittableRandom(seed);
        this.announcement = announcement;
        this.windows = windows;
    }

    /** A caseload for an inspection: every case dated inside its case type's eligibility window. */
    public static SyntheticCaseload insideWindows(long seed, LocalDate announcement, EligibilityWindows windows) {
        return new SyntheticCaseload(seed, announcement, java.util.Objects.requireNonNull(windows, "windows"));
    }

    public List<CaseRecord> cases(int count) {
        List<CaseRecord> cases = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            cases.add(next(String.format("YJ-%06d", i)));
        }
        return cases;
    }

    private CaseRecord next(String reference) {
        CaseType type = pick(new CaseType[] {CaseType.COURT_DISPOSAL, CaseType.COURT_DISPOSAL,
            CaseType.OUT_OF_COURT_DISPOSAL, CaseType.OUT_OF_COURT_DISPOSAL, CaseType.OUT_OF_COURT_DISPOSAL},
                type0 -> random.nextInt(20) == 0 ? CaseType.RESETTLEMENT : type0);
        DisposalType disposal = switch (type) {
            case COURT_DISPOSAL -> pick(COURT);
            case OUT_OF_COURT_DISPOSAL -> pick(OUT_OF_COURT);
            case RESETTLEMENT -> pick(CUSTODY);
        };
        LocalDate start = windows == null ? announcement.minusDays(1 + random.nextInt(DAYS_BACK))
                : insideWindow(windows.forType(type));
        LocalDate release = type == CaseType.RESETTLEMENT && random.nextBoolean()
                ? start.plusDays(30 + random.nextInt(120)) : null;
        if (release != null && release.isAfter(announcement)) {
            release = null;
        }
        int age = 10 + Math.min(random.nextInt(9), random.nextInt(9));
        return new CaseRecord(reference, type, disposal, start, release, gender(), pick(Ethnicity.values()),
                null, Math.min(age + 4, 17), risk(), risk(), String.format("CM%03d", 1 + random.nextInt(40)));
    }

    private LocalDate insideWindow(EligibilityWindow window) {
        LocalDate earliest = window.earliest(announcement);
        long days = ChronoUnit.DAYS.between(earliest, window.latest(announcement));
        return earliest.plusDays(random.nextLong(days + 1));
    }

    private Gender gender() {
        int roll = random.nextInt(100);
        return roll < 84 ? Gender.MALE : roll < 99 ? Gender.FEMALE : Gender.OTHER;
    }

    private RiskLevel risk() {
        int roll = random.nextInt(100);
        return roll < 45 ? RiskLevel.LOW : roll < 80 ? RiskLevel.MEDIUM : roll < 96 ? RiskLevel.HIGH
                : RiskLevel.VERY_HIGH;
    }

    private <T> T pick(T[] options) {
        return options[random.nextInt(options.length)];
    }

    private <T> T pick(T[] options, java.util.function.UnaryOperator<T> then) {
        return then.apply(pick(options));
    }
}

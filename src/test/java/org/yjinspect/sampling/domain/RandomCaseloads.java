package org.yjinspect.sampling.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.yjinspect.caseload.domain.CaseRecord;
import org.yjinspect.caseload.domain.DisposalType;
import org.yjinspect.caseload.domain.Ethnicity;
import org.yjinspect.caseload.domain.Gender;
import org.yjinspect.caseload.domain.RiskLevel;
import org.yjinspect.framework.domain.CaseType;

/**
 * Seeded generator of caseloads for property tests: each caseload has its own skew (random
 * weights per category) so small, lopsided and empty strata all turn up. The seed is printed so
 * a failing run can be repeated with -Dyjinspect.seed=...
 */
final class RandomCaseloads {
    static final LocalDate ANNOUNCED = LocalDate.of(2024, 10, 15);

    private RandomCaseloads() {
    }

    static long baseSeed(String test) {
        String fixed = System.getProperty("yjinspect.seed");
        long seed = fixed != null ? Long.parseLong(fixed) : System.nanoTime();
        System.out.println(test + ": seed " + seed + " (repeat with -Dyjinspect.seed=" + seed + ")");
        return seed;
    }

    static List<CaseRecord> caseload(SplittableRandom random, int size) {
        double[] gender = weights(random, Gender.values().length);
        double[] types = weights(random, CaseType.values().length);
        double[] rosh = weights(random, RiskLevel.values().length);
        double[] wellbeing = weights(random, RiskLevel.values().length);
        double[] disposal = weights(random, DisposalType.values().length);
        List<CaseRecord> cases = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            CaseType type = CaseType.values()[pick(random, types)];
            DisposalType d = disposalFor(type, random, disposal);
            cases.add(new CaseRecord("C" + i, type, d, ANNOUNCED.minusDays(random.nextInt(420)), null,
                    Gender.values()[pick(random, gender)], Ethnicity.WHITE, null, 15,
                    RiskLevel.values()[pick(random, rosh)], RiskLevel.values()[pick(random, wellbeing)], "CM1"));
        }
        return cases;
    }

    private static DisposalType disposalFor(CaseType type, SplittableRandom random, double[] weights) {
        while (true) {
            DisposalType d = DisposalType.values()[pick(random, weights)];
            if (d.fits(type)) {
                return d;
            }
            if (random.nextInt(8) == 0) {
                return type == CaseType.OUT_OF_COURT_DISPOSAL ? DisposalType.YOUTH_CAUTION
                        : DisposalType.DETENTION_AND_TRAINING_ORDER;
            }
        }
    }

    /** Random weights; a category is left out entirely one time in four. */
    private static double[] weights(SplittableRandom random, int count) {
        double[] w = new double[count];
        for (int i = 0; i < count; i++) {
            w[i] = random.nextInt(4) == 0 ? 0 : Math.pow(random.nextDouble(), 2);
        }
        w[random.nextInt(count)] += 0.5;
        return w;
    }

    private static int pick(SplittableRandom random, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double roll = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}

package org.yjinspect.sampling.domain;

import org.yjinspect.inspection.domain.EligibilityWindow;
import org.yjinspect.inspection.domain.EligibilityWindows;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yjinspect.caseload.domain.CaseRecord;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.framework.domain.FrameworkVersion;

/** Seeded property tests of allocation and selection over many random, lopsided caseloads. */
class StratifiedSelectionPropertyTest {
    private static final int TRIALS = Integer.getInteger("yjinspect.trials", 300);
    private final LargestRemainderAllocation allocation = new LargestRemainderAllocation();

    @Test
    void allocationsSumToNAndEveryStratumAndMarginIsWithinOneCaseOfItsShare() {
        SplittableRandom trials = new SplittableRandom(RandomCaseloads.baseSeed("allocation"));
        for (int t = 0; t < TRIALS; t++) {
            long seed = trials.nextLong();
            SplittableRandom random = new SplittableRandom(seed);
            List<CaseRecord> cases = RandomCaseloads.caseload(random, 1 + random.nextInt(random.nextBoolean() ? 60 : 3000));
            int n = random.nextInt(cases.size() + 1);
            Allocation a = allocation.allocate(StratifiedSelection.sizes(StratifiedSelection.byStratum(cases)), n);
            String trial = "trial seed " + seed + ", N = " + cases.size() + ", n = " + n;
            assertThat(a.allocated().values().stream().mapToInt(Integer::intValue).sum()).as(trial).isEqualTo(n);
            for (Stratum s : a.population().keySet()) {
                assertThat(a.allocated(s)).as(trial + " " + s)
                        .isBetween((int) Math.floor(a.quota(s) + 1e-9), (int) Math.ceil(a.quota(s) - 1e-9));
                assertThat(a.allocated(s)).as(trial).isLessThanOrEqualTo(a.population().get(s));
            }
            assertThat(a.margins().outsideOneCase()).as(trial).isEmpty();
        }
    }

    @Test
    void theSameSeedGivesTheSameSampleWhateverTheCaseloadOrder() {
        SplittableRandom trials = new SplittableRandom(RandomCaseloads.baseSeed("reproducible"));
        SampleDraw draw = new SampleDraw();
        for (int t = 0; t < 50; t++) {
            long seed = trials.nextLong();
            List<CaseRecord> cases = RandomCaseloads.caseload(new SplittableRandom(seed), 50 + (int) (seed & 511));
            List<CaseRecord> shuffled = new java.util.ArrayList<>(cases);
            java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
            EligibilityPolicy eligibility = new EligibilityPolicy(RandomCaseloads.ANNOUNCED, EligibilityWindows.DEFAULTS);
            DrawnSample first = draw.draw(FrameworkVersion.V2021, eligibility, cases, SamplingRules.DEFAULTS, seed);
            DrawnSample second = draw.draw(FrameworkVersion.V2021, eligibility, shuffled, SamplingRules.DEFAULTS, seed);
            assertThat(second.cases()).as("seed " + seed).isEqualTo(first.cases());
        }
    }

    @Test
    void aDrawNeverTakesACaseTwiceNorAnIneligibleCaseAndMeetsThePlan() {
        SplittableRandom trials = new SplittableRandom(RandomCaseloads.baseSeed("draw"));
        SampleDraw draw = new SampleDraw();
        for (int t = 0; t < 150; t++) {
            long seed = trials.nextLong();
            SplittableRandom random = new SplittableRandom(seed);
            List<CaseRecord> cases = RandomCaseloads.caseload(random, 1 + random.nextInt(1500));
            EligibilityWindows windows = new EligibilityWindows(window(random), window(random), window(random));
            EligibilityPolicy eligibility = new EligibilityPolicy(RandomCaseloads.ANNOUNCED, windows);
            FrameworkVersion version = FrameworkVersion.values()[random.nextInt(2)];
            DrawnSample sample = draw.draw(version, eligibility, cases, SamplingRules.DEFAULTS, random.nextLong());
            Map<String, CaseRecord> byReference = cases.stream()
                    .collect(Collectors.toMap(CaseRecord::reference, c -> c));
            Set<String> seen = new HashSet<>();
            for (SampledCase sampled : sample.cases()) {
                assertThat(seen.add(sampled.reference())).as("seed " + seed + " twice: " + sampled).isTrue();
                assertThat(eligibility.isEligible(byReference.get(sampled.reference()))).as("seed " + seed).isTrue();
            }
            for (CaseType type : CaseType.values()) {
                long taken = sample.cases().stream().filter(c -> c.caseType() == type).count();
                assertThat(taken).as("seed " + seed + " " + type).isEqualTo(sample.plan().size(type).n());
            }
        }
    }

    private static EligibilityWindow window(SplittableRandom random) {
        int nearest = random.nextInt(10);
        return new EligibilityWindow(nearest, nearest + 1 + random.nextInt(8));
    }
}

package org.yjinspect.sampling.domain;

import java.util.EnumMap;
import java.util.Map;
import org.yjinspect.framework.domain.CaseType;

/** The sample size for each case type, each with its working. */
public record SamplePlan(Map<CaseType, Integer> eligible, Map<CaseType, SampleSize> sizes) {
    public SamplePlan {
        eligible = Map.copyOf(eligible);
        sizes = Map.copyOf(sizes);
    }

    public SampleSize size(CaseType type) {
        return sizes.get(type);
    }

    public int eligible(CaseType type) {
        return eligible.getOrDefault(type, 0);
    }

    public int total() {
        return sizes.values().stream().mapToInt(SampleSize::n).sum();
    }

    /** Works out the plan: the court sample, the out-of-court split for the version, resettlement. */
    public static SamplePlan of(org.yjinspect.framework.domain.FrameworkVersion version, SamplingRules rules,
                                Map<CaseType, Integer> eligibleCounts) {
        Map<CaseType, Integer> eligible = new EnumMap<>(CaseType.class);
        for (CaseType type : CaseType.values()) {
            eligible.put(type, eligibleCounts.getOrDefault(type, 0));
        }
        SampleSize court = rules.size().sizeFor(eligible.get(CaseType.COURT_DISPOSAL));
        SampleSize outOfCourt = OutOfCourtSplitPolicy.forVersion(version, rules.size())
                .size(court.n(), eligible.get(CaseType.COURT_DISPOSAL), eligible.get(CaseType.OUT_OF_COURT_DISPOSAL));
        SampleSize resettlement = rules.resettlement().size(version, eligible.get(CaseType.RESETTLEMENT));
        Map<CaseType, SampleSize> sizes = new EnumMap<>(CaseType.class);
        sizes.put(CaseType.COURT_DISPOSAL, court);
        sizes.put(CaseType.OUT_OF_COURT_DISPOSAL, outOfCourt);
        sizes.put(CaseType.RESETTLEMENT, resettlement);
        return new SamplePlan(eligible, sizes);
    }
}
